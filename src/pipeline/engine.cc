#include "pipeline/engine.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "coding/stable_hash.h"
#include "pipeline/engine_impl.h"
#include "text/front_end.h"

namespace entente::pipeline {

EngineImpl::EngineImpl(std::unique_ptr<nlp::Annotator> annotator, std::unique_ptr<actors::Dictionary> dictionary,
                       std::unique_ptr<coding::Coder> coder, std::string fingerprint)
    : annotator_(std::move(annotator)),
      dictionary_(std::move(dictionary)),
      recognizer_(*dictionary_),
      coder_(std::move(coder)),
      fingerprint_(std::move(fingerprint)) {}

void EngineImpl::process(Document& doc, coding::Trace* trace) const {
  doc.clear_layers();
  text::segment(doc);
  if (annotator_) annotator_->annotate(doc);
  recognizer_.recognize(doc);
  coder_->code(doc, actor_coder(recognizer_), trace);
}

coding::ActorCoder actor_coder(const actors::Recognizer& recognizer) {
  return [&recognizer](const Document& doc, const ActorMention& m, std::string_view date) {
    actors::CodedActor c = recognizer.code_on(doc, m, date);
    return coding::ActorCode{c.code, c.country, c.role};
  };
}

std::string models_fingerprint(const std::filesystem::path& models_dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(models_dir, ec)) return {};
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(models_dir, ec))
    if (entry.path().extension() == ".bin") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  uint64_t h = coding::fnv1a("models");
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    h = coding::fnv1a(file.filename().string(), h);
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0)
      h = coding::fnv1a(std::string_view(buffer, static_cast<size_t>(in.gcount())), h);
  }
  return coding::hex64(h);
}

std::unique_ptr<EngineImpl> load_engine_impl(const EngineOptions& options,
                                             const std::vector<actors::Entry>& extra_entries) {
  const std::filesystem::path models = nlp::find_models_dir(options.models_dir);
  std::unique_ptr<nlp::Annotator> annotator;
  try {
    annotator = nlp::Annotator::load(models);
  } catch (const std::exception& e) {
    throw std::runtime_error(std::string("cannot load the NLP models: ") + e.what());
  }
  std::vector<std::filesystem::path> extra(options.actor_files.begin(), options.actor_files.end());
  std::unique_ptr<actors::Dictionary> dictionary;
  try {
    if (extra_entries.empty()) {
      dictionary = actors::Dictionary::load(actors::default_data_dir(), extra);
    } else {
      std::vector<actors::Problem> problems;
      actors::Sources sources = actors::read_sources(actors::default_data_dir(), extra, problems);
      if (!problems.empty()) throw std::runtime_error(problems.front().text());
      sources.entries.insert(sources.entries.end(), extra_entries.begin(), extra_entries.end());
      dictionary = std::make_unique<actors::Dictionary>(std::move(sources));
    }
  } catch (const std::exception& e) {
    throw std::runtime_error(std::string("cannot load the actor dictionaries: ") + e.what());
  }
  coding::CoderFiles files;
  files.data_root = coding::default_data_root();
  files.petrarch_verbs = options.verbs_file;
  std::unique_ptr<coding::Coder> coder;
  try {
    coder = coding::Coder::load(files);
  } catch (const std::exception& e) {
    throw std::runtime_error(std::string("cannot load the coding tables: ") + e.what());
  }
  std::string fingerprint = coding::hex64(
      coding::fnv1a(dictionary->fingerprint() + coder->fingerprint() + models_fingerprint(models)));
  return std::make_unique<EngineImpl>(std::move(annotator), std::move(dictionary), std::move(coder), fingerprint);
}

std::unique_ptr<Engine> Engine::load(const EngineOptions& options) {
  return std::unique_ptr<Engine>(new Engine(load_engine_impl(options)));
}

Engine::Engine(std::unique_ptr<EngineImpl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

void Engine::process(Document& doc) const { impl_->process(doc); }

std::string Engine::fingerprint() const { return impl_->fingerprint(); }

}  // namespace entente::pipeline
