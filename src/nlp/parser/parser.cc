#include "nlp/parser/parser.h"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "nlp/feature_hash.h"
#include "nlp/model_file.h"
#include "nlp/parser/root_repairs.h"
#include "nlp/parser/parse_features.h"
#include "nlp/parser/reported_speech.h"
#include "nlp/parser/transition_system.h"

namespace entente::nlp::parser {
namespace {

// Bumped whenever parse_features.cc or the class encoding changes, so a model
// trained with other features is refused instead of silently misparsing.
constexpr uint32_t kFeatureVersion = 5;

// The universal part of a UD relation: "nsubj" for "nsubj:pass".
std::string_view universal(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

// The root repairs (root_repairs.h), for a sentence whose root is a noun,
// its first word, a word after an apposition or after "whose", or that
// opens with a quote, or that has a finite verb after its last comma: for
// most sentences the tags are not even gathered.
// `word(w)` gives word w's (form, UPOS, XPOS), w 0-based.
template <typename Word>
void repair_root(std::span<int32_t> heads, std::span<std::string> deprels, Word word) {
  const auto root = std::find(heads.begin(), heads.end(), 0);
  if (root == heads.end()) return;
  const size_t at = static_cast<size_t>(root - heads.begin());
  const std::string_view root_upos = std::get<1>(word(at));
  const bool noun = root_upos == "NOUN" || root_upos == "PROPN";
  const bool after_apposition = at > 1 && deprels[at - 1] == "appos";
  bool whose = false;  // a ", whose ..." clause before the root
  for (size_t w = 1; w < at && !whose; ++w) {
    const std::string_view form = std::get<0>(word(w));
    whose = form == "whose" || form == "Whose";
  }
  const bool quote = std::get<2>(word(0)) == "``";  // an opening quote (`` ... , '' he said)
  bool attribution = false;  // ", the coast guard said .": a finite verb after the last comma
  for (size_t w = heads.size(); w-- > 0 && !attribution;) {
    const auto [form, u, x] = word(w);
    if (form == ",") break;
    attribution = x == "VBD" || x == "VBZ" || x == "VBP";
  }
  if (!noun && at != 0 && !after_apposition && !whose && !quote && !attribution) return;
  std::vector<std::string_view> forms, upos, xpos;
  for (size_t w = 0; w < heads.size(); ++w) {
    const auto [form, u, x] = word(w);
    forms.push_back(form), upos.push_back(u), xpos.push_back(x);
  }
  if (noun) {
    verb_after_noun_root(heads, deprels, upos, xpos);
    verb_after_opening_phrase(heads, deprels, upos, xpos);
    verb_after_opening_time_phrase(heads, deprels, forms, upos, xpos);
    verb_after_compound_subject(heads, deprels, forms, upos, xpos);
  } else if (at == 0) {
    verb_after_opening_participle(heads, deprels, xpos);
    verb_after_noun_root(heads, deprels, upos, xpos);  // an opening gerund
  } else if (after_apposition) {
    subject_from_opening_apposition(heads, deprels, upos, xpos);
  }
  if (whose) verb_after_whose_clause(heads, deprels, forms, upos);
  if (quote) verb_after_quote(heads, deprels, forms, upos, xpos);
  if (attribution) reporting_verb_after_clause(heads, deprels, forms, upos, xpos);
}

// When the decoder could not avoid it (an opening quote or bracket shifted
// first, the sentence then attached under it), a function word left as the
// root's dependent hands that place to the content word with the largest
// subtree; the function words above that word (all of them are: a content
// word above it would have the larger subtree) attach to it as punct, det,
// case, cc or mark.
void root_on_a_word(std::span<int32_t> heads, std::span<std::string> deprels, const std::vector<WordCodes>& words) {
  const int n = static_cast<int>(heads.size());
  const int top = static_cast<int>(std::find(heads.begin(), heads.end(), 0) - heads.begin()) + 1;
  if (top > n || !words[top].function_word) return;
  std::vector<int> subtree(n + 1, 0);
  for (int w = 1; w <= n; ++w)
    for (int x = w, steps = 0; x != 0 && steps <= n; x = heads[x - 1], ++steps) ++subtree[x];
  int word = 0;
  for (int w = 1; w <= n; ++w)
    if (!words[w].function_word && (word == 0 || subtree[w] > subtree[word])) word = w;
  if (word == 0) return;
  std::vector<int> above;
  for (int x = heads[word - 1]; x != 0; x = heads[x - 1]) above.push_back(x);
  heads[word - 1] = 0, deprels[word - 1] = "root";
  for (int x : above) {
    std::string_view relation = "punct";
    for (auto [upos, as] : {std::pair{"DET", "det"}, {"ADP", "case"}, {"CCONJ", "cc"}, {"SCONJ", "mark"}})
      if (words[x].upos == hash_text(upos)) relation = as;
    heads[x - 1] = word, deprels[x - 1] = relation;
  }
}

}  // namespace

std::string TrainConfig::describe() const {
  return fmt::format("arc-hybrid greedy, averaged perceptron, dynamic oracle; epochs={} seed={} "
                     "explore_from_epoch={} explore={} min_weight={}{}{}{}{}{}",
                     epochs, seed, explore_from_epoch, explore, min_weight,
                     runs > 1 ? fmt::format(" runs={}", runs) : "",
                     train_tags.empty() ? "" : "; train tags: " + train_tags,
                     date_openers > 0 ? fmt::format("; date openers: {}", date_openers) : "",
                     noun_subjects > 0 ? fmt::format("; noun-subject copies: {}", noun_subjects) : "",
                     relative_clauses > 0 ? fmt::format("; relative-clause copies: {}", relative_clauses) : "");
}

Parser Parser::load(const std::filesystem::path& file) {
  ModelReader in(file, "parser");
  Parser parser;
  uint32_t version = in.pod<uint32_t>();
  if (version != kFeatureVersion)
    throw ModelError(fmt::format("{}: parser feature set {} but this build uses {} (retrain it with `make models`)",
                                 file.string(), version, kFeatureVersion));
  parser.config_ = in.config();
  parser.labels_ = in.strings();
  parser.model_ = TransitionWeights::load(in);
  if (parser.labels_.empty() || parser.model_.num_classes() != num_classes(static_cast<int>(parser.labels_.size())))
    throw ModelError(fmt::format("{}: corrupt parser model ({} labels but {} classes)", file.string(),
                                 parser.labels_.size(), parser.model_.num_classes()));
  return parser;
}

void Parser::save(const std::filesystem::path& file) const {
  ModelWriter out(file, "parser", config_);
  out.pod<uint32_t>(kFeatureVersion);
  out.strings(labels_);
  model_.save(out);
  out.finish();
}

void Parser::prune(float min_weight) {
  model_ = model_.pruned(min_weight);
  config_ += fmt::format("; pruned to min_weight={}", min_weight);
}

void Parser::run(const std::vector<WordCodes>& words, State& state) const {
  const int n = static_cast<int>(words.size()) - 1;
  state.reset(n);
  std::vector<uint64_t> features;
  const int classes = num_classes(static_cast<int>(labels_.size()));
  // Room for the padded width makes score() faster; only `classes` are read.
  std::vector<int32_t> scores(std::max<size_t>(classes, model_.padded_classes()));
  // Content words not yet attached (WordCodes::function_word): the last of
  // them is kept for the root ("." or "The" as the root took a whole
  // sentence with it).
  int open_words = 0;
  for (int w = 1; w <= n; ++w) open_words += !words[w].function_word;
  while (!state.terminal()) {
    if (!state.can_left() && !state.can_right()) {  // only SHIFT: nothing to score
      state.apply(Move::kShift, -1);
      continue;
    }
    extract_features(state, words, features);
    std::fill(scores.begin(), scores.end(), 0);
    model_.score(features, scores);
    int cls = best_allowed(state, std::span<const int32_t>(scores.data(), classes));
    // LEFT and RIGHT both attach the stack top; the last word may only go to
    // the root. It waits in the buffer while function words on the stack are
    // attached to it: shifted onto one, it could only go below it.
    const int top = state.stack(0), next = state.buffer(0);
    const bool last_word = top > 0 && !words[top].function_word && open_words == 1;
    const bool to_root = move_of(cls) == Move::kRight && state.stack(1) == 0;
    if (cls != 0 && last_word && !to_root && state.can_shift()) cls = 0;
    if (cls == 0 && top > 0 && words[top].function_word && next > 0 && !words[next].function_word && open_words == 1 &&
        state.can_left())
      cls = best_left(std::span<const int32_t>(scores.data(), classes));
    if (cls != 0 && top > 0 && !words[top].function_word) --open_words;
    state.apply(move_of(cls), label_of(cls));
  }
}

void Parser::parse(Document& doc, const Sentence& s) const {
  if (doc.head.size() != doc.tokens.size()) doc.head.resize(doc.tokens.size(), 0);
  if (doc.deprel.size() != doc.tokens.size()) doc.deprel.resize(doc.tokens.size());
  State state(0);
  const std::vector<WordCodes> words = encode_sentence(doc, s);
  run(words, state);
  for (uint32_t w = 1; w <= s.size(); ++w) {
    doc.head[s.token_begin + w - 1] = state.head(w);
    doc.deprel[s.token_begin + w - 1] = labels_[state.label(w)];
  }
  auto heads = std::span(doc.head).subspan(s.token_begin, s.size());
  auto deprels = std::span(doc.deprel).subspan(s.token_begin, s.size());
  root_on_a_word(heads, deprels, words);
  subjects_after_reported_speech(heads, deprels);
  if (doc.upos.size() == doc.tokens.size() && doc.xpos.size() == doc.tokens.size())
    repair_root(heads, deprels, [&](size_t w) {
      return std::tuple<std::string_view, std::string_view, std::string_view>(
          doc.token_text(s.token_begin + static_cast<uint32_t>(w)), doc.upos[s.token_begin + w], doc.xpos[s.token_begin + w]);
    });
}

std::vector<std::pair<int, std::string>> Parser::parse(const conllu::Sentence& sentence) const {
  State state(0);
  const std::vector<WordCodes> words = encode_sentence(sentence);
  run(words, state);
  std::vector<int32_t> heads;
  std::vector<std::string> deprels;
  for (int w = 1; w <= state.size(); ++w) heads.push_back(state.head(w)), deprels.push_back(labels_[state.label(w)]);
  root_on_a_word(heads, deprels, words);
  subjects_after_reported_speech(heads, deprels);
  repair_root(heads, deprels, [&](size_t w) {
    const auto& word = sentence.words[w];
    return std::tuple<std::string_view, std::string_view, std::string_view>(word.form, word.upos, word.xpos);
  });
  std::vector<std::pair<int, std::string>> result;
  result.reserve(heads.size());
  for (size_t i = 0; i < heads.size(); ++i) result.emplace_back(heads[i], std::move(deprels[i]));
  return result;
}

AttachmentScore Parser::evaluate(const std::vector<conllu::Sentence>& gold) const {
  AttachmentScore score;
  for (const auto& sentence : gold) {
    auto parsed = parse(sentence);
    for (size_t i = 0; i < parsed.size(); ++i) {
      const auto& word = sentence.words[i];
      ++score.words;
      if (parsed[i].first != word.head) continue;
      ++score.unlabelled;
      if (universal(parsed[i].second) == universal(word.deprel)) ++score.labelled;
    }
  }
  return score;
}

}  // namespace entente::nlp::parser
