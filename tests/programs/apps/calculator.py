# A tokenizer and recursive-descent calculator with error reporting.
# The language: numbers (ints, floats, 0x/0b ints, exponents), variables, assignment, user
# functions (`def name(params) = expr`), calls to builtins, unary and binary operators with
# Python's precedence (** binds right, unary minus below **), comparisons that chain, `and`/`or`/
# `not`, and the conditional `a if cond else b`. Errors point at the offending column.
import math

KEYWORDS = {"def", "if", "else", "and", "or", "not"}
OPERATORS = ["**", "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "(", ")", ",", "=", "<", ">"]


class Token:
    __slots__ = ("kind", "text", "value", "pos")

    def __init__(self, kind, text, value, pos):
        self.kind, self.text, self.value, self.pos = kind, text, value, pos

    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"

    def is_op(self, *ops):
        return self.kind == "op" and self.text in ops


class CalcError(Exception):
    def __init__(self, message, pos=None):
        super().__init__(message)
        self.message = message
        self.pos = pos

    def report(self, source):
        lines = [f"error: {self.message}"]
        if self.pos is not None:
            lines.append("  " + source)
            lines.append("  " + " " * self.pos + "^")
        return "\n".join(lines)


class LexError(CalcError):
    pass


class ParseError(CalcError):
    pass


class EvalError(CalcError):
    pass


def tokenize(source):
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c.isspace():
            i += 1
            continue
        start = i
        if c.isdigit() or (c == "." and i + 1 < n and source[i + 1].isdigit()):
            if source.startswith(("0x", "0X"), i):
                i += 2
                while i < n and source[i] in "0123456789abcdefABCDEF_":
                    i += 1
                text = source[start:i]
                yield Token("num", text, int(text, 16), start)
                continue
            if source.startswith(("0b", "0B"), i):
                i += 2
                while i < n and source[i] in "01_":
                    i += 1
                text = source[start:i]
                yield Token("num", text, int(text, 2), start)
                continue
            while i < n and (source[i].isdigit() or source[i] in "._"):
                i += 1
            if i < n and source[i] in "eE":
                j = i + 1
                if j < n and source[j] in "+-":
                    j += 1
                if j < n and source[j].isdigit():
                    i = j
                    while i < n and source[i].isdigit():
                        i += 1
            text = source[start:i]
            try:
                value = float(text) if any(ch in text for ch in ".eE") else int(text)
            except ValueError:
                raise LexError(f"malformed number {text!r}", start) from None
            yield Token("num", text, value, start)
            continue
        if c.isalpha() or c == "_":
            while i < n and (source[i].isalnum() or source[i] == "_"):
                i += 1
            text = source[start:i]
            yield Token("kw" if text in KEYWORDS else "name", text, None, start)
            continue
        for op in OPERATORS:
            if source.startswith(op, i):
                i += len(op)
                yield Token("op", op, None, start)
                break
        else:
            raise LexError(f"unexpected character {c!r}", start)
    yield Token("end", "", None, n)


# AST nodes are tuples: ("num", v), ("var", name, pos), ("unary", op, e, pos), ("bin", op, l, r, pos),
# ("cmp", [ops], [exprs], pos), ("and"/"or", l, r), ("not", e), ("if", cond, a, b), ("call", name, args, pos)

class Parser:
    def __init__(self, source):
        self.source = source
        self.tokens = list(tokenize(source))
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def advance(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def expect(self, text):
        if not self.tok.is_op(text):
            raise ParseError(f"expected {text!r}, got {self.describe(self.tok)}", self.tok.pos)
        return self.advance()

    @staticmethod
    def describe(tok):
        return "end of input" if tok.kind == "end" else repr(tok.text)

    def statement(self):
        t = self.tok
        if t.kind == "kw" and t.text == "def":
            self.advance()
            name = self.advance()
            if name.kind != "name":
                raise ParseError("function name expected", name.pos)
            self.expect("(")
            params = []
            if not self.tok.is_op(")"):
                while True:
                    p = self.advance()
                    if p.kind != "name":
                        raise ParseError("parameter name expected", p.pos)
                    if p.text in params:
                        raise ParseError(f"duplicate parameter {p.text!r}", p.pos)
                    params.append(p.text)
                    if not self.tok.is_op(","):
                        break
                    self.advance()
            self.expect(")")
            self.expect("=")
            body = self.expression()
            stmt = ("def", name.text, params, body)
        elif t.kind == "name" and self.tokens[self.i + 1].is_op("="):
            self.advance()
            self.advance()
            stmt = ("assign", t.text, self.expression())
        else:
            stmt = ("expr", self.expression())
        if self.tok.kind != "end":
            raise ParseError(f"unexpected {self.describe(self.tok)}", self.tok.pos)
        return stmt

    def expression(self):
        e = self.disjunction()
        if self.tok.kind == "kw" and self.tok.text == "if":
            self.advance()
            cond = self.disjunction()
            if not (self.tok.kind == "kw" and self.tok.text == "else"):
                raise ParseError("expected 'else'", self.tok.pos)
            self.advance()
            return ("if", cond, e, self.expression())
        return e

    def disjunction(self):
        e = self.conjunction()
        while self.tok.kind == "kw" and self.tok.text == "or":
            self.advance()
            e = ("or", e, self.conjunction())
        return e

    def conjunction(self):
        e = self.inversion()
        while self.tok.kind == "kw" and self.tok.text == "and":
            self.advance()
            e = ("and", e, self.inversion())
        return e

    def inversion(self):
        if self.tok.kind == "kw" and self.tok.text == "not":
            self.advance()
            return ("not", self.inversion())
        return self.comparison()

    def comparison(self):
        pos = self.tok.pos
        first = self.sum()
        ops, exprs = [], [first]
        while self.tok.is_op("<", ">", "<=", ">=", "==", "!="):
            ops.append(self.advance().text)
            exprs.append(self.sum())
        return ("cmp", ops, exprs, pos) if ops else first

    def sum(self):
        e = self.term()
        while self.tok.is_op("+", "-"):
            op = self.advance()
            e = ("bin", op.text, e, self.term(), op.pos)
        return e

    def term(self):
        e = self.factor()
        while self.tok.is_op("*", "/", "//", "%"):
            op = self.advance()
            e = ("bin", op.text, e, self.factor(), op.pos)
        return e

    def factor(self):
        if self.tok.is_op("-", "+"):
            op = self.advance()
            return ("unary", op.text, self.factor(), op.pos)
        return self.power()

    def power(self):
        base = self.atom()
        if self.tok.is_op("**"):
            op = self.advance()
            return ("bin", "**", base, self.factor(), op.pos)
        return base

    def atom(self):
        t = self.advance()
        if t.kind == "num":
            return ("num", t.value)
        if t.kind == "name":
            if self.tok.is_op("("):
                self.advance()
                args = []
                if not self.tok.is_op(")"):
                    args.append(self.expression())
                    while self.tok.is_op(","):
                        self.advance()
                        args.append(self.expression())
                self.expect(")")
                return ("call", t.text, args, t.pos)
            return ("var", t.text, t.pos)
        if t.is_op("("):
            e = self.expression()
            self.expect(")")
            return e
        raise ParseError(f"unexpected {self.describe(t)}", t.pos)


class Calculator:
    BUILTINS = {
        "abs": (1, abs), "min": (None, min), "max": (None, max), "sqrt": (1, math.sqrt),
        "floor": (1, math.floor), "round": (None, round), "hypot": (2, math.hypot),
    }
    MAX_DEPTH = 60

    def __init__(self):
        self.variables = {"pi": math.pi, "e": math.e}
        self.functions = {}
        self.depth = 0

    def run(self, source):
        stmt = Parser(source).statement()
        kind = stmt[0]
        if kind == "def":
            _, name, params, body = stmt
            if name in self.BUILTINS:
                raise EvalError(f"cannot redefine builtin {name!r}")
            self.functions[name] = (params, body)
            return f"defined {name}({', '.join(params)})"
        if kind == "assign":
            _, name, expr = stmt
            value = self.eval(expr, {})
            self.variables[name] = value
            return f"{name} = {self.show(value)}"
        return self.show(self.eval(stmt[1], {}))

    @staticmethod
    def show(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float):
            if v.is_integer() and abs(v) < 1e15:
                return f"{v:.1f}"
            return f"{v:.10g}"
        return str(v)

    def eval(self, node, scope):
        kind = node[0]
        if kind == "num":
            return node[1]
        if kind == "var":
            _, name, pos = node
            if name in scope:
                return scope[name]
            if name in self.variables:
                return self.variables[name]
            raise EvalError(f"unknown name {name!r}", pos)
        if kind == "unary":
            _, op, e, pos = node
            v = self.eval(e, scope)
            return -v if op == "-" else +v
        if kind == "bin":
            _, op, l, r, pos = node
            a, b = self.eval(l, scope), self.eval(r, scope)
            try:
                if op == "+": return a + b
                if op == "-": return a - b
                if op == "*": return a * b
                if op == "/": return a / b
                if op == "//": return a // b
                if op == "%": return a % b
                if op == "**":
                    if isinstance(b, int) and b > 10000:
                        raise EvalError("exponent too large", pos)
                    return a ** b
            except ZeroDivisionError as exc:
                raise EvalError(f"division by zero ({exc})", pos) from exc
            except OverflowError as exc:
                raise EvalError(f"overflow: {exc}", pos) from exc
        if kind == "cmp":
            _, ops, exprs, pos = node
            left = self.eval(exprs[0], scope)
            for op, e in zip(ops, exprs[1:]):
                right = self.eval(e, scope)
                ok = {"<": left < right, ">": left > right, "<=": left <= right, ">=": left >= right,
                      "==": left == right, "!=": left != right}[op]
                if not ok:
                    return False
                left = right
            return True
        if kind == "and":
            return self.eval(node[1], scope) and self.eval(node[2], scope)
        if kind == "or":
            return self.eval(node[1], scope) or self.eval(node[2], scope)
        if kind == "not":
            return not self.eval(node[1], scope)
        if kind == "if":
            _, cond, a, b = node
            return self.eval(a, scope) if self.eval(cond, scope) else self.eval(b, scope)
        if kind == "call":
            return self.call(node, scope)
        raise AssertionError(f"bad node {kind}")

    def call(self, node, scope):
        _, name, arg_nodes, pos = node
        args = [self.eval(a, scope) for a in arg_nodes]
        if name in self.BUILTINS:
            arity, fn = self.BUILTINS[name]
            if arity is not None and len(args) != arity:
                raise EvalError(f"{name}() takes {arity} argument{'s' if arity != 1 else ''}, got {len(args)}", pos)
            try:
                return fn(*args)
            except (ValueError, TypeError) as exc:
                raise EvalError(f"{name}(): {exc}", pos) from exc
        if name not in self.functions:
            raise EvalError(f"unknown function {name!r}", pos)
        params, body = self.functions[name]
        if len(args) != len(params):
            raise EvalError(f"{name}() takes {len(params)} arguments, got {len(args)}", pos)
        if self.depth >= self.MAX_DEPTH:
            raise EvalError(f"recursion too deep in {name}()", pos)
        self.depth += 1
        try:
            return self.eval(body, dict(zip(params, args)))
        finally:
            self.depth -= 1


SESSION = """
1 + 2 * 3
(1 + 2) * 3
2 ** 3 ** 2
-2 ** 2
(-2) ** 2
7 // 2 + 7 % 3 - 7 / 2
0x1F + 0b101 + 1_000
1.5e3 + .25
x = 10
y = x * 2 + 1
x < y <= 21 == 21
not x > 5 or y == 21
def sq(n) = n * n
def hyp(a, b) = sqrt(sq(a) + sq(b))
hyp(3, 4)
def fact(n) = 1 if n <= 1 else n * fact(n - 1)
fact(20)
fact(30)
def fib(n) = n if n < 2 else fib(n - 1) + fib(n - 2)
fib(15)
max(3, x, y, 7) - min(4, 2)
round(pi, 4) + round(e)
floor(2.5) + abs(-3)
hypot(5, 12)
1 / 3
2 ** 0.5
10 / 4 * 4
1 / 0
5 % 0
sqrt(-1)
abs(1, 2)
unknown + 1
nothing(3)
sq(1, 2)
def loop(n) = loop(n + 1)
loop(0)
3 +
(1 + 2
1 + 2)
4 $ 5
def sq(x) = x
def f(a, a) = a
def max(a) = a
2 ** 100000
1 if 2
12abc
z = (x + 1) * (y - 1)
z
"""


def main():
    calc = Calculator()
    ok = failed = 0
    for line in SESSION.strip().splitlines():
        print(f">>> {line}")
        try:
            result = calc.run(line)
        except CalcError as exc:
            failed += 1
            print(exc.report(line))
            if exc.__cause__ is not None:
                print(f"  (caused by {type(exc.__cause__).__name__})")
        else:
            ok += 1
            print(result)
    print(f"{ok} ok, {failed} errors")
    print("variables:", ", ".join(f"{k}={calc.show(v)}" for k, v in sorted(calc.variables.items())))
    print("functions:", sorted(calc.functions))
    print("tokens:", list(tokenize("a=0x1f**-2.5e1")))
    kinds = {}
    for tok in tokenize(SESSION.replace("\n", " ").replace("$", "")):
        kinds[tok.kind] = kinds.get(tok.kind, 0) + 1
    print("token kinds:", sorted(kinds.items()))


main()
