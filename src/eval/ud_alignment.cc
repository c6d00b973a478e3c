#include "eval/ud_alignment.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

namespace entente::eval {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Appends the non-space bytes of `form` to `chars` and returns their span.
CharSpan add_characters(std::string& chars, const std::string& form) {
  CharSpan span{chars.size(), 0};
  for (char c : form)
    if (!is_space(c)) chars.push_back(c);
  span.end = chars.size();
  return span;
}

std::string lowercase(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

Treebank load_treebank(const std::vector<conllu::Sentence>& sentences, const std::string& name) {
  Treebank tb;
  for (size_t n = 0; n < sentences.size(); ++n) {
    const conllu::Sentence& s = sentences[n];
    auto fail = [&](const std::string& why) {
      return std::runtime_error(fmt::format("{}: sentence {} ({}): {}", name, n + 1, s.sent_id(), why));
    };
    if (s.words.empty()) continue;
    size_t first_word = tb.words.size();
    size_t sentence_begin = tb.characters.size();
    size_t mwt = 0;
    for (size_t i = 0; i < s.words.size();) {
      size_t last = i;
      CharSpan token;
      bool multi = false;
      if (mwt < s.multiword.size()) {
        const std::string& range = s.multiword[mwt].id;
        size_t dash = range.find('-');
        size_t lo = std::stoul(range.substr(0, dash)), hi = std::stoul(range.substr(dash + 1));
        if (lo < i + 1) throw fail("overlapping multiword range " + range);
        if (lo == i + 1) {
          if (hi < lo || hi > s.words.size()) throw fail("bad multiword range " + range);
          last = hi - 1;
          multi = true;
          token = add_characters(tb.characters, s.multiword[mwt].form);
          ++mwt;
        }
      }
      if (!multi) token = add_characters(tb.characters, s.words[i].form);
      tb.tokens.push_back(token);
      for (size_t w = i; w <= last; ++w) {
        const conllu::Word& word = s.words[w];
        if (word.head > static_cast<int>(s.words.size())) throw fail(fmt::format("head {} beyond the sentence", word.head));
        long head = word.head > 0 ? static_cast<long>(first_word + word.head) : word.head;  // 0 root, -1 "_"
        tb.words.push_back({token, multi, &word, head});
      }
      i = last + 1;
    }
    tb.sentences.push_back({sentence_begin, tb.characters.size()});
  }
  return tb;
}

namespace {

// A stretch [gold_begin, gold_end) x [system_begin, system_end) touched by a
// multiword token, aligned by the longest common subsequence of lowercased forms.
void align_by_lcs(const Treebank& gold, const Treebank& system, size_t gb, size_t ge, size_t sb, size_t se,
                  std::vector<long>& aligned) {
  size_t g_n = ge - gb, s_n = se - sb;
  std::vector<std::string> g_forms(g_n), s_forms(s_n);
  for (size_t g = 0; g < g_n; ++g) g_forms[g] = lowercase(gold.words[gb + g].word->form);
  for (size_t s = 0; s < s_n; ++s) s_forms[s] = lowercase(system.words[sb + s].word->form);
  // lcs[g][s]: longest common subsequence of the suffixes starting at g and s
  std::vector<std::vector<uint32_t>> lcs(g_n + 1, std::vector<uint32_t>(s_n + 1, 0));
  for (size_t g = g_n; g-- > 0;)
    for (size_t s = s_n; s-- > 0;)
      lcs[g][s] = g_forms[g] == s_forms[s] ? lcs[g + 1][s + 1] + 1 : std::max(lcs[g + 1][s], lcs[g][s + 1]);
  size_t g = 0, s = 0;
  while (g < g_n && s < s_n) {
    if (g_forms[g] == s_forms[s]) {
      aligned[gb + g] = static_cast<long>(sb + s);
      ++g, ++s;
    } else if (lcs[g + 1][s] >= lcs[g][s + 1]) {
      ++g;
    } else {
      ++s;
    }
  }
}

bool beyond(const Treebank& tb, size_t i, size_t end) { return i >= tb.words.size() || tb.words[i].span.begin >= end; }

size_t extend(const EvalWord& w, size_t end) { return w.in_multiword ? std::max(end, w.span.end) : end; }

}  // namespace

std::vector<long> align_words(const Treebank& gold, const Treebank& system) {
  std::vector<long> aligned(gold.words.size(), -1);
  size_t g = 0, s = 0;
  const auto& gw = gold.words;
  const auto& sw = system.words;
  while (g < gw.size() && s < sw.size()) {
    if (!gw[g].in_multiword && !sw[s].in_multiword) {
      if (gw[g].span == sw[s].span) aligned[g++] = static_cast<long>(s++);
      else if (gw[g].span.begin <= sw[s].span.begin) ++g;
      else ++s;
      continue;
    }
    // A multiword token on either side: skip a plain word that starts before
    // it, then grow the stretch until both sides are past its end.
    size_t end;
    if (gw[g].in_multiword) {
      end = gw[g].span.end;
      if (!sw[s].in_multiword && sw[s].span.begin < gw[g].span.begin) ++s;
    } else {
      end = sw[s].span.end;
      if (!gw[g].in_multiword && gw[g].span.begin < sw[s].span.begin) ++g;
    }
    size_t gb = g, sb = s;
    while (!beyond(gold, g, end) || !beyond(system, s, end)) {
      if (g < gw.size() && (s >= sw.size() || gw[g].span.begin <= sw[s].span.begin)) end = extend(gw[g++], end);
      else end = extend(sw[s++], end);
    }
    align_by_lcs(gold, system, gb, g, sb, s, aligned);
  }
  return aligned;
}

}  // namespace entente::eval
