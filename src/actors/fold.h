#pragma once
#include <string>
#include <string_view>

namespace entente::actors {

// Case- and diacritic-insensitive form of UTF-8 text, for dictionary lookup:
// lower case, accents removed ("Tô Lâm" -> "to lam", "Đà Nẵng" -> "da nang"),
// typographic apostrophes and dashes made ASCII. Invalid UTF-8 bytes are kept.
std::string fold(std::string_view text);

}  // namespace entente::actors
