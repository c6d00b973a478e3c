#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Unicode NFC normalisation with a byte offset map back to the source.
namespace entente::text {

// Writes the NFC form of `text` (valid UTF-8) to `normalized`, and to
// `norm_to_orig` one entry per normalized byte plus one: the byte of `text`
// where it came from. Bytes inside a changed stretch (e.g. "e" + U+0301 ->
// "é") all map to the stretch's first source byte, so every character
// boundary of `normalized` maps to a character boundary of `text` and the
// final entry is text.size(). Thread-safe.
void normalize_nfc(std::string_view text, std::string& normalized, std::vector<uint32_t>& norm_to_orig);

}  // namespace entente::text
