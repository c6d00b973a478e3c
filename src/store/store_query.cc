// The read side of the store: event pages, dyad series, partners, actors,
// documents. Every query is built from bound Terms (sql_term.h).
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <unordered_map>

#include "store/dates.h"
#include "store/event_row.h"
#include "store/schema.h"
#include "store/sql_term.h"
#include "store/store.h"
#include "store/store_impl.h"

namespace entente::store {

namespace {

const std::string kSelectEvent = std::string("SELECT id, doc, ") + kEventColumns + " FROM events";

// Metadata and texts of the documents of recently read events (events of
// one page or export stretch often share documents).
class DocCache {
 public:
  explicit DocCache(Store::Impl& impl) : impl_(impl) {}
  const Document& meta(int64_t doc) { return entry(doc).meta; }
  std::string_view text(int64_t doc) {
    Entry& e = entry(doc);
    if (!e.has_text) e.meta.text = impl_.text_of_doc(doc), e.has_text = true;
    return e.meta.text;
  }

 private:
  struct Entry {
    Document meta;
    bool has_text = false;
  };
  Entry& entry(int64_t doc) {
    auto it = entries_.find(doc);
    if (it != entries_.end()) return it->second;
    if (entries_.size() > 512) entries_.clear();
    Entry& e = entries_[doc];
    sql::Stmt& get = impl_.cached("SELECT doc_id, date, title, source, url, lang FROM documents WHERE id = ?");
    get.bind(1, doc);
    if (get.step()) {
      e.meta.id = get.text(0);
      e.meta.date = get.text(1);
      e.meta.title = get.text(2);
      e.meta.source = get.text(3);
      e.meta.url = get.text(4);
      e.meta.lang = get.text(5);
    }
    get.reset();
    return e;
  }
  Store::Impl& impl_;
  std::unordered_map<int64_t, Entry> entries_;
};

// Reads the row of a kSelectEvent statement into an Event with doc_id.
Event read_row(const sql::Stmt& stmt, DocCache& docs) {
  int64_t doc = stmt.integer(1);
  Event event = read_event(stmt, 2, [&] { return docs.text(doc); });
  event.doc_id = docs.meta(doc).id;
  return event;
}

// "source" or "target" side matching an actor: its 3-letter key, and for a
// longer code, the code as a prefix of the side's code (CHNGOV matches
// CHNGOV and CHNGOVMIL).
Term side(const std::string& column, const std::string& key, const std::string& code) {
  Term term = Term::of(column + "_key = ?", {key});
  if (code.size() > 3)
    term = term && Term::of("substr(" + column + "_code, 1, ?) = ?",
                            {static_cast<int64_t>(code.size()), code});
  return term;
}

std::string cursor_of(std::string_view day, int64_t id) {
  return "c1:" + std::string(day) + ":" + std::to_string(id);
}

// Parses a cursor made by cursor_of, or throws QueryError("cursor").
std::pair<std::string, int64_t> parse_cursor(const std::string& cursor) {
  auto bad = [] { return QueryError("cursor", "not a cursor from a previous page"); };
  if (cursor.rfind("c1:", 0) != 0) throw bad();
  size_t colon = cursor.find(':', 3);
  if (colon == std::string::npos) throw bad();
  std::string day = cursor.substr(3, colon - 3);
  if (!day.empty() && !days_of(day)) throw bad();
  int64_t id = 0;
  const char* begin = cursor.data() + colon + 1;
  const char* end = cursor.data() + cursor.size();
  auto [ptr, ec] = std::from_chars(begin, end, id);
  if (ec != std::errc() || ptr != end || begin == end || id < 0) throw bad();
  return {day, id};
}

std::string escape_like(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

}  // namespace

Period parse_period(const std::string& text) {
  if (text == "year") return Period::kYear;
  if (text == "month") return Period::kMonth;
  if (text == "day") return Period::kDay;
  throw QueryError("by", "expected year, month or day");
}

std::string Store::Impl::text_of_doc(int64_t doc) {
  sql::Stmt& get = cached("SELECT texts.text FROM documents JOIN texts ON texts.id = documents.text_id WHERE documents.id = ?");
  get.bind(1, doc);
  std::string text = get.step() ? get.text(0) : "";
  get.reset();
  return text;
}

// Resolves an actor code to the side conditions: a 3-letter code is a key;
// a longer one is looked up for its country (falling back to its first
// segment) and matched as a code prefix.
struct ActorSides {
  Term source, target;
};

static ActorSides sides_of(Store::Impl& impl, const std::string& actor) {
  std::string key = actor.substr(0, 3);
  if (actor.size() > 3) {
    sql::Stmt& get = impl.cached("SELECT country FROM actors WHERE code = ?");
    get.bind(1, actor);
    if (get.step() && !get.view(0).empty()) key = get.text(0);
    get.reset();
  }
  return {side("source", key, actor), side("target", key, actor)};
}

EventPage Store::query_events(const EventQuery& q) const {
  impl_->start_clock();
  if (q.limit == 0) throw QueryError("limit", "must be at least 1");
  Term common;
  // Date filter: an event matches when its own period overlaps [first,
  // last]. Either it starts inside the range, or it started earlier and is
  // still running: then its period is the month, year or decade holding
  // `first`, so it starts on one of three known days. Two exact index
  // ranges instead of one open-ended scan.
  std::vector<Term> dated = {Term{}};
  if (!q.from.empty() || !q.to.empty()) {
    std::string first = q.from.empty() ? "0000-01-01" : bound_first_day("from", q.from);
    std::string last = q.to.empty() ? "9999-12-31" : bound_last_day("to", q.to);
    if (first > last) throw QueryError("from", "is after to");
    std::string month = first.substr(0, 8) + "01", year = first.substr(0, 4) + "-01-01";
    std::string decade = first.substr(0, 3) + "0-01-01";
    dated = {Term::of("day_lo >= ? AND day_lo <= ?", {first, last}),
             Term::of("day_lo IN (?, ?, ?) AND day_lo < ? AND day_hi >= ?", {month, year, decade, first, first})};
  }
  if (!q.root.empty()) {
    bool ok = q.root.size() == 2 && std::isdigit(static_cast<unsigned char>(q.root[0])) &&
              std::isdigit(static_cast<unsigned char>(q.root[1])) && q.root >= "01" && q.root <= "20";
    if (!ok) throw QueryError("root", "not a CAMEO root code 01..20");
    common = common && Term::of("root = ?", {q.root});
  }
  if (q.quad != 0) {
    if (q.quad < 0 || q.quad > 4) throw QueryError("quad", "not a quad class 1..4");
    common = common && Term::of("quad = ?", {int64_t{q.quad}});
  }
  if (!q.doc_id.empty())
    common = common && Term::of("doc = (SELECT id FROM documents WHERE doc_id = ?)", {q.doc_id});
  if (!q.cursor.empty()) {
    auto [day, id] = parse_cursor(q.cursor);
    common = common && Term::of("(day_lo, id) > (?, ?)", {day, id});
  }

  // Disjoint branches, each able to walk one index in (day_lo, id) order;
  // their pages are merged below.
  std::vector<Term> branches;
  if (!q.dyad_a.empty() || !q.dyad_b.empty()) {
    if (q.dyad_a.empty() || q.dyad_b.empty()) throw QueryError("dyad", "needs two actors");
    ActorSides a = sides_of(*impl_, q.dyad_a), b = sides_of(*impl_, q.dyad_b);
    Term a_to_b = a.source && b.target;
    branches.push_back(a_to_b);
    if (!q.directed) branches.push_back(b.source && a.target && !a_to_b);
  } else if (!q.actor.empty()) {
    ActorSides x = sides_of(*impl_, q.actor);
    branches.push_back(x.source);
    branches.push_back(x.target && !x.source);
  } else {
    branches.push_back(Term{});
  }
  if (!q.actor.empty() && !q.dyad_a.empty()) {
    ActorSides x = sides_of(*impl_, q.actor);
    for (Term& branch : branches) branch = branch && (x.source || x.target);
  }

  struct Row {
    std::string day;
    int64_t id;
    Event event;
  };
  std::vector<Term> parts;  // every actor branch with every date range
  for (const Term& branch : branches)
    for (const Term& range : dated) parts.push_back(branch && range);
  std::vector<Row> rows;
  DocCache docs(*impl_);
  for (const Term& part : parts) {
    Term where = part && common;
    sql::Stmt stmt(impl_->db, kSelectEvent + " WHERE " + where.sql + " ORDER BY day_lo, id LIMIT ?");
    int next = where.bind(stmt);
    stmt.bind(next, static_cast<int64_t>(q.limit + 1));
    while (stmt.step()) rows.push_back({stmt.text(5), stmt.integer(0), read_row(stmt, docs)});
  }
  std::sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return std::tie(a.day, a.id) < std::tie(b.day, b.id); });
  EventPage page;
  bool more = rows.size() > q.limit;
  if (more) rows.resize(q.limit);
  for (Row& row : rows) page.events.push_back(std::move(row.event));
  if (more) page.next_cursor = cursor_of(rows.back().day, rows.back().id);
  return page;
}

std::vector<DyadPeriod> Store::dyad(const std::string& a, const std::string& b, Period by) const {
  impl_->start_clock();
  ActorSides sa = sides_of(*impl_, a), sb = sides_of(*impl_, b);
  int64_t cut = by == Period::kYear ? 4 : by == Period::kMonth ? 7 : 10;
  std::map<std::string, DyadPeriod> periods;
  // Adds the per-period counts of events matching `where` to the slice picked by `slice`.
  auto tally = [&](const Term& where, Tally DyadPeriod::*slice, int sign) {
    sql::Stmt stmt(impl_->db, "SELECT substr(date, 1, ?) AS period, quad, count(*), total(goldstein) "
                              "FROM events WHERE date <> '' AND " + where.sql + " GROUP BY period, quad");
    stmt.bind(1, cut);
    where.bind(stmt, 2);
    while (stmt.step()) {
      DyadPeriod& p = periods[stmt.text(0)];
      Tally& t = p.*slice;
      int64_t quad = stmt.integer(1);
      t.count += sign * stmt.integer(2);
      t.quad[quad >= 1 && quad <= 4 ? quad : 0] += sign * stmt.integer(2);
      t.goldstein_sum += sign * stmt.real(3);
    }
  };
  Term a_to_b = sa.source && sb.target, b_to_a = sb.source && sa.target;
  tally(a_to_b, &DyadPeriod::a_to_b, +1);
  tally(b_to_a, &DyadPeriod::b_to_a, +1);
  for (auto& [label, p] : periods) {
    p.period = label;
    p.both = p.a_to_b;
    p.both.count += p.b_to_a.count;
    for (size_t i = 0; i < p.both.quad.size(); ++i) p.both.quad[i] += p.b_to_a.quad[i];
    p.both.goldstein_sum += p.b_to_a.goldstein_sum;
  }
  // An event can be in both directions only when both sides share a key
  // (CHN with CHN, or CHNGOV with CHNGOVMIL): count it once in `both`.
  if (a.substr(0, 3) == b.substr(0, 3) || a.size() > 3 || b.size() > 3)
    tally(a_to_b && b_to_a, &DyadPeriod::both, -1);
  std::vector<DyadPeriod> out;
  for (auto& [label, p] : periods) {
    p.period = label;
    if (p.both.count > 0) out.push_back(std::move(p));
  }
  return out;
}

std::vector<Partner> Store::partners(const std::string& actor, size_t limit) const {
  impl_->start_clock();
  ActorSides x = sides_of(*impl_, actor);
  std::map<std::string, Partner> found;
  auto collect = [&](const std::string& partner_column, const Term& where, bool partner_is_source) {
    sql::Stmt stmt(impl_->db, "SELECT " + partner_column + ", count(*), total(goldstein) FROM events WHERE " +
                                  where.sql + " GROUP BY " + partner_column);
    where.bind(stmt);
    while (stmt.step()) {
      std::string key = stmt.text(0);
      if (key.empty()) continue;
      Partner& p = found[key];
      p.actor = key;
      p.count += stmt.integer(1);
      (partner_is_source ? p.as_source : p.as_target) += stmt.integer(1);
      p.goldstein_sum += stmt.real(2);
    }
  };
  collect("target_key", x.source, false);
  collect("source_key", x.target && !x.source, true);
  found.erase(actor.substr(0, 3));  // an actor is not its own partner
  std::vector<Partner> out;
  for (auto& [key, p] : found) out.push_back(std::move(p));
  std::sort(out.begin(), out.end(), [](const Partner& a, const Partner& b) {
    return a.count != b.count ? a.count > b.count : a.actor < b.actor;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<ActorRow> Store::search_actors(const std::string& text, size_t limit) const {
  impl_->start_clock();
  std::string upper = text;
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  // LIKE is case-insensitive for ASCII, which covers codes and most names.
  sql::Stmt stmt(impl_->db,
                 "SELECT code, country, name, events FROM actors WHERE events > 0 AND "
                 "(code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\') "
                 "ORDER BY code <> ? , events DESC, code LIMIT ?");
  stmt.bind(1, escape_like(upper) + "%").bind(2, "%" + escape_like(text) + "%").bind(3, upper);
  stmt.bind(4, static_cast<int64_t>(limit));
  std::vector<ActorRow> out;
  while (stmt.step()) out.push_back({stmt.text(0), stmt.text(1), stmt.text(2), stmt.integer(3)});
  return out;
}

std::optional<Document> Store::document(const std::string& id) const {
  impl_->start_clock();
  sql::Stmt get(impl_->db,
                "SELECT documents.id, doc_id, date, title, source, url, lang, origin, texts.text "
                "FROM documents JOIN texts ON texts.id = documents.text_id WHERE doc_id = ?");
  get.bind(1, id);
  if (!get.step()) return std::nullopt;
  Document doc;
  int64_t row = get.integer(0);
  doc.id = get.text(1);
  doc.date = get.text(2);
  doc.title = get.text(3);
  doc.source = get.text(4);
  doc.url = get.text(5);
  doc.lang = get.text(6);
  doc.origin = get.text(7);
  doc.text = get.text(8);

  sql::Stmt sentences(impl_->db, "SELECT begin, end, token_begin, token_end FROM sentences WHERE doc = ? ORDER BY n");
  sentences.bind(1, row);
  while (sentences.step())
    doc.sentences.push_back({{static_cast<uint32_t>(sentences.integer(0)), static_cast<uint32_t>(sentences.integer(1))},
                             static_cast<uint32_t>(sentences.integer(2)), static_cast<uint32_t>(sentences.integer(3))});

  sql::Stmt mentions(impl_->db,
                     "SELECT sentence, token_begin, token_end, begin, end, code, country, role, rule, "
                     "antecedent, certainty FROM mentions WHERE doc = ? ORDER BY n");
  mentions.bind(1, row);
  while (mentions.step()) {
    ActorMention m;
    m.sentence = static_cast<uint32_t>(mentions.integer(0));
    m.token_begin = static_cast<uint32_t>(mentions.integer(1));
    m.token_end = static_cast<uint32_t>(mentions.integer(2));
    m.span = {static_cast<uint32_t>(mentions.integer(3)), static_cast<uint32_t>(mentions.integer(4))};
    m.code = mentions.text(5);
    m.country = mentions.text(6);
    m.role = mentions.text(7);
    m.rule = mentions.text(8);
    m.antecedent = static_cast<int>(mentions.integer(9));
    m.certainty = mentions.real(10);
    doc.mentions.push_back(std::move(m));
  }

  sql::Stmt events(impl_->db, kSelectEvent + " WHERE doc = ? ORDER BY id");
  events.bind(1, row);
  while (events.step()) {
    Event event = read_event(events, 2, [&] { return std::string_view(doc.text); });
    event.doc_id = doc.id;
    doc.events.push_back(std::move(event));
  }
  return doc;
}

std::vector<std::string> Store::document_ids() const {
  sql::Stmt stmt(impl_->db, "SELECT doc_id FROM documents ORDER BY id");
  std::vector<std::string> ids;
  while (stmt.step()) ids.push_back(stmt.text(0));
  return ids;
}

void Store::for_each_event(const std::function<void(const Event&, const Document&)>& fn) const {
  sql::Stmt stmt(impl_->db, kSelectEvent + " ORDER BY day_lo, id");
  DocCache docs(*impl_);
  while (stmt.step()) {
    Event event = read_row(stmt, docs);
    fn(event, docs.meta(stmt.integer(1)));
  }
}

Stats Store::stats() const {
  impl_->start_clock();
  Stats s;
  auto count = [&](const std::string& sql) {
    sql::Stmt stmt(impl_->db, sql);
    return stmt.step() ? stmt.integer(0) : 0;
  };
  s.documents = count("SELECT count(*) FROM documents");
  s.coded_documents = count("SELECT count(*) FROM documents WHERE coded = 1");
  s.sentences = count("SELECT count(*) FROM sentences");
  s.events = count("SELECT count(*) FROM events");
  s.mentions = count("SELECT count(*) FROM mentions");
  auto first = [&](const std::string& sql) {
    sql::Stmt stmt(impl_->db, sql);
    return stmt.step() ? stmt.text(0) : std::string();
  };
  s.first_event_date = first("SELECT date FROM events WHERE day_lo <> '' ORDER BY day_lo LIMIT 1");
  s.last_event_date = first("SELECT date FROM events WHERE day_lo <> '' ORDER BY day_lo DESC LIMIT 1");
  s.first_document_date = first("SELECT min(date) FROM documents WHERE date <> ''");
  s.last_document_date = first("SELECT max(date) FROM documents WHERE date <> ''");
  s.schema_version = schema_version(impl_->db);
  s.entente_version = get_meta("entente_version").value_or("");
  s.fingerprint = get_meta("fingerprint").value_or("");
  std::error_code error;
  auto size = std::filesystem::file_size(impl_->db.path(), error);
  s.file_bytes = error ? 0 : static_cast<int64_t>(size);
  return s;
}

}  // namespace entente::store
