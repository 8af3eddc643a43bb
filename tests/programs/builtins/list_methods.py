# list methods: append extend insert remove pop index count clear copy reverse sort, * and +
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.extend("ab"); l.insert(0, "first"); l.insert(-1, "neg"); l.insert(100, "end")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a")
print(l, l.index(2), l.index(5, 2), l.count(1), l.count("zz"))
for bad in (lambda: l.remove("zz"), lambda: l.index("zz"), lambda: [].pop(), lambda: l.pop(99), lambda: l.index(3, 1, 2)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
c = l.copy()
c.reverse()
print(c, l, c is l)
c.clear()
print(c, len(c))
m = [1, 2] * 3
print(m, m + [0], 3 * [None], [] * 5, m * -1)
m *= 2
print(len(m))
n = [5, 3, 1]
n.sort(key=lambda x: -x)
print(n, sorted(n))
print([1, 2] == [1, 2], [1, 2] < [1, 2, 3], [2] > [1, 9], [1, [2]] == [1, [2]], 2 in [1, 2], [] in [[]])
x = [1, 2, 3, 4, 5]
x[1:4] = [9]
print(x, x[::-1], list(reversed(x)))
print(repr([]), repr([None, "s", 1.5]), str([[]]), [1, 2].__len__(), [0].__contains__(0))
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
print(list.append is list.append, [].append.__name__)
