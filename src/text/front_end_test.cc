#include "text/front_end.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace entente::text {
namespace {

using ::testing::ElementsAre;

Document segmented(std::string text) {
  Document doc;
  doc.id = "t";
  doc.text = std::move(text);
  segment(doc);
  return doc;
}

std::vector<std::string> tokens_of(const Document& doc) {
  std::vector<std::string> out;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) out.emplace_back(doc.token_text(i));
  return out;
}

std::vector<std::string> sentences_of(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.span_text(s.span));
  return out;
}

// Every layer is consistent and every span points into the original text.
void expect_consistent(const Document& doc) {
  ASSERT_EQ(doc.tokens.size(), doc.space_after.size());
  ASSERT_EQ(doc.norm_to_orig.size(), doc.normalized.size() + 1);
  uint32_t previous_end = 0, next_token = 0;
  for (const Span& t : doc.tokens) {
    EXPECT_LT(t.begin, t.end);
    EXPECT_LE(t.end, doc.text.size());
    EXPECT_GE(t.begin, previous_end);
    previous_end = t.end;
  }
  for (const auto& s : doc.sentences) {
    EXPECT_EQ(s.token_begin, next_token);
    EXPECT_LT(s.token_begin, s.token_end);
    EXPECT_EQ(s.span.begin, doc.tokens[s.token_begin].begin);
    EXPECT_EQ(s.span.end, doc.tokens[s.token_end - 1].end);
    next_token = s.token_end;
  }
  EXPECT_EQ(next_token, doc.tokens.size());
  for (const auto& m : doc.multiword) {
    EXPECT_LT(m.first, m.last);
    EXPECT_EQ(doc.tokens[m.first].end, doc.tokens[m.first + 1].begin);
  }
}

TEST(FrontEnd, SplitsClitics) {
  Document doc = segmented("They don't know it's Anna's and we'll see; I can't.");
  EXPECT_THAT(tokens_of(doc), ElementsAre("They", "do", "n't", "know", "it", "'s", "Anna", "'s", "and", "we",
                                          "'ll", "see", ";", "I", "ca", "n't", "."));
  ASSERT_EQ(doc.multiword.size(), 5u);
  EXPECT_EQ(doc.multiword[0].first, 1u);
  EXPECT_EQ(doc.multiword[0].last, 2u);
  expect_consistent(doc);
}

TEST(FrontEnd, CurlyApostropheAndContractionsWithoutOne) {
  Document doc = segmented("The minister\u2019s aide said he dont know and cannot come.");
  EXPECT_THAT(tokens_of(doc), ElementsAre("The", "minister", "\u2019s", "aide", "said", "he", "do", "nt", "know",
                                          "and", "can", "not", "come", "."));
  EXPECT_EQ(doc.multiword.size(), 3u);
}

TEST(FrontEnd, KeepsAbbreviationsAndNumbers) {
  Document doc = segmented("Mr. Lee of the U.S. paid US$3.5 billion, or 1,000.5 units (12%) on Jan. 5, 2024.");
  EXPECT_THAT(tokens_of(doc),
              ElementsAre("Mr.", "Lee", "of", "the", "U.S.", "paid", "US$", "3.5", "billion", ",", "or", "1,000.5",
                          "units", "(", "12", "%", ")", "on", "Jan.", "5", ",", "2024", "."));
  EXPECT_EQ(doc.sentences.size(), 1u);
}

TEST(FrontEnd, UnitsSplitFromNumbersButNetworkGenerationsDoNot) {
  // EWT: "4G" is one word (a phone network), "$8K" and "10km" are two.
  Document doc = segmented("Its 5G network covers 10km and cost $8K, or 3.5g of gold.");
  EXPECT_THAT(tokens_of(doc), ElementsAre("Its", "5G", "network", "covers", "10", "km", "and", "cost", "$", "8",
                                          "K", ",", "or", "3.5", "g", "of", "gold", "."));
}

TEST(FrontEnd, HyphensAndSlashesFollowEwt) {
  Document doc = segmented("A well-known pre-war e-mail and/or 9/11 call to 555-123-4567 over 3-4 days.");
  EXPECT_THAT(tokens_of(doc), ElementsAre("A", "well", "-", "known", "pre-war", "e-mail", "and", "/", "or",
                                          "9/11", "call", "to", "555-123-4567", "over", "3", "-", "4", "days",
                                          "."));
}

TEST(FrontEnd, UrlsAndEmails) {
  Document doc = segmented("See https://example.org/a_b?x=1. Write to desk@example.com, or www.example.net.");
  EXPECT_THAT(tokens_of(doc), ElementsAre("See", "https://example.org/a_b?x=1", ".", "Write", "to",
                                          "desk@example.com", ",", "or", "www.example.net", "."));
  EXPECT_EQ(doc.sentences.size(), 2u);
}

TEST(FrontEnd, PunctuationRuns) {
  Document doc = segmented("Wait... really?! Yes -- \"no.\"");
  EXPECT_THAT(tokens_of(doc), ElementsAre("Wait", "...", "really", "?!", "Yes", "--", "\"", "no", ".", "\""));
}

TEST(FrontEnd, AbbreviationEndingASentenceGivesUpItsPeriod) {
  Document doc = segmented("They sell tea, rice etc. The shop, Acme Inc. in Lagos, opens at 7:30PM.");
  EXPECT_THAT(tokens_of(doc), ElementsAre("They", "sell", "tea", ",", "rice", "etc", ".", "The", "shop", ",", "Acme",
                                          "Inc.", "in", "Lagos", ",", "opens", "at", "7:30", "PM", "."));
  EXPECT_EQ(doc.sentences.size(), 2u);
}

TEST(FrontEnd, PluralPossessiveVersusClosingQuote) {
  Document doc = segmented("The ministers' talks on 'hostile states' ended; the 66k. figure stood.");
  EXPECT_THAT(tokens_of(doc), ElementsAre("The", "ministers", "'", "talks", "on", "'", "hostile", "states", "'",
                                          "ended", ";", "the", "66", "k", ".", "figure", "stood", "."));
  ASSERT_EQ(doc.multiword.size(), 1u);  // ministers' only
  EXPECT_EQ(doc.multiword[0].first, 1u);
}

TEST(FrontEnd, NonLatinScriptsKeptAsWritten) {
  Document doc = segmented("T\u00F4 L\u00E2m met \u4E60\u8FD1\u5E73 in H\u00E0 N\u1ED9i.");
  EXPECT_THAT(tokens_of(doc), ElementsAre("T\u00F4", "L\u00E2m", "met", "\u4E60\u8FD1\u5E73", "in", "H\u00E0",
                                          "N\u1ED9i", "."));
}

TEST(FrontEnd, SentencesAfterStopsQuotesAndBrackets) {
  Document doc = segmented("He left. \"We won,\" she said. (It rained.) Then Gen. Ky spoke. Dr. A. B. Cole came.");
  EXPECT_THAT(sentences_of(doc), ElementsAre("He left.", "\"We won,\" she said.", "(It rained.)",
                                             "Then Gen. Ky spoke.", "Dr. A. B. Cole came."));
  expect_consistent(doc);
}

TEST(FrontEnd, InitialIBeforeAnotherInitialIsNotTheEndOfASentence) {
  Document doc = segmented("Prime Minister I. K. Gujral met him. It was I. He left.");
  EXPECT_THAT(sentences_of(doc), ElementsAre("Prime Minister I. K. Gujral met him.", "It was I.", "He left."));
  EXPECT_THAT(tokens_of(doc), ElementsAre("Prime", "Minister", "I.", "K.", "Gujral", "met", "him", ".", "It", "was",
                                          "I", ".", "He", "left", "."));
  expect_consistent(doc);
}

TEST(FrontEnd, ADatelineIsASentenceOfItsOwn) {
  Document doc = segmented(
      "HANOI, July 18 (Sample Wire) - The prime minister arrived. He spoke.\n"
      "HO CHI MINH CITY (AP) -- Trade grew.\n"
      "NATO - the alliance - met.\n"
      "UN staff, in Geneva - and elsewhere - struck.\n"
      "The HANOI, July 18 (Wire) - office opened.");
  EXPECT_THAT(sentences_of(doc),
              ElementsAre("HANOI, July 18 (Sample Wire) -", "The prime minister arrived.", "He spoke.",
                          "HO CHI MINH CITY (AP) --", "Trade grew.", "NATO - the alliance - met.",
                          "UN staff, in Geneva - and elsewhere - struck.",
                          "The HANOI, July 18 (Wire) - office opened."));
  expect_consistent(doc);
}

TEST(FrontEnd, DecimalsAndAbbreviationsDoNotEndSentences) {
  Document doc = segmented("Growth was 3.5 per cent in the U.S. last year. The U.S. Senate voted. It ended in the U.S. The end.");
  EXPECT_THAT(sentences_of(doc), ElementsAre("Growth was 3.5 per cent in the U.S. last year.",
                                             "The U.S. Senate voted.", "It ended in the U.S.", "The end."));
  doc = segmented("Prof. Le of the Univ. of Hanoi spoke. He left.");
  EXPECT_THAT(sentences_of(doc), ElementsAre("Prof. Le of the Univ. of Hanoi spoke.", "He left."));
}

TEST(FrontEnd, HeadlinesListsAndLayoutDebris) {
  Document doc = segmented(
      "Talks resume in Geneva\nLatest\n![]() | |\n|\nThe envoys met on Monday.\n"
      "| A delegate arrives. (Photo: Agency) |\n- first point\n- second point\n");
  EXPECT_THAT(sentences_of(doc),
              ElementsAre("Talks resume in Geneva", "Latest", "The envoys met on Monday.", "A delegate arrives.",
                          "(Photo: Agency)", "- first point", "- second point"));
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    EXPECT_NE(doc.token_text(i), "|");
    EXPECT_EQ(doc.token_text(i).find("!["), std::string_view::npos);
  }
  expect_consistent(doc);
}

TEST(FrontEnd, NumberedListItems) {
  Document doc = segmented("Demands:\n1. A ceasefire\n2. Talks in May.\nIt rose by 2. Then it fell.");
  EXPECT_THAT(sentences_of(doc), ElementsAre("Demands:", "1. A ceasefire", "2. Talks in May.", "It rose by 2.",
                                             "Then it fell."));
}

TEST(FrontEnd, LineWrappedInLowercaseContinues) {
  Document doc = segmented("The delegation said that the\nagreement would be signed soon.");
  EXPECT_EQ(doc.sentences.size(), 1u);
}

TEST(FrontEnd, SpaceAfterMatchesText) {
  Document doc = segmented("Hi, (you) there.\n");
  EXPECT_THAT(tokens_of(doc), ElementsAre("Hi", ",", "(", "you", ")", "there", "."));
  EXPECT_THAT(doc.space_after, ElementsAre(0, 1, 0, 0, 1, 0, 1));
}

TEST(FrontEnd, DecomposedInputMapsBackToOriginal) {
  // "Tô Lâm" with combining accents (NFD): tokens must cover the original bytes.
  std::string nfd = "To\u0302 La\u0302m arrived.";
  Document doc = segmented(nfd);
  EXPECT_EQ(doc.normalized, "T\u00F4 L\u00E2m arrived.");
  EXPECT_THAT(tokens_of(doc), ElementsAre("To\u0302", "La\u0302m", "arrived", "."));
  expect_consistent(doc);
}

TEST(FrontEnd, EmptyAndBlankTexts) {
  EXPECT_TRUE(segmented("").tokens.empty());
  Document blank = segmented(" \n\t\n ");
  EXPECT_TRUE(blank.tokens.empty());
  EXPECT_TRUE(blank.sentences.empty());
}

TEST(FrontEnd, OffsetsStayValidOnArbitraryBytes) {
  // Every printable ASCII pattern and some multibyte characters, mixed.
  std::string soup;
  const std::string pieces[] = {"a", "B", "1", ".", ",", "'", "-", "/", "$", " ", "\n", "\u00E9", "\u2019", "(",
                                ")", "\"", "@", "#", "e\u0301", "\u4E2D", "|", "!", ":", "&", "_"};
  uint32_t state = 12345;
  for (int round = 0; round < 200; ++round) {
    soup.clear();
    for (int i = 0; i < 60; ++i) {
      state = state * 1103515245u + 12345u;
      soup += pieces[(state >> 16) % std::size(pieces)];
    }
    Document doc = segmented(soup);
    expect_consistent(doc);
  }
}

}  // namespace
}  // namespace entente::text
