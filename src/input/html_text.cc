#include "input/html_text.h"

#include <gumbo.h>

#include <cstring>

namespace entente::input {

namespace {

bool is_boilerplate(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_DIV:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TR: case GUMBO_TAG_BR:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD:
      return true;
    default:
      return false;
  }
}

const char* attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

// Class or id names that mark site chrome rather than the article.
bool looks_like_chrome(const GumboNode* node) {
  for (const char* name : {"class", "id", "role"}) {
    const char* value = attribute(node, name);
    if (!value) continue;
    for (const char* marker : {"menu", "navbar", "footer", "sidebar", "cookie", "share", "comment",
                               "related", "advert", "subscribe", "breadcrumb", "navigation"})
      if (std::strstr(value, marker)) return true;
  }
  return false;
}

void append_text(std::string& out, const char* text) {
  // Collapse runs of whitespace; paragraph breaks come from block elements.
  for (const char* p = text; *p; ++p) {
    bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
    } else {
      out.push_back(*p);
    }
  }
}

void end_line(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.back() != '\n') out.push_back('\n');
}

void collect(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT) {
    append_text(out, node->v.text.text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  GumboTag tag = node->v.element.tag;
  if (is_boilerplate(tag) || looks_like_chrome(node)) return;
  bool block = is_block(tag);
  if (block) end_line(out);
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i)
    collect(static_cast<const GumboNode*>(children.data[i]), out);
  if (block) end_line(out);
}

const GumboNode* find_first(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node->v.element.tag == tag) return node;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i)
    if (auto* found = find_first(static_cast<const GumboNode*>(children.data[i]), tag)) return found;
  return nullptr;
}

void find_date(const GumboNode* node, std::string& date) {
  if (!date.empty() || node->type != GUMBO_NODE_ELEMENT) return;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_META) {
    const char* property = attribute(node, "property");
    if (!property) property = attribute(node, "name");
    const char* content = attribute(node, "content");
    if (property && content &&
        (!std::strcmp(property, "article:published_time") || !std::strcmp(property, "date") ||
         !std::strcmp(property, "pubdate")))
      date = content;
  } else if (tag == GUMBO_TAG_TIME) {
    if (const char* when = attribute(node, "datetime")) date = when;
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i)
    find_date(static_cast<const GumboNode*>(children.data[i]), date);
}

}  // namespace

HtmlArticle extract_article(std::string_view html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  HtmlArticle article;
  if (const GumboNode* title = find_first(output->root, GUMBO_TAG_TITLE)) {
    for (unsigned i = 0; i < title->v.element.children.length; ++i) {
      auto* child = static_cast<const GumboNode*>(title->v.element.children.data[i]);
      if (child->type == GUMBO_NODE_TEXT) append_text(article.title, child->v.text.text);
    }
  }
  find_date(output->root, article.date);
  const GumboNode* main = find_first(output->root, GUMBO_TAG_ARTICLE);
  if (!main) main = find_first(output->root, GUMBO_TAG_MAIN);
  if (!main) main = find_first(output->root, GUMBO_TAG_BODY);
  if (!main) main = output->root;
  collect(main, article.text);
  end_line(article.text);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return article;
}

}  // namespace entente::input
