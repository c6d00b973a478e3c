#include "core/conllu.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <stdexcept>

#include <fmt/format.h>

namespace entente::conllu {

namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

bool is_integer(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// "_" for an empty layer, and no tabs or newlines inside a field.
std::string field(std::string_view value) {
  if (value.empty()) return "_";
  std::string out(value);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string layer(const std::vector<std::string>& values, uint32_t i) {
  return i < values.size() ? field(values[i]) : "_";
}

}  // namespace

bool Word::space_after() const {
  size_t at = misc.find("SpaceAfter=No");
  if (at == std::string::npos) return true;
  size_t end = at + 13;
  return !((at == 0 || misc[at - 1] == '|') && (end == misc.size() || misc[end] == '|'));
}

std::string Sentence::comment(std::string_view key) const {
  for (const auto& c : comments) {
    if (c.size() > key.size() && c.compare(0, key.size(), key) == 0) {
      std::string_view rest = std::string_view(c).substr(key.size());
      size_t eq = rest.find_first_not_of(' ');
      if (eq != std::string_view::npos && rest[eq] == '=') {
        rest.remove_prefix(eq + 1);
        if (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        return std::string(rest);
      }
    }
  }
  return {};
}

bool Reader::next(Sentence& sentence) {
  sentence = Sentence{};
  std::string line;
  bool any = false;
  while (std::getline(in_, line)) {
    ++line_number_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (any) return true;
      continue;
    }
    any = true;
    if (line[0] == '#') {
      size_t start = line.find_first_not_of(' ', 1);
      sentence.comments.push_back(start == std::string::npos ? std::string() : line.substr(start));
      continue;
    }
    auto fields = split_tabs(line);
    if (fields.size() != 10)
      throw std::runtime_error(fmt::format("{}:{}: expected 10 tab-separated columns, found {}", name_,
                                           line_number_, fields.size()));
    Word word;
    word.id = fields[0];
    word.form = fields[1];
    word.lemma = fields[2];
    word.upos = fields[3];
    word.xpos = fields[4];
    word.feats = fields[5];
    word.deprel = fields[7];
    word.deps = fields[8];
    word.misc = fields[9];
    if (word.id.find('.') != std::string::npos) continue;  // empty node: enhanced graphs only
    if (word.id.find('-') != std::string::npos) {
      sentence.multiword.push_back(std::move(word));
      continue;
    }
    if (!is_integer(word.id) || std::stoul(word.id) != sentence.words.size() + 1)
      throw std::runtime_error(fmt::format("{}:{}: word id \"{}\" out of sequence", name_, line_number_, word.id));
    if (fields[6] != "_") {
      int head = 0;
      auto [p, ec] = std::from_chars(fields[6].data(), fields[6].data() + fields[6].size(), head);
      if (ec != std::errc() || p != fields[6].data() + fields[6].size() || head < 0)
        throw std::runtime_error(fmt::format("{}:{}: bad HEAD \"{}\"", name_, line_number_, fields[6]));
      word.head = head;
    }
    sentence.words.push_back(std::move(word));
  }
  return any;
}

std::vector<Sentence> read_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(fmt::format("{}: cannot open", path));
  Reader reader(in, path);
  std::vector<Sentence> sentences;
  Sentence s;
  while (reader.next(s)) sentences.push_back(std::move(s));
  return sentences;
}

void write(std::ostream& out, const Sentence& sentence) {
  for (const auto& c : sentence.comments) out << "# " << c << '\n';
  size_t next_mwt = 0;
  auto line = [&](const Word& w) {
    out << w.id << '\t' << field(w.form) << '\t' << field(w.lemma) << '\t' << field(w.upos) << '\t'
        << field(w.xpos) << '\t' << field(w.feats) << '\t' << (w.head < 0 ? "_" : std::to_string(w.head))
        << '\t' << field(w.deprel) << '\t' << field(w.deps) << '\t' << field(w.misc) << '\n';
  };
  for (const auto& w : sentence.words) {
    while (next_mwt < sentence.multiword.size()) {
      const std::string& range = sentence.multiword[next_mwt].id;
      if (range.substr(0, range.find('-')) != w.id) break;
      line(sentence.multiword[next_mwt++]);
    }
    line(w);
  }
  out << '\n';
}

namespace {

// Appends one sentence's words to `doc`, rebuilding the surface text.
void append_sentence(Document& doc, const Sentence& s) {
  entente::Sentence out;
  out.token_begin = static_cast<uint32_t>(doc.tokens.size());
  out.span.begin = static_cast<uint32_t>(doc.text.size());
  size_t mwt = 0;
  for (size_t i = 0; i < s.words.size();) {
    size_t first = i, last = i;
    std::string surface;
    bool space = true;
    if (mwt < s.multiword.size()) {
      const std::string& range = s.multiword[mwt].id;
      size_t dash = range.find('-');
      size_t lo = std::stoul(range.substr(0, dash)), hi = std::stoul(range.substr(dash + 1));
      if (lo == i + 1 && hi >= lo && hi <= s.words.size()) {
        first = lo - 1;
        last = hi - 1;
        surface = s.multiword[mwt].form;
        space = s.multiword[mwt].space_after();
        ++mwt;
      }
    }
    uint32_t start = static_cast<uint32_t>(doc.text.size());
    if (first == last) {
      surface = s.words[i].form;
      space = s.words[i].space_after();
    } else {
      doc.multiword.push_back({static_cast<uint32_t>(doc.tokens.size()),
                               static_cast<uint32_t>(doc.tokens.size() + last - first)});
    }
    doc.text += surface;
    // Words of a multiword token take consecutive slices of its surface form
    // when their forms concatenate to it (don't = do + n't); else the last
    // word takes what remains.
    uint32_t at = start, end = static_cast<uint32_t>(doc.text.size());
    for (size_t w = first; w <= last; ++w) {
      uint32_t length = static_cast<uint32_t>(s.words[w].form.size());
      uint32_t word_end = w == last ? end : std::min(end, at + length);
      doc.tokens.push_back({at, word_end});
      doc.space_after.push_back(w == last && space ? 1 : 0);
      const Word& word = s.words[w];
      doc.lemma.push_back(word.lemma == "_" && word.form != "_" ? "" : word.lemma);
      doc.upos.push_back(word.upos == "_" ? "" : word.upos);
      doc.xpos.push_back(word.xpos == "_" ? "" : word.xpos);
      doc.feats.push_back(word.feats);
      doc.head.push_back(word.head);
      doc.deprel.push_back(word.deprel == "_" ? "" : word.deprel);
      at = word_end;
    }
    i = last + 1;
    if (space && i < s.words.size()) doc.text += ' ';  // the separator follows the sentence
  }
  out.span.end = doc.tokens.size() > out.token_begin ? doc.tokens.back().end : out.span.begin;
  out.token_end = static_cast<uint32_t>(doc.tokens.size());
  doc.sentences.push_back(out);
}

}  // namespace

Document to_document(const std::vector<Sentence>& sentences, std::string id) {
  Document doc;
  doc.id = std::move(id);
  for (const auto& s : sentences) {
    if (!doc.text.empty()) {
      bool glued = !doc.space_after.empty() && !doc.space_after.back();
      bool new_paragraph = !s.comment("newpar id").empty() || !s.comment("newdoc id").empty() ||
                           std::find(s.comments.begin(), s.comments.end(), "newpar") != s.comments.end();
      doc.text += new_paragraph ? "\n\n" : glued ? "" : " ";
    }
    append_sentence(doc, s);
  }
  return doc;
}

void write_document(std::ostream& out, const Document& doc) {
  out << "# newdoc id = " << doc.id << '\n';
  for (size_t n = 0; n < doc.sentences.size(); ++n) {
    const entente::Sentence& s = doc.sentences[n];
    out << "# sent_id = " << doc.id << '-' << (n + 1) << '\n';
    std::string text(doc.span_text(s.span));
    for (char& c : text)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    out << "# text = " << text << '\n';
    auto mwt = std::lower_bound(doc.multiword.begin(), doc.multiword.end(), s.token_begin,
                                [](const MultiwordToken& m, uint32_t t) { return m.first < t; });
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      uint32_t index = t - s.token_begin + 1;
      bool inside_mwt = false;
      if (mwt != doc.multiword.end() && mwt->first == t && mwt->last < s.token_end) {
        uint32_t last = mwt->last - s.token_begin + 1;
        Span surface{doc.tokens[mwt->first].begin, doc.tokens[mwt->last].end};
        out << index << '-' << last << '\t' << field(doc.span_text(surface)) << "\t_\t_\t_\t_\t_\t_\t_\t"
            << (doc.space_after[mwt->last] ? "_" : "SpaceAfter=No") << '\n';
      }
      if (mwt != doc.multiword.end() && t >= mwt->first && t <= mwt->last) inside_mwt = true;
      if (mwt != doc.multiword.end() && t == mwt->last) ++mwt;
      out << index << '\t' << field(doc.token_text(t)) << '\t' << layer(doc.lemma, t) << '\t'
          << layer(doc.upos, t) << '\t' << layer(doc.xpos, t) << '\t' << layer(doc.feats, t) << '\t'
          << (t < doc.head.size() && doc.head[t] >= 0 ? std::to_string(doc.head[t]) : "_") << '\t'
          << layer(doc.deprel, t) << "\t_\t"
          << (inside_mwt || t >= doc.space_after.size() || doc.space_after[t] ? "_" : "SpaceAfter=No")
          << '\n';
    }
    out << '\n';
  }
}

}  // namespace entente::conllu
