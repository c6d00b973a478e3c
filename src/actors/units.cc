#include "actors/units.h"

namespace entente::actors {

namespace {

using Type = Unit::Type;

// The words between two units, folded and joined by spaces: "", "of the", ",".
std::string gap_text(const std::vector<Piece>& pieces, uint32_t from, uint32_t to) {
  std::string gap;
  for (uint32_t p = from; p < to; ++p) gap += (gap.empty() ? "" : " ") + pieces[p].folded;
  return gap;
}

// A national organisation's code names its country ("VNMPTY" -> VNM); an
// international one ("IGOUNO") stands for itself.
void set_organisation(const Dictionary& dictionary, Unit& unit, const std::string& code) {
  unit.organisation = code;
  if (code.size() >= 3 && dictionary.is_country(code.substr(0, 3))) unit.country = code.substr(0, 3);
}

Unit unit_from_atom(const Dictionary& dictionary, const Atom& atom) {
  Unit unit;
  unit.first = atom.first;
  unit.last = atom.last;
  unit.name_first = atom.first;
  unit.name_last = atom.last;
  if (atom.unknown()) {
    unit.type = Type::kName;
    unit.weak = atom.weak;
    return unit;
  }
  const Entry& entry = dictionary.entries()[atom.entries.front()];
  unit.sources.push_back(entry.source);
  const std::string code = entry.codes.empty() ? "" : entry.codes.front().code;
  switch (atom.kind) {
    case Kind::kPerson:
      unit.type = Type::kPerson;
      for (uint32_t id : atom.entries)
        if (dictionary.entries()[id].kind == Kind::kPerson) unit.people.push_back(id);
      break;
    case Kind::kCountry: unit.country = code.substr(0, 3); break;
    case Kind::kCapital:
      unit.country = code.substr(0, 3);
      unit.capital = true;
      break;
    case Kind::kOrganisation: set_organisation(dictionary, unit, code); break;
    case Kind::kAgent:
      unit.type = Type::kTitle;
      unit.role = code;
      unit.titled = true;
      break;
    case Kind::kTitle:
      unit.type = Type::kTitle;
      unit.titled = true;
      break;
    case Kind::kPlace:
    case Kind::kLanguage:
    case Kind::kThing: break;  // no actor: a bare unit without a country
  }
  return unit;
}

// Pass A: a unit grows by the next atom when the words between allow it.
bool extend(const Dictionary& dictionary, Unit& unit, const Atom& atom, const std::string& gap) {
  if (atom.unknown()) return false;
  const Entry& entry = dictionary.entries()[atom.entries.front()];
  const std::string code = entry.codes.empty() ? "" : entry.codes.front().code;
  bool bare_atom = atom.kind == Kind::kCountry || atom.kind == Kind::kOrganisation;
  bool absorbed = false;
  if (atom.kind == Kind::kAgent) {
    if (unit.type == Type::kBare && !unit.capital && (gap.empty() || gap == "'s" || gap == "'")) {
      unit.type = Type::kTitle;  // "Cuban foreign minister", "China's police"
      unit.role = code;
      unit.titled = absorbed = true;
    } else if (unit.type == Type::kTitle && gap.empty()) {
      if (unit.role.empty()) unit.role = code;  // "Communist Party of China Central Committee"
      absorbed = true;
    }
  } else if (bare_atom && unit.type == Type::kTitle && !unit.role.empty()) {
    if (gap == "of" || gap == "of the") {  // "President of Cuba"
      if (unit.country.empty() && unit.organisation.empty()) {
        if (atom.kind == Kind::kCountry) unit.country = code.substr(0, 3);
        else set_organisation(dictionary, unit, code);
      }
      absorbed = true;
    } else if (atom.kind == Kind::kCountry &&
               (gap == "to" || gap == "to the" || (unit.hosted && (gap == "and" || gap == "and the")))) {
      unit.hosted = absorbed = true;  // "Ambassador to Cuba and the Dominican Republic"
    }
  }
  if (absorbed) {
    unit.last = atom.last;
    unit.sources.push_back(entry.source);
  }
  return absorbed;
}

void absorb(Unit& into, const Unit& other) {
  into.last = other.last;
  into.titled = into.titled || other.titled;
  if (into.role.empty()) into.role = other.role;
  if (into.country.empty()) into.country = other.country;
  if (into.organisation.empty()) into.organisation = other.organisation;
  into.sources.insert(into.sources.end(), other.sources.begin(), other.sources.end());
}

bool is_name(const Unit& unit) { return unit.type == Type::kPerson || unit.type == Type::kName; }
bool joins_titles(const std::string& gap) { return gap == "," || gap == "and" || gap == ", and"; }

}  // namespace

std::vector<Unit> build_units(const Dictionary& dictionary, const std::vector<Piece>& pieces,
                              const std::vector<Atom>& atoms) {
  std::vector<Unit> units;
  for (const Atom& atom : atoms) {
    if (!units.empty() && extend(dictionary, units.back(), atom, gap_text(pieces, units.back().last, atom.first)))
      continue;
    units.push_back(unit_from_atom(dictionary, atom));
  }
  // Pass B: titles joined to a name before or after it ("President To Lam",
  // "Xi Jinping, General Secretary ... and Chinese President").
  auto gap = [&](size_t a, size_t b) { return gap_text(pieces, units[a].last, units[b].first); };
  auto title_chain_end = [&](size_t start) {  // last unit of the titles joined from `start`
    size_t end = start;
    while (end + 1 < units.size() && units[end + 1].type == Type::kTitle && joins_titles(gap(end, end + 1))) ++end;
    return end;
  };
  std::vector<Unit> merged;
  for (size_t i = 0; i < units.size();) {
    if (units[i].type == Type::kTitle) {
      size_t end = title_chain_end(i);
      std::string to_name = end + 1 < units.size() ? gap(end, end + 1) : "-";
      if (end + 1 < units.size() && is_name(units[end + 1]) && (to_name.empty() || to_name == ",")) {
        Unit person = units[end + 1];
        Unit titles = units[i];
        for (size_t t = i + 1; t <= end; ++t) absorb(titles, units[t]);
        absorb(titles, person);  // keeps the title's own country and role first
        titles.type = person.type;
        titles.people = person.people;
        titles.name_first = person.name_first;
        titles.name_last = person.name_last;
        titles.first = units[i].first;
        merged.push_back(std::move(titles));
        i = end + 2;
        continue;
      }
    } else if (is_name(units[i]) && !units[i].weak && i + 1 < units.size() && units[i + 1].type == Type::kTitle &&
               units[i + 1].titled && !units[i + 1].role.empty() && gap(i, i + 1) == ",") {
      size_t end = title_chain_end(i + 1);
      Unit person = units[i];
      Unit titles = units[i + 1];
      for (size_t t = i + 2; t <= end; ++t) absorb(titles, units[t]);
      person.last = titles.last;
      person.titled = true;
      person.role = titles.role;
      person.country = titles.country;
      person.organisation = titles.organisation;
      person.sources.insert(person.sources.end(), titles.sources.begin(), titles.sources.end());
      merged.push_back(std::move(person));
      i = end + 1;
      continue;
    }
    merged.push_back(units[i]);
    ++i;
  }
  return merged;
}

}  // namespace entente::actors
