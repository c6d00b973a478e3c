#pragma once
#include <string>
#include <string_view>

namespace entente::input {

struct HtmlArticle {
  std::string title;
  std::string date;  // from article:published_time / <time datetime>, may be empty
  std::string text;  // main text, one paragraph per line
};

// Extracts an article's main text: prefers <article> or <main>, keeps block
// elements (headings, paragraphs, list items, quotes) as lines and drops
// scripts, styles, navigation, headers, footers, asides and forms.
HtmlArticle extract_article(std::string_view html);

}  // namespace entente::input
