#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

// Repairs of a root the greedy parser gets wrong on news. News opens with a
// subject that carries a modifier ("Trade between the two countries rose 15
// percent", "The number of refugees doubled in a year", "The talks, the
// first in five years, ended on Friday") or with a phrase before the
// subject ("In education, ...", "Backed by air strikes, ..."); the parser
// sometimes took the main verb for a clause of a word before it and left a
// noun or the opening participle as the root, and the event coder lost the
// event. The shapes repaired (nearly) never occur in EWT train's gold trees.
namespace entente::nlp::parser {

// When the root is a noun (or a gerund opening the sentence: "Fighting
// between rival factions killed ...") with no subject, copula or auxiliary
// of its own and a finite verb (VBD, VBZ, VBP) after it hangs as acl or
// acl:relcl either
//  - from the root itself, with no subject ("Clashes erupted after ...":
//    a finite verb is no reduced relative) unless the root has a
//    preposition, or with a subject before it that has a preposition of its
//    own ("countries" under "between": a subject is no prepositional
//    phrase), or
//  - from a noun that is an nmod of the root (an obl of the gerund), with
//    no subject of its own, or
//  - right after the second of two or more commas after the root, with no
//    subject of its own (or, after exactly two, with the words between the
//    commas as its subject: "The attack, the deadliest in a decade,
//    killed ...", which become the root's appos), as acl, conj or
//    parataxis of the root or of a word
//    between the commas ("The talks, the first in five years, ended on
//    Friday": ended as parataxis; "China, which claims the sea, rejected
//    the ruling": rejected as conj of claims),
// that verb becomes the root, the old root its nsubj (csubj for the
// gerund; the prepositional "subject" goes back to the old root as nmod),
// and punctuation after the verb follows it. `heads[i]` is the head of word i + 1 (1-based, 0 = root),
// `deprels[i]` its relation, `upos` and `xpos` its tags.
void verb_after_noun_root(std::span<int32_t> heads, std::span<std::string> deprels,
                          std::span<const std::string_view> upos, std::span<const std::string_view> xpos);

// When the root is the noun of an opening prepositional phrase ("In
// education, a key area, Chile helps Peru ...": "education" with its "In") with no subject or copula of its own, in a sentence that
// ends in ".", the first finite verb after the phrase's comma (not one
// straight after a conjunction; for an auxiliary or copula, the word it
// serves) becomes the root and the noun its obl. EWT train's gold trees
// have this shape once, in a question.
void verb_after_opening_phrase(std::span<int32_t> heads, std::span<std::string> deprels,
                               std::span<const std::string_view> upos, std::span<const std::string_view> xpos);

// When the root is a time noun opening the sentence ("Two years after the
// flood , the town remains ...", "Hours after the attack , police
// arrested ...": "years" the root, the verb a relative clause of "flood"),
// with no preposition, subject, copula or auxiliary of its own, every word
// before the first comma in its phrase, in a sentence that ends in ".", and
// the first clause's verb after that comma has its own subject after the
// comma, that verb becomes the root and the noun its obl:unmarked; a noun
// with a preposition on the time noun ("after the flood") becomes the verb's
// obl and the time noun its nmod:unmarked, as EWT annotates "A few days
// before the vote , ...".
void verb_after_opening_time_phrase(std::span<int32_t> heads, std::span<std::string> deprels,
                                    std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                                    std::span<const std::string_view> xpos);

// When the root is a participle opening the sentence with no subject or
// auxiliary of its own ("Backed by air strikes, the rebels have seized the
// town": "Backed" the root, "seized" its ccomp), and a verb
// after the first comma with a subject of its own after that comma hangs on
// it as ccomp, conj, parataxis or advcl, that verb becomes the root and the
// participle its advcl. Never so in EWT train's gold trees.
void verb_after_opening_participle(std::span<int32_t> heads, std::span<std::string> deprels,
                                   std::span<const std::string_view> xpos);

// When the root is a noun with no subject or copula, and the noun right
// after it, lowercase and with no determiner of its own (not "the car John
// bought"), is the subject of a finite verb
// hung on the root as a relative clause ("The finance ministry said ...",
// with "ministry" read as a name: "finance" the root, "said" its
// acl:relcl), and no finite verb follows outside that verb's clause, the
// two nouns are one: the verb becomes the root, the first noun a compound
// of the second, which takes its determiner and modifiers. Never so in
// EWT train's gold trees.
void verb_after_compound_subject(std::span<int32_t> heads, std::span<std::string> deprels,
                                 std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                                 std::span<const std::string_view> xpos);

// When the root is a finite verb with no subject and the word right before
// it is a noun that the parser hung as an apposition on a word of the
// opening phrase ("Under pressure from Washington , Seoul agreed to ...":
// "Seoul" an appos of "Washington"), with a comma before that noun's
// phrase, the noun is the verb's nsubj. Never so in EWT train's gold trees.
void subject_from_opening_apposition(std::span<int32_t> heads, std::span<std::string> deprels,
                                     std::span<const std::string_view> upos, std::span<const std::string_view> xpos);

// When the root is the verb of a ", whose ... ," clause after a noun that
// hangs on it ("The governor , whose term ends in May , vetoed the bill":
// "ends" the root, "governor" its obl, "vetoed" its conj), and a verb after
// the clause's closing comma with no subject of its own hangs on the root
// as conj, parataxis, advcl or ccomp, that verb becomes the root, the noun
// its nsubj (nsubj:pass when the verb has an aux:pass), the clause's verb
// an acl:relcl of the noun with both commas, and the words outside the
// clause that hung on it follow the new root. Never so in EWT train's gold
// trees, nor in our parses of train, dev or the held-out tenth.
void verb_after_whose_clause(std::span<int32_t> heads, std::span<std::string> deprels,
                             std::span<const std::string_view> forms, std::span<const std::string_view> upos);

// When a sentence opens with a quote that closes on a comma and the root is
// inside the quote, and a verb after the closing quote with a subject of its
// own after that quote hangs on the root (`` This is a historic day , ''
// he told reporters: "day" the root, "told" its acl:relcl), that verb
// becomes the root and the quote's root its ccomp, as EWT annotates all 30
// such sentences of train; the words after the quote that hung on the old
// root follow the verb.
void verb_after_quote(std::span<int32_t> heads, std::span<std::string> deprels, std::span<const std::string_view> forms,
                      std::span<const std::string_view> upos, std::span<const std::string_view> xpos);

// When the sentence ends in a trailing attribution (", the coast guard said
// on Monday .", ", said the minister .": attribution.h) whose reporting verb
// is not the root, and the root comes before the attribution's comma, the
// verb becomes the root and the old root its ccomp, as EWT annotates all 69
// such sentences of train: the speaker's head its nsubj, the attribution's
// other words and the closing punctuation under the verb, the comma on the
// old root. Words before the comma that hung on the verb go back to the
// old root's clause ("rose 5 %": "%" its obj; "on a bus": "bus" its obl,
// "on" and "a" on "bus"). When the
// verb is the root already and one word before the comma hangs on it, as
// advcl, parataxis or conj, that word is its ccomp.
void reporting_verb_after_clause(std::span<int32_t> heads, std::span<std::string> deprels,
                                 std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                                 std::span<const std::string_view> xpos);

}  // namespace entente::nlp::parser
