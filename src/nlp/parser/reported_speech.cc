#include "nlp/parser/reported_speech.h"

#include <string_view>

namespace entente::nlp::parser {
namespace {

std::string_view universal(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

bool is_subject(std::string_view deprel) {
  const std::string_view u = universal(deprel);
  return u == "nsubj" || u == "csubj" || u == "expl";
}

}  // namespace

void subjects_after_reported_speech(std::span<const int32_t> heads, std::span<std::string> deprels) {
  const int n = static_cast<int>(heads.size());
  for (int clause = 1; clause <= n; ++clause) {
    const int verb = heads[clause - 1];
    if (universal(deprels[clause - 1]) != "ccomp" || verb <= clause) continue;  // the clause comes first
    int object = 0;
    bool has_subject = false;
    for (int w = 1; w <= n; ++w) {
      if (heads[w - 1] != verb) continue;
      has_subject |= is_subject(deprels[w - 1]);
      if (w > verb && object == 0 && deprels[w - 1] == "obj") object = w;
    }
    if (object != 0 && !has_subject) deprels[object - 1] = "nsubj";
  }
}

}  // namespace entente::nlp::parser
