#include "pipeline/petrarch_eval.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace entente::pipeline {
namespace {

// The value of attribute `name` in a start tag, tolerating spaces around '='
// and either quote; "" when absent.
std::string attribute(const std::string& tag, const std::string& name) {
  for (size_t at = tag.find(name); at != std::string::npos; at = tag.find(name, at + 1)) {
    if (at > 0 && std::isalnum(static_cast<unsigned char>(tag[at - 1]))) continue;
    size_t i = at + name.size();
    while (i < tag.size() && tag[i] == ' ') ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && tag[i] == ' ') ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) continue;
    char quote = tag[i];
    size_t end = tag.find(quote, i + 1);
    if (end == std::string::npos) return {};
    std::string value = tag.substr(i + 1, end - i - 1);
    std::erase(value, '"');
    std::erase(value, '\'');
    return value;
  }
  return {};
}

std::string collapse_space(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string element_text(const std::string& xml, size_t from, const std::string& name, size_t limit) {
  size_t open = xml.find("<" + name + ">", from);
  if (open == std::string::npos || open > limit) return {};
  size_t close = xml.find("</" + name + ">", open);
  if (close == std::string::npos) return {};
  return xml.substr(open + name.size() + 2, close - open - name.size() - 2);
}

size_t line_of(const std::string& xml, size_t offset) {
  return 1 + static_cast<size_t>(std::count(xml.begin(), xml.begin() + static_cast<long>(offset), '\n'));
}

}  // namespace

bool is_plain_actor(const std::string& code) {
  return code.size() == 3 || (code.size() == 6 && code.ends_with("GOV"));
}

PetrarchFiles read_petrarch_records(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string xml = buffer.str();
  PetrarchFiles out;
  const std::filesystem::path dir = file.parent_path();
  if (std::string actors = collapse_space(element_text(xml, 0, "Actorfile", xml.size())); !actors.empty())
    out.actor_file = dir / actors;
  if (std::string agents = collapse_space(element_text(xml, 0, "Agentfile", xml.size())); !agents.empty())
    out.agent_file = dir / agents;
  if (std::string verbs = collapse_space(element_text(xml, 0, "Verbfile", xml.size())); !verbs.empty())
    out.verb_file = dir / verbs;
  if (std::string discards = collapse_space(element_text(xml, 0, "Discardfile", xml.size())); !discards.empty())
    out.discard_file = dir / discards;
  const std::string name = file.filename().string();
  for (size_t at = xml.find("<Sentence "); at != std::string::npos; at = xml.find("<Sentence ", at + 1)) {
    const size_t tag_end = xml.find('>', at);
    const size_t end = xml.find("</Sentence>", at);
    if (tag_end == std::string::npos || end == std::string::npos)
      throw std::runtime_error(name + ":" + std::to_string(line_of(xml, at)) + ": unterminated <Sentence>");
    const std::string tag = xml.substr(at, tag_end - at);
    PetrarchRecord r;
    r.where = name + ":" + std::to_string(line_of(xml, at));
    r.id = attribute(tag, "id");
    r.category = attribute(tag, "category");
    std::string date = attribute(tag, "date");
    if (date.size() == 8) r.date = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
    r.text = collapse_space(element_text(xml, at, "Text", end));
    if (r.text.empty()) throw std::runtime_error(r.where + ": record " + r.id + " has no <Text>");
    bool error_record = false;
    for (size_t e = xml.find("<EventCoding", at); e != std::string::npos && e < end; e = xml.find("<EventCoding", e + 1)) {
      const std::string coding = xml.substr(e, xml.find('>', e) - e);
      if (coding.find("error") != std::string::npos) error_record = true;
      if (coding.find("noevents") != std::string::npos) r.no_events = true;
      std::string code = attribute(coding, "eventcode");
      if (!code.empty()) r.expected.push_back({attribute(coding, "sourcecode"), attribute(coding, "targetcode"), code});
    }
    if (!error_record) out.records.push_back(std::move(r));
  }
  return out;
}

PetrarchScore score_petrarch(const std::vector<PetrarchRecord>& records, const EngineImpl& engine,
                             const coding::PetrarchDiscards* discards) {
  PetrarchScore score;
  for (const PetrarchRecord& r : records) {
    Document doc;
    doc.id = r.id;
    doc.date = r.date;
    doc.text = r.text;
    engine.process(doc);
    const bool discarded = discards && !discards->match(r.text).empty();
    if (discarded) doc.events.clear();
    const bool plain = !r.expected.empty() && std::all_of(r.expected.begin(), r.expected.end(), [](const ExpectedEvent& x) {
      return is_plain_actor(x.source) && is_plain_actor(x.target);
    });
    auto count = [&](Agreement& a) {
      ++a.records;
      a.discarded += discarded;
      a.expected += r.expected.size();
      a.emitted += doc.events.size();
      if (r.no_events || r.expected.empty()) {
        ++a.silent_records;
        if (doc.events.empty()) ++a.silent_correct;
      }
      for (const ExpectedEvent& x : r.expected) {
        bool dyad = false, root = false, full = false;
        for (const Event& e : doc.events) {
          if (e.source.code != x.source || e.target.code != x.target) continue;
          dyad = true;
          root = root || e.cameo.substr(0, 2) == x.code.substr(0, 2);
          full = full || e.cameo == x.code;
        }
        a.dyad += dyad;
        a.dyad_root += root;
        a.full += full;
      }
      for (const Event& e : doc.events)
        a.emitted_correct += std::any_of(r.expected.begin(), r.expected.end(), [&](const ExpectedEvent& x) {
          return e.source.code == x.source && e.target.code == x.target && e.cameo.substr(0, 2) == x.code.substr(0, 2);
        });
    };
    Agreement before = score.all;
    count(score.all);
    if (plain) count(score.plain);
    if (score.all.full - before.full != r.expected.size() || (r.expected.empty() && !doc.events.empty())) {
      std::string line = r.id + " (" + r.category + "): expected";
      for (const ExpectedEvent& x : r.expected) line += " " + x.source + ">" + x.target + " " + x.code;
      if (r.expected.empty()) line += " nothing";
      line += "; got";
      for (const Event& e : doc.events) line += " " + e.source.code + ">" + e.target.code + " " + e.cameo;
      if (doc.events.empty()) line += " nothing";
      score.misses.push_back(line + "  | " + r.text.substr(0, 120));
    }
  }
  return score;
}

}  // namespace entente::pipeline
