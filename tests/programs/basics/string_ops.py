# string operators without methods: + * in, indexing, comparison, len, iteration, immutability
s = "hello"
print(s + " world", s * 2, 3 * "ab", "" * 5, s * 0, s * -1)
print("ell" in s, "z" in s, "" in s, "lo" not in s)
print(s[0], s[-1], s[1:4], s[::-1], s[10:], len(s), len(""))
print("apple" < "banana", "Apple" < "apple", "abc" == "abc", "a" * 3 == "aaa", "b" > "abc")
print([c for c in "abc"], list("xyz"), tuple("hi"))
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    s[99]
except IndexError as e:
    print("IndexError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
u = "héllo wörld ✓ 😀"
print(u, len(u), u[1], u[-1], u[-3:], u[::-2])
print(str(123) + str(4.5) + str(None) + str(True), repr("x") + repr(1))
acc = ""
for i in range(5):
    acc += str(i)
print(acc, min("hello"), max("hello"), sorted("hello"))
print("a" "b" == "ab", "tab\there", "nl\\n literal")
