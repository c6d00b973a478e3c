#include "store/sql_term.h"

namespace entente::store {

namespace {

Term join(const Term& a, const char* op, const Term& b) {
  Term out{"(" + a.sql + ") " + op + " (" + b.sql + ")", a.args};
  out.args.insert(out.args.end(), b.args.begin(), b.args.end());
  return out;
}

}  // namespace

Term operator&&(const Term& a, const Term& b) { return join(a, "AND", b); }
Term operator||(const Term& a, const Term& b) { return join(a, "OR", b); }
Term operator!(const Term& a) { return {"NOT (" + a.sql + ")", a.args}; }

int Term::bind(sql::Stmt& stmt, int first) const {
  for (const Arg& arg : args) {
    if (const auto* text = std::get_if<std::string>(&arg))
      stmt.bind(first++, *text);
    else
      stmt.bind(first++, std::get<int64_t>(arg));
  }
  return first;
}

}  // namespace entente::store
