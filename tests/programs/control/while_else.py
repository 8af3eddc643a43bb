# while loops: else runs when the condition becomes false, not after break
n = 0
while n < 3:
    print("n", n)
    n += 1
else:
    print("else after", n)
n = 0
while n < 10:
    if n == 2:
        print("break at", n)
        break
    n += 1
else:
    print("not printed")
while False:
    print("never")
else:
    print("else of empty while")
i = 0
total = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    total += i
print("total", total)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            return i
        i += 1
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
