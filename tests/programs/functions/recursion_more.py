# recursion: mutual recursion, recursive data structures, backtracking, memo through a dict
# argument, recursive generators, and depth well under the limit
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77), is_even(7))

def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [[6]], 7]))

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result
print(permutations([1, 2, 3]))

def queens(n):
    solutions = []
    cols = []
    def place(row):
        if row == n:
            solutions.append(tuple(cols))
            return
        for c in range(n):
            if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
                cols.append(c)
                place(row + 1)
                cols.pop()
    place(0)
    return solutions
s6 = queens(6)
print(len(s6), s6[0], len(queens(5)))

def ackermann(m, n, memo={}):
    key = (m, n)
    if key in memo:
        return memo[key]
    if m == 0:
        r = n + 1
    elif n == 0:
        r = ackermann(m - 1, 1)
    else:
        r = ackermann(m - 1, ackermann(m, n - 1))
    memo[key] = r
    return r
print(ackermann(2, 3), ackermann(3, 3))

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
    def __repr__(self):
        if not self.children:
            return repr(self.value)
        return f"{self.value!r}{self.children!r}"

tree = Node("a", [Node("b", [Node("d"), Node("e")]), Node("c", [Node("f", [Node("g")])])])
print(tree.depth(), list(tree.walk()), tree)

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
m = hanoi(5, "A", "C", "B", [])
print(len(m), m[:4])

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(400))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(2 ** 64, 6 ** 20), gcd(1071, 462))

def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3]), key=lambda x: (len(x), x)))
