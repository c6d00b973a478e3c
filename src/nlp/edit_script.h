#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// How a lemma is made from its word form: optionally lowercase the form
// (ASCII), strip `strip` bytes from its end, append `append`.
// "studies" -> "study" is {false, 3, "y"}; "The" -> "the" is {true, 0, ""}.
namespace entente::nlp {

struct EditScript {
  bool lower = false;
  uint8_t strip = 0;
  std::string append;
  friend auto operator<=>(const EditScript&, const EditScript&) = default;
};

// The shortest script turning `form` into `lemma`; nullopt when it would strip
// more than 255 bytes.
std::optional<EditScript> derive_edit_script(std::string_view form, std::string_view lemma);

// False when the script strips more than the whole form.
bool applicable(const EditScript& script, std::string_view form);

// The lemma the script makes from `form`; requires applicable(script, form).
std::string apply_edit_script(const EditScript& script, std::string_view form);

}  // namespace entente::nlp
