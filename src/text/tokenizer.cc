#include "text/tokenizer.h"

#include <algorithm>

#include "text/abbreviations.h"
#include "text/chars.h"
#include "text/word_rules.h"

namespace entente::text {

namespace {

bool starts_with(std::string_view s, size_t at, std::string_view prefix) {
  return s.size() - at >= prefix.size() && s.compare(at, prefix.size(), prefix) == 0;
}

bool is_letter_at(std::string_view s, size_t at, size_t end) {
  return at < end && char_at(s, at).cls == CharClass::kLetter;
}
bool is_word_at(std::string_view s, size_t at, size_t end) {
  return at < end && is_word_class(char_at(s, at).cls);
}
bool is_digit_at(std::string_view s, size_t at, size_t end) {
  return at < end && is_ascii_digit(s[at]);
}

// Scans one line-bounded stretch of text (a "chunk": no white space inside)
// into words. Holds only references; one per chunk.
class ChunkLexer {
 public:
  ChunkLexer(std::string_view text, size_t begin, size_t end, std::vector<RawWord>& out,
             RawWord first)
      : s_(text), end_(end), at_(begin), out_(out), next_(first) {}

  void run() {
    while (at_ < end_) {
      if (url_or_email()) continue;
      Char c = char_at(s_, at_);
      if (is_word_class(c.cls)) {
        word();
      } else if (c.cls == CharClass::kControl) {
        at_ += c.length;  // zero-width and format characters separate nothing
      } else {
        punctuation(c);
      }
    }
  }

 private:
  void emit(size_t begin, size_t end, bool joined = false) {
    if (begin >= end) return;
    RawWord w = next_;
    w.begin = static_cast<uint32_t>(begin);
    w.end = static_cast<uint32_t>(end);
    w.joined = joined && !out_.empty();
    out_.push_back(w);
    next_ = RawWord{};  // later words in a chunk follow without a gap
  }

  // URLs and e-mail addresses are single tokens; trailing sentence
  // punctuation and unbalanced closing brackets are not part of them.
  bool url_or_email() {
    static constexpr std::string_view kSchemes[] = {"http://", "https://", "ftp://", "www.", "mailto:"};
    bool url = false;
    for (auto scheme : kSchemes)
      if (starts_with(s_, at_, scheme) && at_ + scheme.size() < end_) url = true;
    if (!url && !looks_like_email()) return false;
    size_t stop = end_;
    auto piece = s_.substr(at_, stop - at_);
    auto open = std::count(piece.begin(), piece.end(), '('), close = std::count(piece.begin(), piece.end(), ')');
    while (stop > at_ + 1) {
      char last = s_[stop - 1];
      if (last == ')') {
        if (open >= close) break;  // balanced: the bracket belongs to the URL
        --close;
      } else if (std::string_view(".,;:!?\"'>]}").find(last) == std::string_view::npos) {
        break;
      }
      --stop;
    }
    emit(at_, stop);
    at_ = stop;
    return true;
  }

  // name@domain.tld starting here, the local part made of word characters and . _ - +
  bool looks_like_email() const {
    size_t i = at_;
    while (i < end_ && (is_ascii_alnum(s_[i]) || s_[i] == '.' || s_[i] == '_' || s_[i] == '-' || s_[i] == '+')) ++i;
    if (i == at_ || i >= end_ || s_[i] != '@' || !is_ascii_alnum(s_[at_])) return false;
    size_t dot = s_.find('.', i + 1);
    return dot < end_ && dot > i + 1 && dot + 1 < end_ && is_ascii_alnum(s_[dot + 1]);
  }

  // A run of letters and digits with the joiners EWT keeps inside words.
  void word() {
    size_t begin = at_, segment = at_, i = at_;
    int hyphens = 0;
    while (true) {
      // letters and digits; a change from digits to a unit splits ("5pm")
      while (i < end_) {
        Char c = char_at(s_, i);
        if (!is_word_class(c.cls)) break;
        if (c.cls == CharClass::kLetter && i > segment && is_ascii_digit(s_[i - 1]) && is_ascii_digit(s_[segment])) {
          size_t letters_end = i;
          while (is_letter_at(s_, letters_end, end_)) letters_end += char_at(s_, letters_end).length;
          if (!is_word_at(s_, letters_end, end_) && is_unit_after_number(s_.substr(i, letters_end - i))) {
            finish_word(begin, i);
            return;
          }
        }
        i += c.length;
      }
      if (i >= end_) break;
      char c = s_[i];
      size_t after = i + 1;
      if (c == '.' && is_word_at(s_, after, end_) && !missing_space_after_period(begin, i)) {
        segment = i = after;  // U.S, 3.5, e.g, file.doc
      } else if (c == ',' && is_ascii_digit(s_[i - 1]) && all_digits_from(segment, i) &&
                 group_of_three_digits(after)) {
        i = after;  // 1,000
      } else if (c == ':' && is_ascii_digit(s_[i - 1]) && is_digit_at(s_, after, end_)) {
        i = after;  // 5:30
      } else if (c == '&' && is_ascii_upper(s_[i - 1]) && after < end_ && is_ascii_upper(s_[after])) {
        i = after;  // AT&T
      } else if (c == '_' && is_word_at(s_, after, end_)) {
        i = after;  // file_name, snake_case
      } else if (c == '-' && is_word_at(s_, after, end_) &&
                 hyphen_joins(s_.substr(segment, i - segment), segment_at(after), hyphens,
                              s_.substr(after + segment_at(after).size()).starts_with('-'))) {
        ++hyphens;
        segment = i = after;
      } else if (c == '/' && is_word_at(s_, after, end_) &&
                 slash_joins(s_.substr(segment, i - segment), segment_at(after))) {
        segment = i = after;
      } else if (Char a = char_at(s_, i); a.cls == CharClass::kApostrophe && is_letter_at(s_, i + a.length, end_)) {
        size_t letters = i + a.length, letters_end = letters;
        while (is_letter_at(s_, letters_end, end_)) letters_end += char_at(s_, letters_end).length;
        std::string_view suffix = s_.substr(letters, letters_end - letters);
        if (is_word_at(s_, letters_end, end_)) {
          segment = i = letters;  // O'Brien2 and the like: keep going
          continue;
        }
        if (is_clitic(suffix)) {  // he's, we're, I'll
          emit(begin, i);
          emit(i, letters_end, true);
          at_ = letters_end;
          return;
        }
        if ((suffix == "t" || suffix == "T") && i - begin >= 2 && (s_[i - 1] == 'n' || s_[i - 1] == 'N')) {
          emit(begin, i - 1);  // don't -> do n't; can't -> ca n't
          emit(i - 1, letters_end, true);
          at_ = letters_end;
          return;
        }
        segment = i = letters;  // O'Brien, rock'n'roll
        continue;
      } else {
        break;
      }
    }
    finish_word(begin, i);
  }

  // Emits [begin, end) with what may follow it: an abbreviation's period,
  // a plural possessive apostrophe, or a contraction split; "US$".
  void finish_word(size_t begin, size_t end) {
    std::string_view word = s_.substr(begin, end - begin);
    at_ = end;
    // "Inc.." is Inc. + . but "so..." is so + ...
    if (end < end_ && s_[end] == '.' && !(end + 2 < end_ && s_[end + 1] == '.' && s_[end + 2] == '.')) {
      Abbreviation kind = classify_abbreviation(word);
      // "I." ends a sentence far more often than it abbreviates, unless
      // another initial follows ("I. K. Gujral").
      bool initial_i = word == "I" && !initial_follows(end + 1);
      // "66k." and "17H.": a unit after a number, not an initial
      bool after_number = begin > 0 && is_ascii_digit(s_[begin - 1]);
      // EWT writes "etc" + "." when the abbreviation ends the sentence
      // (dotted forms like "U.S." keep their period even there).
      bool ends_sentence = kind == Abbreviation::kOther && word.size() > 1 &&
                           word.find('.') == std::string_view::npos && sentence_follows(end + 1);
      if ((kind == Abbreviation::kTitle || kind == Abbreviation::kOther) && !initial_i && !after_number &&
          !ends_sentence) {
        emit(begin, end + 1);
        at_ = end + 1;
        return;
      }
      if (kind == Abbreviation::kNumberTag && number_follows(end + 1)) {
        emit(begin, end + 1);
        at_ = end + 1;
        return;
      }
    }
    if (end + 1 < s_.size() && s_[end] == '.' && (s_[end + 1] == ' ' || s_[end + 1] == '\t') && word.size() <= 2 &&
        std::all_of(word.begin(), word.end(), is_ascii_digit) && at_line_start(begin)) {
      emit(begin, end + 1);  // "1. First item": a list number keeps its period
      at_ = end + 1;
      return;
    }
    if (end < end_ && s_[end] == '$' && word.size() <= 3 &&
        std::all_of(word.begin(), word.end(), is_ascii_upper) && is_digit_at(s_, end + 1, end_)) {
      emit(begin, end + 1);  // US$3.5 -> US$ 3.5
      at_ = end + 1;
      return;
    }
    if (size_t split = run_together_split(word)) {
      emit(begin, begin + split);
      emit(begin + split, end);
      return;
    }
    if (size_t split = contraction_split(word)) {
      emit(begin, begin + split);
      emit(begin + split, end, true);
      return;
    }
    emit(begin, end);
    // countries' -> countries + ' as one multiword token
    if (end < end_ && (word.back() == 's' || word.back() == 'S')) {
      Char a = char_at(s_, end);
      if (a.cls == CharClass::kApostrophe && !is_word_at(s_, end + a.length, end_) && !inside_single_quotes(begin)) {
        emit(end, end + a.length, true);
        at_ = end + a.length;
      }
    }
  }

  void punctuation(Char c) {
    size_t i = at_ + c.length;
    char b = s_[at_];
    if ((b == '#' || b == '@') && is_letter_at(s_, i, end_) && (at_ == 0 || is_space_class(char_at(s_, at_ - 1).cls))) {
      size_t before = out_.size();
      at_ = i;
      word();  // #hashtag, @mention: one token with their sign
      if (out_.size() > before) out_[before].begin = static_cast<uint32_t>(i - 1);
      return;
    }
    if (b == '.' || b == '!' || b == '?') {
      while (i < end_ && (s_[i] == '.' || s_[i] == '!' || s_[i] == '?')) ++i;  // "...", "?!"
    } else if (size_t n = emoticon_length(); n > 0) {
      i = at_ + n;
    } else if (c.code < 128 && std::string_view("-*=+#~_<>`'$").find(b) != std::string_view::npos) {
      while (i < end_ && s_[i] == b) ++i;  // "--", "***", "<<", "''"
    } else if (c.code == 0x2019 || c.code == 0x2018) {
      while (i < end_ && (starts_with(s_, i, "\u2019") || starts_with(s_, i, "\u2018"))) i += 3;
    }
    emit(at_, i);
    at_ = i;
  }

  // ":)", ":-(", ";)" and the like, when nothing but the chunk end follows.
  size_t emoticon_length() const {
    static constexpr std::string_view kFaces[] = {":-)", ":-(", ":-D", ":-P", ":)", ":(", ":D", ":P", ";)", ";-)", "=)", ":/"};
    for (auto face : kFaces)
      if (starts_with(s_, at_, face) && at_ + face.size() == end_ && at_ > 0 &&
          is_space_class(char_at(s_, at_ - 1).cls))
        return face.size();
    return 0;
  }

  // "quality.You" with the space forgotten: a lowercase word, a period, a
  // capitalised word. Domains ("google.com") and abbreviations stay whole.
  bool missing_space_after_period(size_t word_begin, size_t dot) const {
    if (dot - word_begin < 2) return false;
    for (size_t k = word_begin; k < dot; ++k)
      if (!is_ascii_lower(s_[k])) return false;
    return dot + 2 < end_ && is_ascii_upper(s_[dot + 1]) && is_ascii_lower(s_[dot + 2]);
  }

  bool all_digits_from(size_t from, size_t to) const {
    for (size_t k = from; k < to; ++k)
      if (!is_ascii_digit(s_[k])) return false;
    return from < to;
  }

  bool group_of_three_digits(size_t at) const {
    return at + 3 <= end_ && is_ascii_digit(s_[at]) && is_ascii_digit(s_[at + 1]) && is_ascii_digit(s_[at + 2]) &&
           !is_digit_at(s_, at + 3, end_);
  }

  // The run of letters and digits starting at `at`.
  std::string_view segment_at(size_t at) const {
    size_t e = at;
    while (is_word_at(s_, e, end_)) e += char_at(s_, e).length;
    return s_.substr(at, e - at);
  }

  // Only white space between the previous line break (or the text start) and `at`.
  bool at_line_start(size_t at) const {
    while (at > 0 && (s_[at - 1] == ' ' || s_[at - 1] == '\t')) --at;
    return at == 0 || s_[at - 1] == '\n' || s_[at - 1] == '\r';
  }

  // An opening single quote (' or U+2018 after a space, before a letter)
  // earlier on this line: then "s'" closes the quote, not a plural possessive.
  bool inside_single_quotes(size_t at) const {
    size_t line_start = at > 300 ? at - 300 : 0;  // quotes span a sentence or so
    size_t newline = s_.substr(line_start, at - line_start).rfind('\n');
    if (newline != std::string_view::npos) line_start += newline + 1;
    for (size_t p = at; p-- > line_start;) {
      bool quote = s_[p] == '\'' || (p + 3 <= s_.size() && s_.compare(p, 3, "\u2018") == 0);
      if (!quote) continue;
      size_t after = p + (s_[p] == '\'' ? 1 : 3);
      bool opens = (p == line_start || s_[p - 1] == ' ' || s_[p - 1] == '(') && is_letter_at(s_, after, s_.size());
      if (opens) return true;
    }
    return false;
  }

  // After optional spaces, the text ends, a line ends, or a typical
  // sentence start follows ("etc. The").
  bool sentence_follows(size_t at) const {
    while (at < s_.size() && (s_[at] == ' ' || s_[at] == '\t')) ++at;
    if (at >= s_.size() || s_[at] == '\n' || s_[at] == '\r') return true;
    size_t e = at;
    while (e < s_.size() && (is_ascii_upper(s_[e]) || is_ascii_lower(s_[e]))) ++e;
    return is_sentence_starter(s_.substr(at, e - at));
  }

  // An initial follows `at` after optional spaces: a capital and a period ("K.").
  bool initial_follows(size_t at) const {
    while (at < s_.size() && s_[at] == ' ') ++at;
    return at + 1 < s_.size() && is_ascii_upper(s_[at]) && s_[at + 1] == '.';
  }

  // A digit follows `at` after optional spaces (No. 5).
  bool number_follows(size_t at) const {
    while (at < s_.size() && s_[at] == ' ') ++at;
    return at < s_.size() && is_ascii_digit(s_[at]);
  }

  std::string_view s_;
  size_t end_, at_;
  std::vector<RawWord>& out_;
  RawWord next_;
};

// Markdown image placeholders "![alt](target)" on one line: layout, not text.
size_t markdown_image_end(std::string_view s, size_t at) {
  if (!starts_with(s, at, "![")) return 0;
  // Within this line, and placeholders are short: bounded searches keep
  // text without line breaks linear.
  std::string_view window = s.substr(0, std::min(s.size(), at + 4096));
  size_t line_end = window.find('\n', at);
  if (line_end == std::string_view::npos) line_end = window.size();
  s = window.substr(0, line_end);
  size_t middle = s.find("](", at + 2);
  if (middle == std::string_view::npos || middle >= line_end) return 0;
  size_t close = s.find(')', middle + 2);
  if (close == std::string_view::npos || close >= line_end) return 0;
  return close + 1;
}

}  // namespace

void tokenize(std::string_view text, std::vector<RawWord>& out) {
  size_t at = 0;
  RawWord gap;  // what separates the next word from the previous one
  int newlines = 0;
  while (at < text.size()) {
    Char c = char_at(text, at);
    if (is_space_class(c.cls)) {
      gap.space_before = true;
      // \r\n counts as one line break
      if (c.cls == CharClass::kNewline && !(text[at] == '\n' && at > 0 && text[at - 1] == '\r')) ++newlines;
      gap.break_before = static_cast<uint8_t>(std::max<int>(gap.break_before, std::min(newlines, 2)));
      at += c.length;
      continue;
    }
    if (size_t image_end = markdown_image_end(text, at)) {
      gap.space_before = true;
      gap.break_before = 2;
      at = image_end;
      continue;
    }
    size_t chunk_end = at;
    while (chunk_end < text.size() && !is_space_class(char_at(text, chunk_end).cls))
      chunk_end += char_at(text, chunk_end).length;
    std::string_view chunk = text.substr(at, chunk_end - at);
    if (chunk.find_first_not_of('|') == std::string_view::npos) {  // table pipes
      gap.space_before = true;
      gap.break_before = 2;
      at = chunk_end;
      continue;
    }
    ChunkLexer(text, at, chunk_end, out, gap).run();
    gap = RawWord{};
    newlines = 0;
    at = chunk_end;
  }
}

}  // namespace entente::text
