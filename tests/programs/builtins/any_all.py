# any/all: empty iterables, short-circuit on generators, truthiness of elements
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any("abc"), all(""), any({0: 1}), all({1: 0}), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
def gen(vals):
    for v in vals:
        print("check", v)
        yield v
print(any(gen([0, 2, 3])))
print(all(gen([1, 0, 3])))
print(any(gen([])), all(gen([])))
nums = [2, 4, 6]
print(all(n % 2 == 0 for n in nums), any(n > 5 for n in nums), not any(n < 0 for n in nums))
try:
    any(5)
except TypeError as e:
    print("TypeError:", e)
print(any([[], (), {}, set(), 0.0]), all([[0], (0,), {0: 0}, {0}, 0.1]))
