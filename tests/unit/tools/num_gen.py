#!/usr/bin/env python3
"""Generates the CPython 3.11 oracle fixtures for tests/unit/num.test.ts and num_obj.test.ts.

    python3 tests/unit/tools/num_gen.py      # rewrites tests/unit/tools/num_*.json

Deterministic (seeded), so a rerun with the same python3 gives the same files. Every result is
what this python3 computes: ints as decimal strings, floats as repr() (which round-trips
exactly), errors as "!ExcType: message".
"""
import json
import math
import os
import random
import struct
import sys
from decimal import Decimal, getcontext
from fractions import Fraction

assert sys.version_info[:2] == (3, 11), "fixtures are CPython 3.11's"
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20240611)


def outcome(f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001 - the exception is the expected result
        return "!%s: %s" % (type(e).__name__, e)
    if isinstance(r, float):
        return repr(r)
    if isinstance(r, int):
        old = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        try:
            return str(r)
        finally:
            sys.set_int_max_str_digits(old)
    return r


def rand_int(max_digits=200):
    """A random int of 1..max_digits decimal digits (log-uniform length), random sign."""
    nd = int(math.exp(rng.uniform(0, math.log(max_digits)))) or 1
    v = rng.randrange(10 ** (nd - 1), 10 ** nd) if nd > 1 else rng.randrange(0, 10)
    return -v if rng.random() < 0.5 else v


SPECIAL_INTS = [0, 1, -1, 2, -2, 7, -7, 2**30 - 1, -2**30, 2**30, -2**30 - 1, 2**31 - 1, -2**31,
                2**31, 2**32 - 1, 2**32, -2**32, 2**32 + 1, 2**53, 2**53 + 1, -2**53 - 1, 2**63 - 1,
                -2**63, 2**63, 2**64 - 1, 2**64, -2**64, 2**96 - 1, 2**128, -2**128 + 1,
                2**61 - 1, 2**61, 2**61 - 2, -(2**61 - 1), 10**20, -10**40, 2**1023,
                2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024, 3**500]


def rand_double():
    while True:
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if math.isfinite(x):
            return x


def f_repr(x):
    return repr(x)


# {==== ints

def gen_ints():
    pairs = [(a, b) for a in SPECIAL_INTS[:12] for b in SPECIAL_INTS[:12]]
    pairs += [(rng.choice(SPECIAL_INTS), rand_int()) for _ in range(200)]
    pairs += [(rand_int(), rand_int()) for _ in range(1200)]
    pairs += [(rand_int(700), rand_int(400)) for _ in range(60)]   # Karatsuba sizes
    pairs += [(rand_int(1500), rand_int(30)) for _ in range(30)]    # lopsided
    cases = []
    for a, b in pairs:
        s = rng.randrange(0, 300)
        e = rng.randrange(0, 12)
        m = rand_int(60)
        cases.append({
            "a": str(a), "b": str(b), "s": s, "e": e, "m": str(m),
            "add": str(a + b), "sub": str(a - b), "mul": str(a * b),
            "floordiv": outcome(lambda: a // b), "mod": outcome(lambda: a % b),
            "truediv": outcome(lambda: a / b),
            "and": str(a & b), "or": str(a | b), "xor": str(a ^ b), "inv": str(~a),
            "lshift": str(a << s), "rshift": str(a >> s),
            "pow": outcome(lambda: a ** e), "powmod": outcome(lambda: pow(a, b % 97 if b else 0, m)),
            "powneg": outcome(lambda: repr(a ** -e) if e else "skip"),
            "float": outcome(lambda: float(a)), "hash": str(hash(a)), "bitlen": a.bit_length(),
            "cmp": (a > b) - (a < b),
        })
    return cases


def gen_bases():
    out = []
    for _ in range(1500):
        v = rand_int(120)
        base = rng.randrange(2, 37)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        n, s = abs(v), ""
        while n:
            s = digits[n % base] + s
            n //= base
        s = ("-" if v < 0 else "") + (s or "0")
        assert int(s, base) == v
        out.append([str(v), base, s])
    return out


def gen_int_str():
    """int(text, base) and the reprs/prefix forms (layer 2)."""
    texts = [("  -0x_1F ", 0), ("0x", 16), ("12a", 10), ("1_000", 10), ("1__0", 10), ("_1", 10),
             ("1_", 10), ("0_0", 0), ("00", 0), ("01", 0), ("0b1", 2), ("0b1", 16), ("0x", 0),
             ("1 2", 10), ("+ 1", 10), ("", 10), (" ", 10), ("10", 0), ("0o7_7", 0), ("0_b1", 0),
             ("-0", 0), ("0_", 0), ("0__0", 0), ("0x_1f", 16), ("0X1F", 0), ("z", 36), ("Z", 36),
             ("10", 2), ("2", 2), ("\t+17\n", 10), ("-  5", 10), ("0b", 2), ("0o", 8), ("9" * 50, 10),
             ("1" * 4300, 10), ("1" * 4301, 10), ("f" * 5000, 16), ("١٢٣", 10), ("٣_٤", 10),
             ("12\u00a0", 10), ("\u2003-7", 10), ("0x1\u0663", 16), ("x" * 300, 10), ("1e5", 10),
             ("1.0", 10), ("0B101", 0), ("0O17", 0), ("-0b_1", 0), ("0b_", 0), ("1", 1), ("1", 37),
             ("1", -1), ("1", 0), ("4", 3), ("0" * 20, 0), ("00_1", 0), ("0_1", 0)]
    out = []
    for t, base in texts:
        out.append([t, base, outcome(lambda: int(t, base))])
    reprs = []
    for v in SPECIAL_INTS + [rand_int(60) for _ in range(300)]:
        reprs.append([str(v), repr(v), bin(v), oct(v), hex(v)])
    big = [["1" + "0" * 4299, outcome(lambda: str(10 ** 4299))],
           ["1" + "0" * 4300, outcome(lambda: str(10 ** 4300))]]
    return {"parse": out, "reprs": reprs, "bigstr": big}


def gen_bytes():
    out = []
    for v in SPECIAL_INTS + [rand_int(40) for _ in range(200)]:
        for length in (0, 1, 2, 4, 8, 9, 17, 40):
            for order in ("little", "big"):
                for signed in (False, True):
                    res = outcome(lambda: v.to_bytes(length, order, signed=signed).hex())
                    out.append([str(v), length, order, signed, res])
    back = []
    for _ in range(300):
        b = bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 30)))
        for order in ("little", "big"):
            for signed in (False, True):
                back.append([b.hex(), order, signed, str(int.from_bytes(b, order, signed=signed))])
    return {"to": out, "from": back}
# }====


# {==== floats

def halfway_cases():
    """Decimal strings exactly at, just below and just above midpoints between doubles."""
    getcontext().prec = 2000
    out = []
    for _ in range(150):
        x = abs(rand_double())
        if x == 0 or math.isinf(math.nextafter(x, math.inf)):
            continue
        y = math.nextafter(x, math.inf)
        mid = (Fraction(x) + Fraction(y)) / 2
        d = Decimal(mid.numerator) / Decimal(mid.denominator)
        s = str(d)
        out.append(s)
        out.append(s + "0000001")
        t = str(Decimal(mid.numerator) / Decimal(mid.denominator) - Decimal(10) ** (d.adjusted() - 790))
        out.append(t)
    for k in range(0, 60):
        x = 2.0 ** 53 + 2 * k
        out.append(str(int(x) + 1))           # ties between consecutive big integers
    out += ["9007199254740993", "9007199254740995", "2.4703282292062327e-324",
            "2.4703282292062328e-324", "2.2250738585072011e-308", "2.2250738585072012e-308",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
            "4.9406564584124654e-324", "0.1", "0.3", "1e23", "8.98846567431158e307",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999999999999999999999999999999999999999999999999999999999999999999"]
    return out


def gen_parse():
    strs = halfway_cases()
    for _ in range(1500):
        x = rand_double()
        strs.append(repr(x))
        strs.append("%.*e" % (rng.randrange(0, 30), x))
    for _ in range(600):
        ip = "".join(rng.choice("0123456789") for _ in range(rng.randrange(0, 30)))
        fp = "".join(rng.choice("0123456789") for _ in range(rng.randrange(0, 30)))
        s = ip + ("." + fp if fp or rng.random() < 0.3 else "")
        if rng.random() < 0.7:
            s += rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randrange(0, 400))
        strs.append(rng.choice(["", "-", "+"]) + s)
    for _ in range(150):
        n = rng.randrange(20, 1200)
        s = "".join(rng.choice("0123456789") for _ in range(n))
        strs.append(s + "e" + str(rng.randrange(-1500, 400)))
        strs.append("0." + "0" * rng.randrange(0, 400) + s)
    strs += ["inf", "-inf", "+inf", "Infinity", "-iNfInItY", "nan", "-nan", "+NaN", "infinit",
             "infinityy", "nana", "in_f", " 1.5\u3000", "\t\n 42 \r\x0b\x0c", "1_000.5", "1__0",
             "_1", "1_", "1e1_0", "1_0.5_5e-1_0", ".5", "5.", ".", "e5", "0x10", "1e+", "1e",
             "", " ", "+", "-", "++1", "1.5.5", "1e5.5", "١٢٣", "١.٥", "1\u00a0", "\u20031.25",
             "1_.5", "1._5", "1e_5", "1e5_", "0_0", "00.00", "-0", "-0.0e-10", "1" * 400,
             "0." + "0" * 330 + "1", "1e-400", "1e400", "-1e400", "1e99999999999999999999",
             "1e-99999999999999999999", "0e99999999999", "1\x00", "１２", "1e+0_1", "+_1"]
    return [[s, outcome(lambda: float(s))] for s in strs]


def interesting_doubles():
    xs = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.125, 0.375, 2.5, 3.5, 0.25,
          1.5, 1e22, 1e23, 1e21, 1e16, 1e15, 9.999999999999999e15, 1e17, 123456789012345678.0,
          5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
          1e-5, 1e-4, 0.001, 1234.5, 0.0001234, 2.675, 1.005, 1.0000000000000002,
          0.9999999999999999, 9.5, 99.5, 999.5, 0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 1e300, 1e-300,
          math.pi, math.e, 2.0 ** 60, 2.0 ** -30, 4.35, 0.045, 1.25e-5, 12345678.9, 2 ** 53 - 1.0,
          float(2 ** 53), float(2 ** 63), 0.3000000000000001, 7e-10, 1e-7, 123e-20]
    xs += [10.0 ** k for k in range(-30, 30)]
    xs += [-x for x in xs[:20]]
    return xs


def gen_repr():
    xs = interesting_doubles()
    xs += [rand_double() for _ in range(3000)]
    xs += [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(52)))[0] for _ in range(300)]
    xs += [float("%.*g" % (rng.randrange(1, 18), rng.uniform(0, 1000))) for _ in range(600)]
    for k in range(-325, 309):
        try:
            x = float("1e%d" % k)
        except OverflowError:
            continue
        xs += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
    xs += [float(2 ** k) for k in range(-1074, 1024, 7)]
    xs += [float("inf"), float("-inf"), float("nan")]
    return [[repr(x), repr(x), str(x)] for x in xs]


def gen_fmt():
    """PyOS_double_to_string cases: [x, spec, result]."""
    xs = interesting_doubles() + [rand_double() for _ in range(250)]
    xs += [float("%.*g" % (rng.randrange(1, 8), rng.uniform(0, 100))) for _ in range(150)]
    xs += [float("inf"), float("-inf"), float("nan")]
    out = []
    for x in xs:
        for code in "efgEFG%":
            precs = rng.sample(range(0, 26), 3)
            if rng.random() < 0.15:
                precs.append(rng.choice([30, 50, 100, 330, 400, 800, 1100]))
            for p in precs:
                for alt in ("", "#"):
                    spec = "%s.%d%s" % (alt, p, code)
                    out.append([repr(x), spec, format(x, spec)])
        for spec in ("", "#", ".3", ".0", "#.0", ".17", ".1", "+", " ", "z.2f", "z", "z.3g"):
            out.append([repr(x), spec, format(x, spec)])
    return out


def gen_hex():
    xs = interesting_doubles() + [rand_double() for _ in range(800)]
    xs += [float("inf"), float("-inf"), float("nan")]
    to = [[repr(x), x.hex()] for x in xs]
    strs = [x.hex() for x in xs[:200]]
    strs += ["0x1.8p1", "1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x.8", "0x", "x1",
             "0x1p", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", " -0X1P+3 ", "inf",
             "-nan", "0x1.000000000000080000000001p0", "0x1.00000000000008p0",
             "0x1.00000000000018p0", "0x0.0000000000001p-1022", "0x0.00000000000008p-1022",
             "0x0.00000000000008000001p-1022", "0x1p10000", "0x1p-10000", "0x1p99999999999999",
             "0x1p-99999999999999", "0x" + "f" * 300, "0x0." + "0" * 300 + "1p1200", "1.", ".",
             "0x.p1", "0x1.p1", "-0x0p0", "0x1.8p+1", "0x1.8p-1", "1e5", "0x1_0", "0x1P1",
             "\t0x1\n", "0x 1", "infinity", "-INF", "nanx", "0xg", "0x1.8p1.5"]
    frm = [[s, outcome(lambda: float.fromhex(s))] for s in strs]
    return {"to": to, "from": frm}


def gen_hash():
    ints = SPECIAL_INTS + [rand_int() for _ in range(500)]
    fl = interesting_doubles() + [rand_double() for _ in range(500)] + [float("inf"), float("-inf")]
    return {"int": [[str(v), str(hash(v))] for v in ints],
            "float": [[repr(x), str(hash(x))] for x in fl]}


def gen_round():
    out = []
    xs = interesting_doubles() + [rand_double() for _ in range(300)]
    xs += [rng.uniform(-1000, 1000) for _ in range(300)]
    for x in xs:
        for nd in [None, 0, 1, 2, 3, -1, -2, 5, 10, 17, 20, 300, 400, -300, -400, 323, 324, -308]:
            if nd is None:
                out.append([repr(x), None, outcome(lambda: round(x))])
            else:
                out.append([repr(x), nd, outcome(lambda: round(x, nd))])
    for x in [float("inf"), float("-inf"), float("nan")]:
        out.append([repr(x), None, outcome(lambda: round(x))])
        out.append([repr(x), 2, outcome(lambda: round(x, 2))])
    return out
# }====


# {==== float arithmetic and mixed comparisons (layer 2)

def gen_float_ops():
    vals = [0.0, -0.0, 1.0, -1.0, 3.0, -3.0, 0.5, 2.5, 1e308, -1e308, 5e-324, float("inf"),
            float("-inf"), float("nan"), 7.0, -7.5, 1e-300, 2.0, 10.0, 0.1]
    vals += [rng.uniform(-100, 100) for _ in range(40)]
    out = []
    for a in vals:
        for b in vals:
            out.append([repr(a), repr(b), outcome(lambda: a + b), outcome(lambda: a - b),
                        outcome(lambda: a * b), outcome(lambda: a / b), outcome(lambda: a // b),
                        outcome(lambda: a % b), outcome(lambda: repr(divmod(a, b))),
                        outcome(lambda: a ** b if not (a < 0 and math.isfinite(a) and math.isfinite(b)
                                                       and b != math.floor(b)) else "complex")])
    return out


def gen_mixed_cmp():
    out = []
    ints = SPECIAL_INTS + [rand_int(400) for _ in range(100)] + [2 ** 53 + 1, 2 ** 1024, -2 ** 1024]
    fl = interesting_doubles() + [float("inf"), float("-inf"), float("nan"), 2.0 ** 53, 2.0 ** 64,
                                  2.0 ** 1023 * 1.5, -2.0 ** 63]
    for _ in range(4000):
        i = rng.choice(ints)
        x = rng.choice(fl) if rng.random() < 0.7 else float(i) if abs(i) < 2 ** 1000 else 1.0
        out.append([str(i), repr(x), (x < i) - (x > i) if not math.isnan(x) else "nan",
                    x == i])
    return out
# }====


# {==== format specs (layer 2)

def gen_format_specs():
    int_vals = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2 ** 64, -2 ** 100, 10 ** 30, 65, 0x10ffff,
                0x110000, 7]
    float_vals = [0.0, -0.0, 1.0, -1.5, 1234567.891, -0.000123, 1e20, 1e-20, 123.456,
                  float("inf"), float("-inf"), float("nan"), 2.5, 0.125, 1e16, 12345.6789]
    str_vals = ["", "a", "abc", "héllo", "日本語", "x" * 20]
    fills = ["", "*<", "*>", "*^", "*=", "<", ">", "^", "=", "0<", "\u00e9>", "日^"]
    signs = ["", "+", "-", " "]
    alts = ["", "#"]
    zeros = ["", "0"]
    widths = ["", "1", "8", "12", "30"]
    groups = ["", ",", "_"]
    precs = ["", ".0", ".1", ".3", ".10"]
    int_types = ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "E", "F", "G", "s"]
    float_types = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x", "b", "c", "s"]
    str_types = ["", "s", "d", "f"]
    out = []

    def spec():
        parts = [rng.choice(fills), rng.choice(signs), rng.choice(["", "", "", "z"]),
                 rng.choice(alts), rng.choice(zeros), rng.choice(widths), rng.choice(groups),
                 rng.choice(precs)]
        return parts

    for _ in range(2500):
        f, s, z, a, zz, w, g, p = spec()
        for kind, vals, types in (("int", int_vals, int_types), ("float", float_vals, float_types),
                                  ("str", str_vals, str_types)):
            v = rng.choice(vals)
            t = rng.choice(types)
            sp = f + s + z + a + zz + w + g + p + t
            out.append([kind, repr(v) if kind != "int" else str(v), sp, outcome(lambda: format(v, sp))])
    extra = [("int", 1, ",_"), ("int", 1, "_,"), ("int", 1, ",,"), ("int", 1, ".")
             , ("int", 1, "10000000000000000000000"), ("float", 1.5, ".10000000000000000000f"),
             ("int", 1, "ab"), ("float", 1.0, "abc"), ("str", "a", "=5"), ("str", "a", "+"),
             ("str", "a", ","), ("int", 1, ",x"), ("int", 1, "_n"), ("int", 1, "z"),
             ("int", 2 ** 40, "c"), ("int", -1, "c"), ("int", 1, "+c"), ("int", 1, "#c"),
             ("int", 1, ".2c"), ("float", 1.5, "%%"), ("int", 1, "\x00"), ("int", 1, "\u00e9"),
             ("float", 1.0, "\u00e9"), ("str", "a", "\u00e9"), ("int", 12, "#010x"),
             ("int", 1234567, "_x"), ("int", 1234567, "_b"), ("int", 1234567, "_o"),
             ("int", 1234567, "_X"), ("int", -1234567, "#_x"), ("int", 1234567, ",d"),
             ("int", 1234567, "0=20,"), ("int", 1234567, "020_"), ("int", 12, "0=+#10b"),
             ("float", 1234567.5, "020,.2f"), ("float", -1234567.5, "=+20,.2f"),
             ("float", 1e300, ",.0f"), ("float", 1234.5, "010,"), ("float", 1234.5, "_"),
             ("int", 5, "^"), ("int", 5, "^1"), ("str", "abc", ".1"), ("str", "abc", "^9.2"),
             ("str", "abc", "0^9"), ("str", "abc", "09"), ("float", 1.5, "09"), ("int", -5, "09"),
             ("float", -0.0, "z.1f"), ("float", -0.001, "z.1f"), ("float", -0.0, "z"),
             ("float", -1e-9, "z.3e"), ("float", -0.0001, "z.1%"), ("float", 1e16, "#"),
             ("float", 1.0, "#.0"), ("float", 0.0, "#g"), ("float", 123.0, ".3"),
             ("float", 1e100, ","), ("float", 1.0, "n"), ("float", 1e20, "n"), ("int", 1234, "n"),
             ("float", 0.5, ".0%"), ("float", 0.125, ".2%"), ("float", 1e22, ".0f"),
             ("float", 2.5, ".0f"), ("int", 10 ** 30, "e"), ("int", 10 ** 30, ".3%"),
             ("int", -7, "f"), ("int", 1, "_c"), ("int", 1, "=c"), ("float", 1.5, "="),
             ("int", 1, "z"), ("int", 1, "zd"), ("str", "x", "z"), ("str", "x", "#"),
             ("float", 1.5, "#x"), ("int", 255, "#X"), ("int", -255, "#o"), ("int", 0, "#b"),
             ("int", 100, "x<+#12_x"), ("int", 10 ** 25, "_d"), ("int", 10 ** 25, ","),
             ("float", 123456789.0, ","), ("float", 1e-7, ","), ("float", 12345.678, "_g"),
             ("float", 12345.678, ",e"), ("str", "abc", ""), ("int", 0, ""), ("float", 1.5, ""),
             ("int", 5, ".0"), ("float", 1e16, ".16"), ("float", float("nan"), "010"),
             ("float", float("-inf"), "=+10"), ("float", float("inf"), "010,")]
    for kind, v, sp in extra:
        out.append([kind, repr(v) if kind != "int" else str(v), sp, outcome(lambda: format(v, sp))])
    return out
# }====


def dump(name, obj):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print("%s: %d bytes" % (name, os.path.getsize(path)))


def main():
    sys.set_int_max_str_digits(0)
    ints = gen_ints()
    bases = gen_bases()
    sys.set_int_max_str_digits(4300)
    int_str = gen_int_str()
    sys.set_int_max_str_digits(0)
    dump("num_int.json", {"ops": ints, "bases": bases, "str": int_str, "bytes": gen_bytes()})
    dump("num_float.json", {"repr": gen_repr(), "parse": gen_parse(), "hex": gen_hex(),
                            "hash": gen_hash(), "round": gen_round()})
    dump("num_fmt.json", {"double": gen_fmt(), "spec": gen_format_specs()})
    dump("num_ops.json", {"float": gen_float_ops(), "mixed": gen_mixed_cmp()})


if __name__ == "__main__":
    main()
