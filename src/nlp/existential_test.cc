#include "nlp/existential.h"

#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace entente::nlp {
namespace {

using Words = std::vector<std::string_view>;

TEST(ExistentialTest, ThereBeforeAFormOfBeOpeningItsClauseIsExistential) {
  const Words will{"I", "suppose", "there", "will", "be", "a", "vote"};
  const Words will_xpos{"PRP", "VBP", "RB", "MD", "VB", "DT", "NN"};
  EXPECT_TRUE(is_existential_there(will, will_xpos, 2));
  const Words have{"There", "have", "been", "protests"};
  const Words have_xpos{"RB", "VBP", "VBN", "NNS"};
  EXPECT_TRUE(is_existential_there(have, have_xpos, 0));
  const Words still{"and", "there", "still", "are", "many"};
  const Words still_xpos{"CC", "RB", "RB", "VBP", "JJ"};
  EXPECT_TRUE(is_existential_there(still, still_xpos, 1));
  // A place: after a noun or a non-finite verb, or before no form of "be".
  const Words guards{"the", "guards", "there", "will", "be", "home"};
  const Words guards_xpos{"DT", "NNS", "RB", "MD", "VB", "NN"};
  EXPECT_FALSE(is_existential_there(guards, guards_xpos, 2));
  const Words went{"we", "went", "there", "today"};
  const Words went_xpos{"PRP", "VBD", "RB", "NN"};
  EXPECT_FALSE(is_existential_there(went, went_xpos, 2));
  EXPECT_FALSE(is_existential_there(went, went_xpos, 7));  // out of range
}

TEST(ExistentialTest, BeenAfterExistentialThereIsTheMainVerb) {
  const Words protests{"There", "have", "been", "protests"};
  const Words protests_xpos{"EX", "VBP", "VBN", "NNS"};
  EXPECT_TRUE(is_existential_been(protests, protests_xpos, 2));
  const Words would{"there", "would", "have", "been", "riots"};
  const Words would_xpos{"EX", "MD", "VB", "VBN", "NNS"};
  EXPECT_TRUE(is_existential_been(would, would_xpos, 3));
  // An auxiliary before a participle or gerund; no "there"; a place's "there".
  const Words done{"There", "has", "been", "done", "nothing"};
  const Words done_xpos{"EX", "VBZ", "VBN", "VBN", "NN"};
  EXPECT_FALSE(is_existential_been(done, done_xpos, 2));
  const Words it{"It", "has", "been", "hard"};
  const Words it_xpos{"PRP", "VBZ", "VBN", "JJ"};
  EXPECT_FALSE(is_existential_been(it, it_xpos, 2));
  const Words gotten{"we", "have", "gotten", "there", "has", "been", "better"};
  const Words gotten_xpos{"PRP", "VBP", "VBN", "RB", "VBZ", "VBN", "JJR"};
  EXPECT_FALSE(is_existential_been(gotten, gotten_xpos, 5));
}

}  // namespace
}  // namespace entente::nlp
