#pragma once
#include <memory>
#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "actors/recognizer.h"
#include "coding/coder.h"
#include "core/document.h"
#include "nlp/annotator.h"

// The parts of an Engine, for commands that need to look inside (explain,
// eval-petrarch). Read-only after construction.
namespace entente::pipeline {

class EngineImpl {
 public:
  // `annotator` may be null (documents then arrive tokenized but unparsed and yield no events).
  EngineImpl(std::unique_ptr<nlp::Annotator> annotator, std::unique_ptr<actors::Dictionary> dictionary,
             std::unique_ptr<coding::Coder> coder, std::string fingerprint);

  // Every stage in order; `trace` receives the coder's reasoning when given.
  void process(Document& doc, coding::Trace* trace = nullptr) const;

  const actors::Dictionary& dictionary() const { return *dictionary_; }
  const actors::Recognizer& recognizer() const { return recognizer_; }
  const coding::Coder& coder() const { return *coder_; }
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  std::unique_ptr<nlp::Annotator> annotator_;
  std::unique_ptr<actors::Dictionary> dictionary_;
  actors::Recognizer recognizer_;
  std::unique_ptr<coding::Coder> coder_;
  std::string fingerprint_;
};

struct EngineOptions;

// Loads every part as Engine::load does; `extra_entries` (e.g. converted
// PETRARCH actors) are added to the actor dictionaries. Throws std::runtime_error.
std::unique_ptr<EngineImpl> load_engine_impl(const EngineOptions& options,
                                             const std::vector<actors::Entry>& extra_entries = {});

// The coder's view of Recognizer::code_on.
coding::ActorCoder actor_coder(const actors::Recognizer& recognizer);

// Hex digest of every *.bin model file in `models_dir` ("" when none).
std::string models_fingerprint(const std::filesystem::path& models_dir);

}  // namespace entente::pipeline
