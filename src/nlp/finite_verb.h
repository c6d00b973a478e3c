#pragma once
#include <cstdint>
#include <limits>
#include <span>
#include <string_view>

// A statement needs a finite main verb. News narrative ("Thousands of
// protesters marched through the capital .") has the main verb right after its
// subject, where the treebank's web text more often has a reduced relative
// ("the files attached to it"), so the tagger may read the main verb as a past
// participle; the parser then makes it a modifier of its own subject, and the
// event coder finds no event.
namespace entente::nlp {

// The index of the past participle that should be read as the sentence's
// past-tense main verb, or -1 to keep the tags. Only in a sentence that ends
// in "." and does not open with an imperative; the participle is a VERB
// tagged VBN straight after a noun, pronoun or number (or after the closing comma of
// a ", who ..." clause), not followed by "by" or "to"
// (the passive "owned by", "sold to" of a fragment), with no finite verb
// (VBD, VBZ, VBP, MD) of the main clause before it, and after it none either:
// a relative pronoun ("who", "which") takes the first finite verb after it
// for its own clause ("Police fired(VBN) tear gas at protesters who gathered
// .", "The rebels, who control the north, attacked(VBN) a base ."), and a
// finite verb straight after a coordinating conjunction shares the subject,
// so it is coordinated with the participle, which must be finite too
// ("Officials met(VBN) in Geneva but failed to ..."). Of several
// participles, the one whose past-tense score came closest (smallest
// `participle_margin`, the participle's score minus the past tense's).
// An irregular past tense read as a noun or adjective ("Gunmen shot(NN) two
// policemen .", irregular_verbs.h), or a regular "-ed" form read as an
// adjective before a determiner, number or noun ("The junta dissolved(JJ)
// parliament and suspended ..."), is a candidate too, after any participle.
// The closing comma of an apposition of the subject counts as the subject
// ("The museum , a popular site , reopened(VBN) in May .").
// The margin of a participle that is never a past tense ("seen", "born": the
// tag dictionary's participles), which likely_past_tense_verb never picks.
inline constexpr int32_t kOnlyParticiple = std::numeric_limits<int32_t>::max();

int likely_past_tense_verb(std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                           std::span<const std::string_view> xpos, std::span<const int32_t> participle_margin);

// Whether the sentence opens with a participle phrase whose participle was
// read as a past tense: "Backed(VBD) by air strikes , the rebels have seized
// the town .": a capitalised first word tagged VBD that can be a participle (a
// regular "-ed" form, or one irregular_verbs.h knows as a participle), a
// preposition (IN) after it, and a finite verb somewhere after the first
// comma. EWT train has 6 such openers, all VBN;
// its sentence-initial VBD before a preposition ("Walked to the shop today .")
// never has a comma and a finite verb after it.
bool opens_with_participle_phrase(std::span<const std::string_view> forms, std::span<const std::string_view> xpos);

// The index of a participle read as a past tense at the head of a phrase
// set off after the subject, or -1: "The plan , unveiled(VBD) on Monday ,
// drew criticism .": a word tagged VBD straight after the sentence's first
// comma, which follows a noun, with no finite verb up to the next comma, and
// after that comma a finite verb or an "-ed" word tagged JJ or VBN (the
// main verb, which likely_past_tense_verb then reads as the past tense).
// Never in our tags of EWT train, dev or the held-out tenth.
int participle_phrase_read_as_past_tense(std::span<const std::string_view> forms,
                                         std::span<const std::string_view> xpos);

// Whether the sentence's first word is a name that was read as a
// participle opening it: "Beijing(VBG) , which views the island as its
// territory , condemned ...", "Kunming(VBG) , the capital of Yunnan , hosted
// ...": a capitalised word ending in "ing" tagged VBG with a comma after it,
// then a relative pronoun, or a phrase with no finite verb up to a second
// comma that a finite verb or a past participle follows (a participle
// opener has its subject and verb after one comma: "Speaking , he said"). EWT train has one
// capitalised "-ing" word before a comma at the start of a sentence.
bool opens_with_name_read_as_participle(std::span<const std::string_view> forms,
                                        std::span<const std::string_view> xpos);

// The index of a present-tense verb read as a noun that should be the
// sentence's main verb, or -1, in a sentence that ends in "." with no
// finite verb at all: a lowercase word tagged NN or NNS
//  - right after a name, a plural noun or a pronoun (the subject's last
//    word) and right before a determiner, possessive or quantifier ("a",
//    "the", "its", "most", ...): "Laos and Vietnam share(NN) a border",
//    "Both countries oppose(NN) the plan";
//  - an NNS before a gerund or before "to" and a base form, after a name or
//    pronoun: "Rwanda denies(NNS) backing the rebels", "Indonesia plans(NNS)
//    to move its capital";
//  - an NNS after an article and a singular noun, before a determiner or a
//    name: "The province borders(NNS) China".
// A capitalised "-ing" word opening the sentence counts as a name
// ("Beijing(VBG) claims(NNS) the sea"), and so does a capitalised first word
// read as an adjective before an NNS ("Nepal(JJ) hosts(NNS) a summit"). The
// shapes never occur in our tags of EWT train, dev or the held-out tenth.
// The tagger reads a form in "-s" (not "-ss") as VBZ, any other as VBP.
int likely_present_tense_verb(std::span<const std::string_view> forms, std::span<const std::string_view> xpos);

// Whether the sentence's first word is a noun or a name read as a gerund
// right before a finite verb: "Beijing(VBG) opposes the sale", "Fighting(VBG)
// erupted in the north": a capitalised word ending in "ing" tagged VBG with
// a finite verb (VBD, VBZ, VBP, MD) after it, or a past participle when the
// sentence has no finite verb. EWT tags all 11 such words of train before a
// finite verb NN or NNP (a gerund or a pronoun like "nothing").
bool opens_with_noun_read_as_gerund(std::span<const std::string_view> forms, std::span<const std::string_view> xpos);

// The index of a base form that is a verbless statement's present tense, or
// -1: "These taste(VB) great", "Both countries share(VB) a border": in a
// sentence that ends in "." with no finite verb (but a trailing
// attribution's) and does not open with an imperative, the first VB, with
// no "to" before it, right after a plural noun, a name, a subject pronoun
// ("I", "we", "you", "they") or "these", "those", "both", "all" (adverbs
// between allowed: "These shops only sell ..."). EWT dev: 4 right, none
// wrong; the held-out tenth of train 1 right; train 1 wrong (an imperative
// after an opening phrase).
int base_form_read_for_present(std::span<const std::string_view> forms, std::span<const std::string_view> xpos);

}  // namespace entente::nlp
