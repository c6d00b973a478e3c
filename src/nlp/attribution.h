#pragma once
#include <optional>
#include <span>
#include <string_view>

// News closes sentence after sentence with who said it: "The vessel sank off
// the coast , the coast guard said on Monday ." / "..., said the minister ."
// EWT's web text rarely does (about 70 sentences of train, every one with the
// reporting verb as the root and the clause before it as its ccomp). With a
// second finite verb at the end, the tagger read the main verb as a reduced
// relative ("sank(VBN)") and the parser hung the subject on "said", so the
// event coder lost the event.
namespace entente::nlp {

struct Attribution {
  size_t comma;                         // the comma that opens it
  size_t verb;                          // the reporting verb
  size_t speaker_begin, speaker_end;    // the speaker's words, [begin, end)
  size_t end;                           // the sentence's full stop
};

// The trailing attribution of a sentence that ends in ".", if any: after
// its last comma (and a closing quote), a subject (determiners, adjectives,
// nouns, names, numbers, possessives, a personal pronoun, "of") and a
// finite reporting verb ("said", "told", "reported", "announced", ...: XPOS
// VBD, VBZ or VBP, or a VBN misread so), or "said", "says", "added",
// "adds", "wrote" or "writes" and then its subject;
// after that, for "told", whom, and then nothing, or where and when ("on
// Sunday", "in a statement", "late on Monday") with no verb and no "that"
// in it, up to the full stop or to a participle clause (", adding that
// ..."). At least three words before the comma.
std::optional<Attribution> trailing_attribution(std::span<const std::string_view> forms,
                                                std::span<const std::string_view> xpos);

}  // namespace entente::nlp
