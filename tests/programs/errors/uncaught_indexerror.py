# expect: exit 1
# an uncaught IndexError from list indexing inside a loop
items = [10, 20, 30]
for i in range(5):
    print(i, items[i])
