#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <numeric>
#include <stdexcept>

namespace entente::text {

namespace {

// Code points below U+0300 are NFC and never combine with what precedes
// them; their UTF-8 lead bytes are all below 0xCC. Most news text takes
// this exit without touching ICU.
bool trivially_nfc(std::string_view text) {
  for (unsigned char b : text)
    if (b >= 0xCC) return false;
  return true;
}

void identity(std::string_view text, std::string& normalized, std::vector<uint32_t>& map) {
  normalized.assign(text);
  map.resize(text.size() + 1);
  std::iota(map.begin(), map.end(), uint32_t{0});
}

}  // namespace

void normalize_nfc(std::string_view text, std::string& normalized, std::vector<uint32_t>& norm_to_orig) {
  if (trivially_nfc(text)) return identity(text, normalized, norm_to_orig);
  UErrorCode status = U_ZERO_ERROR;
  // The NFC instance is an immutable ICU singleton, safe to share across threads.
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalizer unavailable");
  icu::StringPiece source(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(source, status) && U_SUCCESS(status))
    return identity(text, normalized, norm_to_orig);
  status = U_ZERO_ERROR;
  normalized.clear();
  icu::StringByteSink<std::string> sink(&normalized, static_cast<int32_t>(text.size()));
  icu::Edits edits;
  nfc->normalizeUTF8(0, source, sink, &edits, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("NFC normalisation failed: ") + u_errorName(status));
  norm_to_orig.clear();
  norm_to_orig.reserve(normalized.size() + 1);
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    uint32_t src = static_cast<uint32_t>(it.sourceIndex());
    if (it.hasChange()) {
      for (int32_t i = 0; i < it.newLength(); ++i) norm_to_orig.push_back(src);
    } else {
      for (int32_t i = 0; i < it.oldLength(); ++i) norm_to_orig.push_back(src + i);
    }
  }
  norm_to_orig.push_back(static_cast<uint32_t>(text.size()));
}

}  // namespace entente::text
