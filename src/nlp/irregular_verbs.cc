#include "nlp/irregular_verbs.h"

#include <unordered_map>

namespace entente::nlp {
namespace {

// "base past participle", alternatives joined by '|'. Prefixed verbs are
// listed one by one rather than derived, since a prefix rule would also read
// "outlet", "resent" or "upkeep" as verb forms.
constexpr std::string_view kVerbs[] = {
    "abide abode|abided abode|abided", "arise arose arisen", "awake awoke awoken",
    "bear bore borne|born", "beat beat beaten|beat", "become became become", "befall befell befallen",
    "begin began begun", "behold beheld beheld", "bend bent bent", "beset beset beset", "bet bet bet",
    "bid bid bid", "bind bound bound", "bite bit bitten", "bleed bled bled", "blow blew blown",
    "break broke broken", "breed bred bred", "bring brought brought", "broadcast broadcast broadcast",
    "build built built", "burn burned|burnt burned|burnt", "burst burst burst", "buy bought bought",
    "cast cast cast", "catch caught caught", "choose chose chosen", "cling clung clung",
    "come came come", "cost cost cost", "creep crept crept", "cut cut cut", "deal dealt dealt",
    "dig dug dug", "dive dived|dove dived", "do did done", "draw drew drawn",
    "dream dreamed|dreamt dreamed|dreamt", "drink drank drunk", "drive drove driven",
    "dwell dwelt|dwelled dwelt|dwelled", "eat ate eaten", "fall fell fallen", "feed fed fed",
    "feel felt felt", "fight fought fought", "find found found", "flee fled fled", "fling flung flung",
    "fly flew flown", "forbid forbade|forbid forbidden", "forecast forecast|forecasted forecast|forecasted",
    "foresee foresaw foreseen", "foretell foretold foretold", "forget forgot forgotten",
    "forgive forgave forgiven", "forgo forwent forgone", "forsake forsook forsaken", "freeze froze frozen",
    "get got got|gotten", "give gave given", "go went gone", "grind ground ground", "grow grew grown",
    "hang hung|hanged hung|hanged", "have had had", "hear heard heard", "hide hid hidden", "hit hit hit",
    "hold held held", "hurt hurt hurt", "keep kept kept", "kneel knelt|kneeled knelt|kneeled",
    "know knew known", "lay laid laid", "lead led led", "lean leaned|leant leaned|leant",
    "leap leaped|leapt leaped|leapt", "learn learned|learnt learned|learnt", "leave left left",
    "lend lent lent", "let let let", "lie lay lain", "light lit|lighted lit|lighted", "lose lost lost",
    "make made made", "mean meant meant", "meet met met", "mislead misled misled",
    "mistake mistook mistaken", "misunderstand misunderstood misunderstood", "outbid outbid outbid",
    "outdo outdid outdone", "outgrow outgrew outgrown", "outrun outran outrun", "overcome overcame overcome",
    "overdo overdid overdone", "overhear overheard overheard", "override overrode overridden",
    "overrun overran overrun", "oversee oversaw overseen", "overtake overtook overtaken",
    "overthrow overthrew overthrown", "pay paid paid", "plead pleaded|pled pleaded|pled",
    "prove proved proved|proven", "put put put", "quit quit quit", "read read read", "rebuild rebuilt rebuilt",
    "redo redid redone", "remake remade remade", "repay repaid repaid", "rerun reran rerun",
    "resell resold resold", "retell retold retold", "rethink rethought rethought", "rewrite rewrote rewritten",
    "rid rid rid", "ride rode ridden", "ring rang rung", "rise rose risen", "run ran run", "say said said",
    "see saw seen", "seek sought sought", "sell sold sold", "send sent sent", "set set set",
    "sew sewed sewn|sewed", "shake shook shaken", "shed shed shed", "shine shone|shined shone|shined",
    "shoot shot shot", "show showed shown|showed", "shrink shrank|shrunk shrunk", "shut shut shut",
    "sing sang sung", "sink sank sunk", "sit sat sat", "slay slew slain", "sleep slept slept",
    "slide slid slid", "sling slung slung", "slit slit slit", "sneak sneaked|snuck sneaked|snuck",
    "sow sowed sown|sowed", "speak spoke spoken", "speed sped|speeded sped|speeded", "spend spent spent",
    "spill spilled|spilt spilled|spilt", "spin spun spun", "spit spat|spit spat|spit", "split split split",
    "spoil spoiled|spoilt spoiled|spoilt", "spread spread spread", "spring sprang|sprung sprung",
    "stand stood stood", "steal stole stolen", "stick stuck stuck", "sting stung stung",
    "stink stank|stunk stunk", "stride strode stridden", "strike struck struck|stricken",
    "string strung strung", "strive strove|strived striven|strived", "swear swore sworn",
    "sweep swept swept", "swell swelled swollen|swelled", "swim swam swum", "swing swung swung",
    "take took taken", "teach taught taught", "tear tore torn", "tell told told", "think thought thought",
    "thrive thrived|throve thrived|thriven", "throw threw thrown", "thrust thrust thrust",
    "tread trod trodden|trod", "undercut undercut undercut", "undergo underwent undergone",
    "underlie underlay underlain", "understand understood understood", "undertake undertook undertaken",
    "underwrite underwrote underwritten", "undo undid undone", "uphold upheld upheld", "upset upset upset",
    "wake woke|waked woken|waked", "wear wore worn", "weave wove|weaved woven|weaved", "wed wed|wedded wed|wedded",
    "weep wept wept", "wet wet|wetted wet|wetted", "win won won", "wind wound wound",
    "withdraw withdrew withdrawn", "withhold withheld withheld", "withstand withstood withstood",
    "wring wrung wrung", "write wrote written",
};

// Past forms that are also everyday nouns or names of things.
constexpr std::string_view kAlsoNouns[] = {
    "bore", "bound", "dove", "felt", "fell", "found", "ground", "left", "lit", "rose", "saw", "slew", "spat", "wound",
};

using FormTable = std::unordered_map<std::string_view, IrregularVerbForm>;

// Calls f(form) for each '|'-separated alternative of `field`.
template <typename F> void for_each_alternative(std::string_view field, F f) {
  for (size_t start = 0;;) {
    const size_t bar = field.find('|', start);
    f(field.substr(start, bar - start));
    if (bar == std::string_view::npos) return;
    start = bar + 1;
  }
}

FormTable build_table() {
  FormTable table;
  for (std::string_view entry : kVerbs) {
    const size_t first = entry.find(' '), second = entry.find(' ', first + 1);
    const std::string_view base = entry.substr(0, first);
    const std::string_view past = entry.substr(first + 1, second - first - 1);
    const std::string_view participle = entry.substr(second + 1);
    table[base].forms |= kBaseForm;
    for (auto [field, bit] : {std::pair{past, kPastTenseForm}, std::pair{participle, kPastParticipleForm}})
      for_each_alternative(field, [&](std::string_view form) {
        IrregularVerbForm& known = table[form];
        known.forms |= bit;
        if (known.past_of.empty() && form != base) known.past_of = base;  // "lay": of "lie"
      });
  }
  for (std::string_view noun : kAlsoNouns) table[noun].forms |= kAlsoNounForm;
  return table;
}

}  // namespace

IrregularVerbForm irregular_verb_form(std::string_view lower) {
  static const FormTable table = build_table();
  const auto it = table.find(lower);
  return it == table.end() ? IrregularVerbForm{} : it->second;
}

}  // namespace entente::nlp
