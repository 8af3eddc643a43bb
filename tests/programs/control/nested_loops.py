# nested loops with break/continue affecting only the innermost loop; flags and returns to exit
for i in range(4):
    for j in range(4):
        if j == i:
            continue
        if j > 2:
            break
        print(i, j, end=" | ")
    print()
def find_pair(target):
    for a in range(10):
        for b in range(10):
            if a * b == target and a < b:
                return a, b
    return None
print(find_pair(12), find_pair(97))
found = False
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = True
            break
    if found:
        break
print("found", found, row, v)
count = 0
i = 0
while i < 5:
    j = 0
    while j < 5:
        j += 1
        if (i + j) % 3 == 0:
            continue
        count += 1
    i += 1
print("count", count)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
for r in grid:
    print(" ".join(str(v) for v in r))
for i in range(3):
    for j in range(3):
        for k in range(3):
            if i + j + k == 4 and i < j < k:
                print("triple", i, j, k)
