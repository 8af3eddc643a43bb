# str(), bool(), repr() of every builtin kind; bool as int; repr of nested and recursive containers
vals = [0, -5, 2 ** 70, 0.5, -0.0, 1e100, "", "a'b", 'a"b', "a'\"b", "\n\t\x00", "é", [], [1, [2]], (), (1,), (1, 2),
        {}, {"a": [1]}, set(), {1}, frozenset(), None, True, False, b"x\x01", range(3), len, Ellipsis, NotImplemented]
for v in vals:
    print(repr(v), "|", str(v), "|", bool(v))
print(str(), bool(), repr(str()))
print(True + 1, True * 10, False * 5, sum([True, True, False]), True == 1, hash(True) == hash(1))
print(str(True), repr(False), int(True), bool("False"), bool(" "))
l = [1]
l.append(l)
print(l, repr(l))
d = {"k": 1}
d["self"] = d
print(d)
print(str(b"abc"), str(1.0), str(-1), str(3.14e-20), str(object)[:14])
print(repr("unicode \u2603 \U0001f600"), repr("\x7f\x80\xa0"), ascii("é\u2603"))
class S:
    def __str__(self):
        return "S-str"
print(str(S()), "%s" % S(), [str(S())], bool(S()))
print(str(str), str(int), repr(type(None)))
