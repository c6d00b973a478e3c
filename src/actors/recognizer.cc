#include "actors/recognizer.h"

#include <chrono>
#include <unordered_set>

#include <fmt/format.h>

#include "actors/atoms.h"
#include "actors/coreference.h"
#include "actors/nationality_use.h"
#include "actors/pieces.h"
#include "actors/units.h"

namespace entente::actors {

namespace {

using Type = Unit::Type;

DateRange today() {
  auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{days};
  int32_t d = int(ymd.year()) * 10000 + int(unsigned(ymd.month())) * 100 + int(unsigned(ymd.day()));
  return {d, d};
}

// The period codes are resolved for: `iso_date`, else the publication date, else today.
DateRange period_of(std::string_view iso_date, const Document& doc) {
  for (std::string_view date : {iso_date, std::string_view(doc.date)})
    if (auto period = parse_period(date.substr(0, std::min<size_t>(date.size(), 10)))) return *period;
  return today();
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// The code a title phrase gives: its country (or organisation) with its role.
std::string title_code(const Unit& unit) {
  if (!unit.country.empty()) {
    if (!unit.role.empty()) return unit.country + unit.role;
    return unit.organisation.empty() ? unit.country : unit.organisation;
  }
  if (!unit.organisation.empty()) return unit.organisation;
  return unit.role.empty() ? "" : "---" + unit.role;
}

// A capital is a government only where an actor can stand: not after "in",
// "to"... (a place) nor before another name (a modifier: "Hanoi Light Rail").
bool capital_as_actor(const Document& doc, const std::vector<Piece>& pieces, const Unit& unit) {
  static const std::unordered_set<std::string> kLocative = {
      "in", "at", "to", "from", "near", "into", "of", "across", "around", "via", "outside", "toward",
      "towards", "inside", "within", "between", "through", "throughout", "visit", "visited", "visiting"};
  if (unit.first > 0 && kLocative.count(pieces[unit.first - 1].folded)) return false;
  if (unit.first > 0 && pieces[unit.first - 1].capitalized) return false;  // inside a longer name
  if (unit.last < pieces.size()) {
    const Piece& next = pieces[unit.last];
    if (next.capitalized) return false;
    bool tagged = doc.upos.size() == doc.tokens.size();
    if (tagged && (doc.upos[next.token] == "NOUN" || doc.upos[next.token] == "PROPN")) return false;
  }
  return true;
}

// True when a title phrase names one person ("the Chinese leader"), not a
// body or a group ("the Vietnamese Embassy", "the top leaders").
bool names_one_person(const std::vector<Piece>& pieces, const Unit& unit) {
  static const std::unordered_set<std::string> kPersonNouns = {
      "leader", "president", "premier", "minister", "ambassador", "envoy", "king", "queen", "chancellor",
      "secretary", "secretary-general", "chief", "spokesman", "spokeswoman", "spokesperson"};
  for (uint32_t p = unit.first; p < unit.last; ++p)
    if (kPersonNouns.count(pieces[p].folded)) return true;
  return false;
}

// The person among `candidates` in office in `period`, else the first.
std::pair<const Entry*, const DatedCode*> choose_person(const Dictionary& dictionary,
                                                        const std::vector<uint32_t>& candidates, DateRange period) {
  for (uint32_t id : candidates)
    if (const DatedCode* code = code_in(dictionary.entries()[id], period)) return {&dictionary.entries()[id], code};
  return {&dictionary.entries()[candidates.front()], nullptr};
}

// A person out of office on the date: their country's elite ("CHNELI").
std::string out_of_office_code(const Dictionary& dictionary, const Entry& person) {
  for (const DatedCode& code : person.codes)
    if (code.code.size() >= 3 && dictionary.is_country(code.code.substr(0, 3))) return code.code.substr(0, 3) + "ELI";
  return person.codes.empty() ? "" : person.codes.front().code;
}

class DocumentRecognizer {
 public:
  DocumentRecognizer(const Dictionary& dictionary, Document& doc)
      : dictionary_(dictionary), doc_(doc), period_(period_of("", doc)) {}

  void run() {
    doc_.mentions.clear();
    std::vector<DyadPhrase> dyads;
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      std::vector<Piece> pieces = sentence_pieces(doc_, s);
      std::vector<Atom> atoms = find_atoms(dictionary_, doc_, pieces);
      std::vector<Unit> units = build_units(dictionary_, pieces, atoms);
      size_t next_unit = 0;
      for (uint32_t p = 0; p < pieces.size(); ++p) {  // pronouns, in order with the units
        while (next_unit < units.size() && units[next_unit].first <= p) emit(s, pieces, units[next_unit++]);
        if (int antecedent = pronoun_antecedent(doc_, pieces[p], p == 0, memory_); antecedent >= 0)
          add_coref(s, pieces, p, p + 1, antecedent, "coref:pronoun", 0.6);
      }
      while (next_unit < units.size()) emit(s, pieces, units[next_unit++]);
      for (DyadPhrase& phrase : find_dyad_phrases(pieces, s)) dyads.push_back(phrase);
      memory_.next_sentence();
    }
    resolve_dyads(dictionary_, dyads, doc_);
  }

 private:
  ActorMention base(uint32_t sentence, const std::vector<Piece>& pieces, uint32_t first, uint32_t last) const {
    ActorMention m;
    m.sentence = sentence;
    m.token_begin = pieces[first].token;
    m.token_end = pieces[last - 1].token + 1;
    m.span = {pieces[first].span.begin, pieces[last - 1].span.end};
    return m;
  }

  int add(ActorMention m, const std::string& code) {
    CodedActor coded = split_code(dictionary_, code);
    m.code = coded.code;
    m.country = coded.country;
    m.role = coded.role;
    doc_.mentions.push_back(std::move(m));
    return int(doc_.mentions.size()) - 1;
  }

  void add_coref(uint32_t sentence, const std::vector<Piece>& pieces, uint32_t first, uint32_t last, int antecedent,
                 const char* rule, double certainty) {
    ActorMention m = base(sentence, pieces, first, last);
    m.rule = rule;
    m.antecedent = antecedent;
    m.certainty = certainty;
    std::string code = doc_.mentions[antecedent].code;
    add(std::move(m), code);
  }

  void emit(uint32_t sentence, const std::vector<Piece>& pieces, const Unit& unit) {
    ActorMention m = base(sentence, pieces, unit.first, unit.last);
    std::vector<Piece> name(pieces.begin() + unit.name_first, pieces.begin() + unit.name_last);
    switch (unit.type) {
      case Type::kBare: {
        if (unit.country.empty() && unit.organisation.empty()) return;  // a place name
        if (unit.capital && !capital_as_actor(doc_, pieces, unit)) return;
        std::string code = unit.capital ? unit.country + "GOV" : title_code(unit);
        switch (nationality_use(dictionary_, doc_, sentence, pieces, unit)) {
          case NationalityUse::kActor: break;
          case NationalityUse::kPeople: code = unit.country + "CVL"; break;
          case NationalityUse::kLanguage:
          case NationalityUse::kDescription: return;  // "in Spanish", "Vietnamese coffee"
        }
        m.rule = join(unit.sources, "+");
        add(std::move(m), code);
        return;
      }
      case Type::kTitle: {
        // A role noun without a country ("officials", "the Ambassador") or an
        // honorific alone is not an actor we can code.
        if (unit.country.empty() && unit.organisation.empty()) return;
        std::string code = title_code(unit);
        m.rule = join(unit.sources, "+");
        // "the Chinese leader" after a Chinese leader was named.
        auto earlier = memory_.by_code.find(code);
        if (unit.first > 0 && pieces[unit.first - 1].folded == "the" && earlier != memory_.by_code.end() &&
            names_one_person(pieces, unit)) {
          m.rule = "coref:title";
          m.antecedent = earlier->second;
          m.certainty = 0.8;
        }
        add(std::move(m), code);
        return;
      }
      case Type::kPerson: {
        auto [person, dated] = choose_person(dictionary_, unit.people, period_);
        std::string code = dated ? dated->code : out_of_office_code(dictionary_, *person);
        // Out of office on the date but titled in the text ("President Ho Chi
        // Minh", "Premier Zhou Enlai"): the text's role, unless "former".
        bool former = unit.first > 0 && pieces[unit.first - 1].folded == "former";
        if (!dated && !unit.role.empty() && !former && code.size() >= 3)
          code = (unit.country.empty() ? code.substr(0, 3) : unit.country) + unit.role;
        std::vector<std::string> sources{person->source};
        for (const std::string& source : unit.sources)
          if (source != person->source) sources.push_back(source);
        m.rule = join(sources, "+");
        memory_.remember_person(doc_, add(std::move(m), code), name, true);
        return;
      }
      case Type::kName: {
        if (resolve_remembered_name(sentence, pieces, unit)) return;
        // An unknown name is coded only by a title that names a country or organisation.
        if (unit.country.empty() && unit.organisation.empty()) return;
        std::string code = title_code(unit);
        m.rule = join(unit.sources, "+");
        m.certainty = 0.8;
        memory_.remember_person(doc_, add(std::move(m), code), name, false);
        return;
      }
    }
  }

  // An unknown name seen before ("Le Quang Long" after "Ambassador Le Quang
  // Long"), or a known person's surname ("Xi"): a coreference mention. A
  // capitalised word before the name ("Later Le Quang Long") is skipped.
  bool resolve_remembered_name(uint32_t sentence, const std::vector<Piece>& pieces, const Unit& unit) {
    for (uint32_t from = unit.name_first; from < unit.name_last; ++from) {
      std::string key;
      for (uint32_t p = from; p < unit.name_last; ++p) key += pieces[p].folded;
      uint32_t first = from == unit.name_first ? unit.first : from;
      if (auto known = memory_.names.find(key); known != memory_.names.end()) {
        add_coref(sentence, pieces, first, unit.last, known->second, "coref:name", 0.9);
        memory_.current_people.push_back(int(doc_.mentions.size()) - 1);
        return true;
      }
      if (from + 1 == unit.name_last)
        if (auto surname = memory_.surnames.find(key); surname != memory_.surnames.end()) {
          add_coref(sentence, pieces, first, unit.last, surname->second, "coref:surname", 0.8);
          memory_.current_people.push_back(int(doc_.mentions.size()) - 1);
          return true;
        }
    }
    return false;
  }

  const Dictionary& dictionary_;
  Document& doc_;
  DateRange period_;
  DocMemory memory_;
};

}  // namespace

CodedActor split_code(const Dictionary& dictionary, std::string_view code) {
  CodedActor out;
  out.code = std::string(code);
  if (code.size() < 3) return out;
  std::string_view head = code.substr(0, 3);
  if (head == "---") {
    out.role = std::string(code.substr(3, 3));
  } else if (dictionary.is_country(head)) {
    out.country = std::string(head);
    if (code.size() >= 6) out.role = std::string(code.substr(3, 3));
  } else if (const Part* part = dictionary.codes().find(head); part && *part == Part::kRole && code.size() == 3) {
    out.role = std::string(head);  // an agent's role alone
  } else {
    out.country = std::string(code);  // "IGOUNO": the organisation stands for itself
    out.role = std::string(head);
  }
  return out;
}

Recognizer::Recognizer(const Dictionary& dictionary) : dictionary_(dictionary) {}

void Recognizer::recognize(Document& doc) const { DocumentRecognizer(dictionary_, doc).run(); }

CodedActor Recognizer::code_on(const Document& doc, const ActorMention& m, std::string_view iso_date) const {
  const ActorMention* mention = &m;
  // Coreference mentions stand for their antecedent (a dyad member is already a country).
  for (int hops = 0; hops < 8 && mention->antecedent >= 0 && mention->rule.starts_with("coref:") &&
                     mention->rule != "coref:dyad" && size_t(mention->antecedent) < doc.mentions.size();
       ++hops)
    mention = &doc.mentions[mention->antecedent];
  DateRange period = period_of(iso_date, doc);
  std::string_view rule = mention->rule;
  while (!rule.empty()) {
    size_t plus = rule.find('+');
    const Entry* entry = dictionary_.entry_at(rule.substr(0, plus));
    if (entry && entry->kind == Kind::kPerson) {
      const DatedCode* code = code_in(*entry, period);
      return split_code(dictionary_, code ? code->code : out_of_office_code(dictionary_, *entry));
    }
    if (plus == std::string_view::npos) break;
    rule.remove_prefix(plus + 1);
  }
  return {m.code, m.country, m.role};
}

}  // namespace entente::actors
