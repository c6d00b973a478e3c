#pragma once
#include <span>
#include <string_view>

// "have" as an auxiliary or as a verb of its own, which EWT tells apart by
// UPOS (AUX / VERB) with the same XPOS. What follows decides it nearly
// always: a past participle (adverbs, "both" or "all" between) makes it
// the auxiliary (1,183 of 1,191 times in EWT train: "had both signed"),
// unless a noun or adjective follows the participle ("have limited funds");
// a determiner, possessive or number straight after it the verb (640 of
// 645: "have all the votes", "has a car"), unless a participle comes later
// or it opens a question ("Has the storm passed?").
namespace entente::nlp {

enum class HaveReading { kUndecided, kAuxiliary, kVerb };

// The reading of word i when it is a form of "have" ("have", "has", "had",
// "having", "'ve", "'d"), from the words after it; kUndecided otherwise.
HaveReading have_reading(std::span<const std::string_view> forms, std::span<const std::string_view> xpos, size_t i);

}  // namespace entente::nlp
