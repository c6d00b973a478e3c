#include "actors/petrarch_import.h"

#include <sstream>

#include <gtest/gtest.h>

namespace entente::actors {
namespace {

// Made-up entries in the TABARI layout (not copied from any dictionary).
const char* kActors =
    "# comment line\n"
    "ARNORIA_  [ARN]\n"
    "+ARNORIAN_\n"
    "KING_ELESSAR_  # a note\n"
    "\t[ARNGOV >850101]\n"
    "\t[ARNELI 700101-841231]\n"
    "GHOST_ [---]\n"
    "BAD_DATES_ [ARNGOV >85xx01]\n"
    "WHITE_COUNCIL_OF_WIZARDS_(WCW) [IGOWIZ]\n";

TEST(PetrarchImport, ConvertsActorsWithDatesSynonymsAndKinds) {
  std::istringstream in(kActors);
  ImportReport report;
  auto entries = import_tabari(in, "x.actors.txt", false, report);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].kind, Kind::kCountry);
  EXPECT_EQ(entries[0].names, (std::vector<std::string>{"Arnoria", "Arnorian"}));
  EXPECT_EQ(entries[1].kind, Kind::kPerson);
  EXPECT_EQ(format_entry(entries[1]), "King Elessar = ARNGOV 1985-01-01.., ARNELI 1970-01-01..1984-12-31");
  EXPECT_EQ(entries[1].source, "x.actors.txt:4");
  EXPECT_EQ(entries[2].kind, Kind::kOrganisation);
  EXPECT_EQ(entries[2].names, (std::vector<std::string>{"White Council of Wizards", "WCW"}));
  EXPECT_EQ(report.not_converted.at("null code [---]"), 1u);
  EXPECT_EQ(report.not_converted.at("malformed date restriction"), 1u);
  EXPECT_EQ(report.not_converted.at("no usable code"), 2u);
  EXPECT_EQ(report.converted.at("person"), 1u);
}

TEST(PetrarchImport, DefaultCodeWithDateRestrictionsIsCodedByDate) {
  // A default code plus restrictions: coded by date like a person, the default
  // for other days; only dated codes with a bare country code stay a country.
  std::istringstream in(
      "OLD_TOM_ [ARN]\n\t[ARNGOV 19950601-19990815]\n"
      "NORTHLAND_\n\t[RUSNRL <19900823]\n\t[NRL >19911221]\n"
      "OLD_TOM_BROTHER_\n\t[ARN <19950601]\n\t[ARNGOV 19950601-19990815]\n");
  ImportReport report;
  auto entries = import_tabari(in, "y.actors.txt", false, report);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[2].kind, Kind::kPerson);  // roles of one country by date
  EXPECT_EQ(code_in(entries[2], DateRange{19900101, 19900101})->code, "ARN");
  EXPECT_EQ(entries[0].kind, Kind::kPerson);
  EXPECT_EQ(code_in(entries[0], DateRange{19970101, 19970101})->code, "ARNGOV");
  EXPECT_EQ(code_in(entries[0], DateRange{20050101, 20050101})->code, "ARN");
  EXPECT_EQ(entries[1].kind, Kind::kCountry);
}

TEST(PetrarchImport, ConvertsAgentsWithSubstitutionSetsAndPlurals) {
  std::istringstream in("!PERSON! = MAN, WOMAN\nPOLICE!PERSON! [~COP]\nWAR_COUNCIL {WAR_COUNCILS} [~MIL]\n");
  ImportReport report;
  auto entries = import_tabari(in, "x.agents.txt", true, report);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].kind, Kind::kAgent);
  EXPECT_EQ(entries[0].names, (std::vector<std::string>{"policeman", "policewoman"}));
  EXPECT_EQ(entries[0].codes[0].code, "COP");
  EXPECT_EQ(entries[1].names, (std::vector<std::string>{"war council", "war councils"}));
}

}  // namespace
}  // namespace entente::actors
