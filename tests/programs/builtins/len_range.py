# len of each builtin container; range: forms, len, indexing, containment, repr, equality, errors
print(len(""), len("abc"), len("é中😀"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 2}), len(b"ab"), len(range(7)))
for r in (range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3), range(0, -10, -3)):
    print(r, list(r), len(r), r[0] if r else None, r[-1] if r else None)
print(range(10).index(3), range(0, 20, 5).count(10), 15 in range(0, 20, 5), 16 in range(0, 20, 5))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == [0, 1, 2])
r = range(1, 20, 4)
print(r.start, r.stop, r.step, r[1:3], r[::-1], list(r[::-1]))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
print(list(range(True, 3)), sum(range(101)), max(range(7)), min(range(3, 9)))
for bad in (lambda: range(), lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(5)[5], lambda: len(5), lambda: range(5).index(9)):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
it = iter(range(3))
print(next(it), list(it))
print(list(reversed(range(4))), list(reversed(range(1, 10, 3))))
