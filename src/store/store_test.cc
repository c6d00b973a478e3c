#include "store/store.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/sqlite.h"
#include "store/schema.h"

namespace entente::store {
namespace {

namespace fs = std::filesystem;

// A fresh store file in a temporary directory, removed afterwards.
class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("entente_store_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "store.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  std::string path_;
};

Document make_doc(const std::string& id, const std::string& text, const std::string& date = "2020-01-02") {
  Document doc;
  doc.id = id;
  doc.date = date;
  doc.title = "Title " + id;
  doc.text = text;
  return doc;
}

Event make_event(const std::string& id, const std::string& source, const std::string& target,
                 const std::string& date, const std::string& cameo, int quad, double goldstein) {
  Event e;
  e.event_id = id;
  e.date = date;
  e.date_precision = date.size() == 4 ? "year" : date.size() == 7 ? "month" : "day";
  e.source.code = source;
  e.source.country = source.substr(0, 3);
  e.source.text = source;
  e.target.code = target;
  e.target.country = target.substr(0, 3);
  e.cameo = cameo;
  e.cameo_root = cameo.substr(0, 2);
  e.quad_class = quad;
  e.goldstein = goldstein;
  return e;
}

std::vector<std::string> ids_of(const EventPage& page) {
  std::vector<std::string> ids;
  for (const Event& e : page.events) ids.push_back(e.event_id);
  return ids;
}

// A coded document with events between China, Vietnam and Cuba at several precisions.
Document coded_doc() {
  Document doc = make_doc("d1", "China met Vietnam. Vietnam thanked Cuba. Cuba protested.");
  doc.sentences = {{{0, 18}, 0, 4}, {{19, 40}, 4, 8}, {{41, 56}, 8, 11}};
  doc.mentions.push_back({0, 0, 1, {0, 5}, "CHN", "CHN", "", "test:1", -1, 1.0});
  doc.events = {
      make_event("e1", "CHN", "VNM", "1950-01-18", "042", 1, 1.9),
      make_event("e2", "VNMGOV", "CHN", "1979-02", "190", 4, -10.0),
      make_event("e3", "VNM", "CUB", "1960", "051", 1, 3.4),
      make_event("e4", "CHNGOV", "VNMGOV", "2025-12-31", "036", 1, 4.0),
      make_event("e5", "CUB", "USA", "2025-06-01", "111", 3, -2.0),
  };
  doc.events[0].mentions.push_back({0, {0, 18}, "China met Vietnam."});
  doc.events[0].trigger = {{6, 9}, "met"};
  doc.events[1].mentions.push_back({1, {19, 40}, "an evidence text not in the document"});
  doc.events[1].flags = {"reported"};
  doc.events[1].location = {"Hanoi", "VNM", 21.0, 105.8, true};
  return doc;
}

TEST_F(StoreTest, NewStoreHasCurrentSchemaAndWal) {
  auto store = Store::open(path_);
  Stats stats = store->stats();
  EXPECT_EQ(stats.schema_version, kSchemaVersion);
  EXPECT_EQ(stats.documents, 0);
  sql::Db db(path_, true);
  sql::Stmt mode(db, "PRAGMA journal_mode");
  ASSERT_TRUE(mode.step());
  EXPECT_EQ(mode.text(0), "wal");
}

TEST_F(StoreTest, PutDocumentSkipsSameContentAndRejectsDifferentUnlessReplace) {
  auto store = Store::open(path_);
  EXPECT_EQ(store->put_document(make_doc("a", "one"), false), PutResult::kAdded);
  Document moved = make_doc("a", "one");
  moved.origin = "elsewhere.jsonl:3";  // where it was read from is not content
  EXPECT_EQ(store->put_document(moved, false), PutResult::kUnchanged);
  EXPECT_EQ(store->put_document(make_doc("a", "two"), false), PutResult::kConflict);
  EXPECT_EQ(store->document("a")->text, "one");
  EXPECT_EQ(store->put_document(make_doc("a", "one", "2021-01-01"), false), PutResult::kConflict);
  EXPECT_EQ(store->put_document(make_doc("a", "two"), true), PutResult::kReplaced);
  EXPECT_EQ(store->document("a")->text, "two");
  EXPECT_EQ(store->stats().documents, 1);
  EXPECT_FALSE(store->document("missing").has_value());
}

TEST_F(StoreTest, IdenticalTextsAreStoredOnceAndFreedWhenUnused) {
  auto store = Store::open(path_);
  store->put_document(make_doc("a", "shared"), false);
  store->put_document(make_doc("b", "shared"), false);
  auto count_texts = [&] {
    sql::Db db(path_, true);
    sql::Stmt stmt(db, "SELECT count(*) FROM texts");
    stmt.step();
    return stmt.integer(0);
  };
  EXPECT_EQ(count_texts(), 1);
  store->put_document(make_doc("a", "changed"), true);
  store->put_document(make_doc("b", "changed too"), true);
  EXPECT_EQ(count_texts(), 2);  // "shared" is gone
  EXPECT_EQ(store->document("b")->text, "changed too");
}

TEST_F(StoreTest, SaveCodedRoundTripsEventsMentionsAndSentences) {
  auto store = Store::open(path_);
  Document doc = coded_doc();
  store->save_coded(doc);
  auto back = store->document("d1");
  ASSERT_TRUE(back.has_value());
  ASSERT_EQ(back->events.size(), doc.events.size());
  EXPECT_EQ(back->sentences.size(), 3u);
  EXPECT_EQ(back->sentences[1].span, (Span{19, 40}));
  ASSERT_EQ(back->mentions.size(), 1u);
  EXPECT_EQ(back->mentions[0].code, "CHN");
  const Event& e1 = back->events[0];
  EXPECT_EQ(e1.doc_id, "d1");
  EXPECT_EQ(e1.cameo, "042");
  ASSERT_EQ(e1.mentions.size(), 1u);
  EXPECT_EQ(e1.mentions[0].text, "China met Vietnam.");  // restored from the document text
  EXPECT_EQ(e1.trigger.span, (Span{6, 9}));
  EXPECT_EQ(e1.trigger.text, "met");
  const Event& e2 = back->events[1];
  EXPECT_EQ(e2.mentions[0].text, "an evidence text not in the document");
  EXPECT_EQ(e2.flags, std::vector<std::string>{"reported"});
  EXPECT_EQ(e2.location.name, "Hanoi");
  EXPECT_TRUE(e2.location.has_coordinates);
  EXPECT_DOUBLE_EQ(e2.location.lon, 105.8);
  EXPECT_EQ(e2.date, "1979-02");
  EXPECT_EQ(e2.date_precision, "month");
  EXPECT_EQ(e2.source.code, "VNMGOV");
  EXPECT_EQ(e2.source.text, "VNMGOV");
  Stats stats = store->stats();
  EXPECT_EQ(stats.events, 5);
  EXPECT_EQ(stats.mentions, 1);
  EXPECT_EQ(stats.sentences, 3);
  EXPECT_EQ(stats.first_event_date, "1950-01-18");
  EXPECT_EQ(stats.last_event_date, "2025-12-31");
}

TEST_F(StoreTest, RecodingReplacesEventsAndActorCounts) {
  auto store = Store::open(path_);
  Document doc = coded_doc();
  store->save_coded(doc);
  store->save_coded(doc);  // idempotent
  EXPECT_EQ(store->stats().events, 5);
  doc.events.resize(1);
  store->save_coded(doc);
  EXPECT_EQ(store->stats().events, 1);
  auto actors = store->search_actors("", 10);
  ASSERT_EQ(actors.size(), 2u);  // only CHN and VNM still have events
  EXPECT_EQ(actors[0].events, 1);
}

TEST_F(StoreTest, FailedSaveCodedLeavesEarlierEvents) {
  auto store = Store::open(path_);
  Document doc = coded_doc();
  store->save_coded(doc);
  // Fault injection: the fourth insert of the next save fails inside SQLite.
  char* error = nullptr;
  ASSERT_EQ(sqlite3_exec(store->handle(),
                         "CREATE TEMP TRIGGER fail BEFORE INSERT ON events WHEN NEW.event_id = 'boom' "
                         "BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
                         nullptr, nullptr, &error),
            SQLITE_OK)
      << error;
  Document changed = doc;
  changed.text = "China met Vietnam. Vietnam thanked Cuba. Cuba protested!";
  changed.events[3].event_id = "boom";
  EXPECT_THROW(store->save_coded(changed), StoreError);
  auto back = store->document("d1");
  EXPECT_EQ(back->text, doc.text);
  EXPECT_EQ(back->events.size(), 5u);
  EXPECT_EQ(back->events[3].event_id, "e4");
  EXPECT_EQ(store->stats().events, 5);
}

TEST_F(StoreTest, QueryFiltersByActorDyadRootQuad) {
  auto store = Store::open(path_);
  store->save_coded(coded_doc());
  EventQuery q;
  q.actor = "CHN";
  EXPECT_EQ(ids_of(store->query_events(q)), (std::vector<std::string>{"e1", "e2", "e4"}));
  q = {};
  q.actor = "VNMGOV";  // a code matches sides whose code starts with it
  EXPECT_EQ(ids_of(store->query_events(q)), (std::vector<std::string>{"e2", "e4"}));
  q = {};
  q.dyad_a = "VNM";
  q.dyad_b = "CHN";
  EXPECT_EQ(ids_of(store->query_events(q)), (std::vector<std::string>{"e1", "e2", "e4"}));
  q.directed = true;
  EXPECT_EQ(ids_of(store->query_events(q)), (std::vector<std::string>{"e2"}));
  q = {};
  q.root = "19";
  EXPECT_EQ(ids_of(store->query_events(q)), (std::vector<std::string>{"e2"}));
  q = {};
  q.quad = 1;
  q.actor = "CUB";
  EXPECT_EQ(ids_of(store->query_events(q)), (std::vector<std::string>{"e3"}));
  q = {};
  q.doc_id = "d1";
  EXPECT_EQ(store->query_events(q).events.size(), 5u);
  q.doc_id = "other";
  EXPECT_TRUE(store->query_events(q).events.empty());
}

TEST_F(StoreTest, PartialDatesCompareByTheirPeriods) {
  auto store = Store::open(path_);
  store->save_coded(coded_doc());
  auto between = [&](const std::string& from, const std::string& to) {
    EventQuery q;
    q.from = from;
    q.to = to;
    return ids_of(store->query_events(q));
  };
  using V = std::vector<std::string>;
  // Ordered by the first day of each event's period.
  EXPECT_EQ(between("1950", ""), (V{"e1", "e3", "e2", "e5", "e4"}));
  EXPECT_EQ(between("", "2025-12"), (V{"e1", "e3", "e2", "e5", "e4"}));  // 2025-12-31 is in 2025-12
  EXPECT_EQ(between("1950-01-19", "1979"), (V{"e3", "e2"}));
  EXPECT_EQ(between("1979-02-10", "1979-02-10"), (V{"e2"}));  // a month-precision event overlaps its days
  EXPECT_EQ(between("1960-07", "1960-07"), (V{"e3"}));        // a year-precision event overlaps its months
  EXPECT_EQ(between("1979-03", "2025-05"), (V{}));
  Document decade = make_doc("d2", "In the seventies.");
  decade.events = {make_event("e9", "CHN", "VNM", "1970", "042", 1, 1.9)};
  decade.events[0].date_precision = "decade";
  store->save_coded(decade);
  EXPECT_EQ(between("1975-05-05", "1976"), (V{"e9"}));  // started five years before the range
  EXPECT_EQ(between("1979-02-10", "1979-02-10"), (V{"e9", "e2"}));
  EXPECT_EQ(between("1980", "1990"), (V{}));
  EXPECT_THROW(between("2025-13", ""), QueryError);
  EXPECT_THROW(between("2020", "2019"), QueryError);
}

TEST_F(StoreTest, CursorPagesThroughEveryEventOnce) {
  auto store = Store::open(path_);
  Document doc = make_doc("many", "text");
  for (int i = 0; i < 57; ++i)
    doc.events.push_back(make_event("m" + std::to_string(i), i % 2 ? "CHN" : "VNM", i % 2 ? "VNM" : "CHN",
                                    "2001-0" + std::to_string(1 + i % 9), "042", 1, 1.0));
  store->save_coded(doc);
  EventQuery q;
  q.dyad_a = "CHN";
  q.dyad_b = "VNM";
  q.limit = 10;
  std::vector<std::string> seen;
  int pages = 0;
  do {
    EventPage page = store->query_events(q);
    for (const Event& e : page.events) seen.push_back(e.event_id);
    q.cursor = page.next_cursor;
    ++pages;
  } while (!q.cursor.empty());
  EXPECT_EQ(pages, 6);
  EXPECT_EQ(seen.size(), 57u);
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end());
  q.cursor = "c1:garbage";
  EXPECT_THROW(store->query_events(q), QueryError);
  q.cursor = "'; DROP TABLE events; --";
  EXPECT_THROW(store->query_events(q), QueryError);
}

TEST_F(StoreTest, DyadCountsEachDirectionPerPeriod) {
  auto store = Store::open(path_);
  Document doc = coded_doc();
  doc.events.push_back(make_event("e6", "CHN", "VNM", "1950-03-01", "190", 4, -10.0));
  store->save_coded(doc);
  auto years = store->dyad("CHN", "VNM", Period::kYear);
  ASSERT_EQ(years.size(), 3u);
  EXPECT_EQ(years[0].period, "1950");
  EXPECT_EQ(years[0].a_to_b.count, 2);
  EXPECT_EQ(years[0].b_to_a.count, 0);
  EXPECT_EQ(years[0].both.quad[1], 1);
  EXPECT_EQ(years[0].both.quad[4], 1);
  EXPECT_DOUBLE_EQ(*years[0].both.mean_goldstein(), (1.9 - 10.0) / 2);
  EXPECT_EQ(years[1].period, "1979");
  EXPECT_EQ(years[1].b_to_a.count, 1);
  EXPECT_EQ(years[2].period, "2025");
  auto months = store->dyad("CHN", "VNM", Period::kMonth);
  ASSERT_EQ(months.size(), 4u);
  EXPECT_EQ(months[0].period, "1950-01");
  EXPECT_EQ(months[1].period, "1950-03");
  EXPECT_EQ(months[2].period, "1979-02");
  // A year-precision event keeps its year label in a monthly series.
  auto vc = store->dyad("VNM", "CUB", Period::kMonth);
  ASSERT_EQ(vc.size(), 1u);
  EXPECT_EQ(vc[0].period, "1960");
  EXPECT_TRUE(store->dyad("CHN", "USA", Period::kYear).empty());
  EXPECT_THROW(parse_period("week"), QueryError);
}

TEST_F(StoreTest, PartnersAndActorSearch) {
  auto store = Store::open(path_);
  store->save_coded(coded_doc());
  auto partners = store->partners("VNM", 10);
  ASSERT_EQ(partners.size(), 2u);
  EXPECT_EQ(partners[0].actor, "CHN");
  EXPECT_EQ(partners[0].count, 3);
  EXPECT_EQ(partners[0].as_source, 2);  // e1 CHN->VNM, e4 CHNGOV->VNMGOV
  EXPECT_EQ(partners[0].as_target, 1);  // e2 VNMGOV->CHN
  EXPECT_EQ(partners[1].actor, "CUB");
  EXPECT_EQ(store->partners("VNM", 1).size(), 1u);
  auto found = store->search_actors("vnm", 10);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].code, "VNM");  // the exact code first
  EXPECT_EQ(found[0].events, 4);
  EXPECT_TRUE(store->search_actors("%", 10).empty());
  EXPECT_EQ(store->search_actors("", 100).size(), 6u);  // CHN VNM CUB USA VNMGOV CHNGOV
}

TEST_F(StoreTest, MetaAndTransactions) {
  auto store = Store::open(path_);
  store->set_meta("fingerprint", "abc");
  EXPECT_EQ(store->get_meta("fingerprint"), "abc");
  EXPECT_FALSE(store->get_meta("nothing").has_value());
  {
    auto tx = store->begin();
    store->put_document(make_doc("x", "rolled back"), false);
    EXPECT_THROW(store->begin(), StoreError);
  }  // destroyed without commit
  EXPECT_EQ(store->stats().documents, 0);
  auto tx = store->begin();
  store->put_document(make_doc("y", "kept"), false);
  tx.commit();
  EXPECT_EQ(Store::open(path_, true)->stats().documents, 1);
}

TEST_F(StoreTest, ReadOnlyStoreRefusesWrites) {
  Store::open(path_)->put_document(make_doc("a", "x"), false);
  auto store = Store::open(path_, true);
  EXPECT_THROW(store->put_document(make_doc("b", "y"), false), StoreError);
  EXPECT_THROW(Store::open((dir_ / "absent.db").string(), true), StoreError);
}

TEST_F(StoreTest, MigratesAVersionOneFile) {
  {
    sql::Db db(path_, false);
    register_functions(db);
    migrate(db, 1);
    db.exec("INSERT INTO documents(doc_id, date, title, source, url, lang, origin, text, content_hash) "
            "VALUES ('old', '1999-01-01', 't', 's', 'u', 'en', 'o', 'old text', 'x');"
            "INSERT INTO sentences(doc, n, begin, end) VALUES (1, 0, 0, 8);");
  }
  auto store = Store::open(path_);
  EXPECT_EQ(store->stats().schema_version, kSchemaVersion);
  auto doc = store->document("old");
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ(doc->text, "old text");
  EXPECT_EQ(doc->sentences.size(), 1u);
  EXPECT_EQ(store->put_document(make_doc("old", "new text"), false), PutResult::kConflict);
  store->save_coded(coded_doc());
  EXPECT_EQ(store->stats().events, 5);
}

TEST_F(StoreTest, RefusesNewerSchemaAndForeignFiles) {
  {
    sql::Db db(path_, false);
    db.exec("PRAGMA user_version = 99");
  }
  EXPECT_THROW(Store::open(path_), StoreError);
  std::string other = (dir_ / "other.db").string();
  {
    sql::Db db(other, false);
    db.exec("CREATE TABLE unrelated(x)");
  }
  EXPECT_THROW(Store::open(other), StoreError);
  std::string junk = (dir_ / "junk.db").string();
  { std::ofstream(junk) << "this is not a database at all, just some text that is long enough"; }
  EXPECT_THROW(Store::open(junk), StoreError);
}

}  // namespace
}  // namespace entente::store
