#pragma once
// Test helper: a small dictionary written in the test, and documents to run it on.
#include <sstream>
#include <string>

#include "actors/dictionary.h"
#include "core/document.h"
#include "text/front_end.h"

namespace entente::actors::test_support {

// A Dictionary from `text` in Entente's format, with the code parts tests use.
inline std::unique_ptr<Dictionary> small_dictionary(const std::string& text) {
  Sources sources;
  for (const char* country : {"CHN", "VNM", "CUB", "USA", "FRA", "RUS", "ESP", "PHL"}) sources.codes.add(country, Part::kCountry, "");
  for (const char* role : {"GOV", "MIL", "COP", "PTY", "ELI", "BUS", "CVL", "LEG", "IGO", "NGO"}) sources.codes.add(role, Part::kRole, "");
  sources.codes.add("UNO", Part::kOrganisation, "");
  std::istringstream in(text);
  std::vector<Problem> problems;
  sources.entries = parse_dictionary(in, "test.txt", problems);
  if (!problems.empty()) throw DictionaryError(problems.front().text());
  return std::make_unique<Dictionary>(std::move(sources));
}

inline Document segmented(const std::string& text, const std::string& date = "2025-04-14") {
  Document doc;
  doc.id = "test";
  doc.date = date;
  doc.text = text;
  text::segment(doc);
  return doc;
}

}  // namespace entente::actors::test_support
