#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// How a lemma is made from its word form: rewrite the case of the whole form
// (ASCII), strip `strip` bytes from its end, append `append`.
// "studies" -> "study" is {kKeep, 3, "y"}; "The" -> "the" is {kLower, 0, ""};
// "TEHRAN" -> "Tehran" and "asia" -> "Asia" are {kTitle, 0, ""}.
namespace entente::nlp {

enum class Rewrite : uint8_t {
  kKeep = 0,
  kLower = 1,           // every letter lowercase
  kTitle = 2,           // first byte uppercase, the rest lowercase
};
inline constexpr Rewrite kLastRewrite = Rewrite::kTitle;

struct EditScript {
  Rewrite rewrite = Rewrite::kKeep;
  uint8_t strip = 0;
  std::string append;
  friend auto operator<=>(const EditScript&, const EditScript&) = default;
};

// The shortest script turning `form` into `lemma` that strips and appends
// whole UTF-8 characters; among equally short ones the earlier Rewrite wins
// (a rewrite must earn its place). nullopt when it
// would strip more than 255 bytes.
std::optional<EditScript> derive_edit_script(std::string_view form, std::string_view lemma);

// False when the script strips more than the whole form, or when stripping
// or appending would split a UTF-8 character (so valid UTF-8 stays valid).
bool applicable(const EditScript& script, std::string_view form);

// The lemma the script makes from `form`; requires applicable(script, form).
std::string apply_edit_script(const EditScript& script, std::string_view form);

}  // namespace entente::nlp
