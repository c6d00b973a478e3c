#pragma once
#include <map>
#include <ostream>
#include <string>

#include "coding/cameo_table.h"
#include "core/document.h"

// Event records in the layouts analysis scripts already read: our JSON Lines
// contract, a flat CSV/TSV, the GDELT 2.0 event table and the ICEWS coded
// event files. The column mapping is documented in docs/export.md.
namespace entente::store {

enum class ExportFormat { kJsonl, kCsv, kTsv, kGdelt, kIcews };
// "jsonl" | "csv" | "tsv" | "gdelt" | "icews"; throws std::invalid_argument otherwise.
ExportFormat parse_export_format(const std::string& name);

// Names the layouts need but events do not carry. Both may be empty:
// columns then fall back to codes.
struct ExportNames {
  const coding::CameoTable* cameo = nullptr;        // CAMEO code -> event text (ICEWS)
  std::map<std::string, std::string> countries;    // ISO alpha-3 -> country name (ICEWS)
};

// Country names from data/actors/countries.txt ("name; name; ... = CODE",
// first name wins). Throws std::runtime_error "file:line: reason".
std::map<std::string, std::string> load_country_names(const std::string& path);

class EventWriter {
 public:
  // Writes the header line at once for formats that have one (csv, tsv, icews).
  // `out` (and names.cameo) must outlive the writer.
  EventWriter(std::ostream& out, ExportFormat format, ExportNames names = {});
  // One line for `event`; `document` supplies metadata (publication date, url, source).
  void write(const Event& event, const Document& document);

 private:
  void write_csv(const Event& event, char separator);
  void write_gdelt(const Event& event, const Document& document);
  void write_icews(const Event& event, const Document& document);
  std::ostream& out_;
  ExportFormat format_;
  ExportNames names_;
};

}  // namespace entente::store
