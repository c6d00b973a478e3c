#pragma once
#include <memory>
#include <string>
#include <vector>

#include "core/document.h"

// The whole pipeline behind one call: front end -> NLP -> actors -> coding.
namespace entente::pipeline {

struct EngineOptions {
  std::string models_dir;                 // "" = nlp::find_models_dir("") (ENTENTE_MODELS, then models/)
  std::vector<std::string> actor_files;   // extra actor dictionaries (--actors FILE), after data/actors
  std::string verbs_file;                 // optional PETRARCH CAMEO verb dictionary (--verbs FILE)
};

class EngineImpl;

class Engine {
 public:
  // Loads models, dictionaries, the verb lexicon and the coding tables once.
  // Throws std::runtime_error whose message names the missing or malformed
  // file and the reason.
  static std::unique_ptr<Engine> load(const EngineOptions& options);
  ~Engine();

  // Replaces every derived layer of `doc` (sentences, tokens, NLP, mentions,
  // events) from doc.text and doc.date. Thread-safe: an Engine is read-only
  // after load, so one Engine serves every thread.
  void process(Document& doc) const;

  // Hex digest of the dictionaries, verb lexicon and models in use, so stored
  // events can say which configuration coded them.
  std::string fingerprint() const;

  // The parts, for commands that need them (explain). Valid while the Engine lives.
  const EngineImpl& impl() const { return *impl_; }

 private:
  explicit Engine(std::unique_ptr<EngineImpl> impl);
  std::unique_ptr<EngineImpl> impl_;
};

}  // namespace entente::pipeline
