#include "nlp/annotator.h"

#include <cstdlib>

#include <fmt/format.h>

#include "nlp/context_lemmas.h"
#include "nlp/lemmatizer.h"
#include "nlp/model_file.h"
#include "nlp/parser/parser.h"
#include "nlp/tagger.h"

namespace entente::nlp {

std::filesystem::path find_models_dir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("ENTENTE_MODELS"); env && *env) return env;
  return std::filesystem::path(ENTENTE_SOURCE_DIR) / "models";
}

Annotator::Annotator() = default;
Annotator::~Annotator() = default;

std::unique_ptr<Annotator> Annotator::load(const std::filesystem::path& models_dir, bool require_parser) {
  std::unique_ptr<Annotator> a(new Annotator());
  a->tagger_ = std::make_unique<Tagger>(Tagger::load(models_dir / "tagger.bin"));
  a->lemmatizer_ = std::make_unique<Lemmatizer>(Lemmatizer::load(models_dir / "lemmatizer.bin"));
  auto parser_file = models_dir / "parser.bin";
  // A present but broken parser model is always an error; an absent one only
  // when the caller needs trees.
  if (require_parser || std::filesystem::exists(parser_file))
    a->parser_ = std::make_unique<parser::Parser>(parser::Parser::load(parser_file));
  return a;
}

void Annotator::annotate(Document& doc) const {
  size_t n = doc.tokens.size();
  doc.upos.assign(n, std::string());
  doc.xpos.assign(n, std::string());
  doc.feats.assign(n, std::string());
  doc.lemma.assign(n, std::string());
  doc.head.clear();
  doc.deprel.clear();
  std::vector<std::string_view> words;
  for (const Sentence& s : doc.sentences) {
    words.clear();
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) words.push_back(doc.token_text(i));
    std::vector<WordTags> tags = tagger_->tag(words);
    for (uint32_t k = 0; k < words.size(); ++k) {
      uint32_t i = s.token_begin + k;
      doc.upos[i] = tagger_->upos(tags[k]);
      doc.xpos[i] = tagger_->xpos(tags[k]);
      doc.feats[i] = tagger_->feats(tags[k]);
      doc.lemma[i] = lemmatizer_->lemmatize(words[k], doc.upos[i], doc.xpos[i], doc.feats[i]);
    }
    if (!may_have_context_lemmas(words, std::span(doc.upos).subspan(s.token_begin, s.size()))) continue;
    std::vector<std::string_view> upos(doc.upos.begin() + s.token_begin, doc.upos.begin() + s.token_end),
        xpos(doc.xpos.begin() + s.token_begin, doc.xpos.begin() + s.token_end),
        lemmas(doc.lemma.begin() + s.token_begin, doc.lemma.begin() + s.token_end);
    for (LemmaChange& change : context_lemmas(words, upos, xpos, lemmas, *lemmatizer_))
      doc.lemma[s.token_begin + change.word] = std::move(change.lemma);
  }
  if (!parser_) return;
  doc.head.assign(n, 0);
  doc.deprel.assign(n, std::string());
  for (const Sentence& s : doc.sentences) parser_->parse(doc, s);
}

void Annotator::annotate(conllu::Sentence& sentence) const {
  std::vector<std::string_view> words;
  for (const auto& w : sentence.words) words.push_back(w.form);
  std::vector<WordTags> tags = tagger_->tag(words);
  for (size_t k = 0; k < words.size(); ++k) {
    conllu::Word& w = sentence.words[k];
    w.upos = tagger_->upos(tags[k]);
    w.xpos = tagger_->xpos(tags[k]);
    w.feats = tagger_->feats(tags[k]);
    w.lemma = lemmatizer_->lemmatize(w.form, w.upos, w.xpos, w.feats);
    w.head = -1;
    w.deprel.assign(1, '_');
    w.deps.assign(1, '_');
  }
  apply_context_lemmas(sentence, *lemmatizer_);
  if (!parser_) return;
  auto arcs = parser_->parse(sentence);
  for (size_t k = 0; k < arcs.size() && k < sentence.words.size(); ++k) {
    sentence.words[k].head = arcs[k].first;
    sentence.words[k].deprel = arcs[k].second;
  }
}

}  // namespace entente::nlp
