#pragma once
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "store/sqlite.h"

// A piece of a WHERE clause with its parameters, so that queries are built
// from parts and still bound, never spliced in as text.
namespace entente::store {

struct Term {
  using Arg = std::variant<std::string, int64_t>;
  std::string sql = "1";
  std::vector<Arg> args;

  static Term of(std::string sql, std::vector<Arg> args = {}) { return {std::move(sql), std::move(args)}; }
  friend Term operator&&(const Term& a, const Term& b);
  friend Term operator||(const Term& a, const Term& b);
  friend Term operator!(const Term& a);

  // Binds args to parameters first, first+1, ...; returns the next index.
  int bind(sql::Stmt& stmt, int first = 1) const;
};

}  // namespace entente::store
