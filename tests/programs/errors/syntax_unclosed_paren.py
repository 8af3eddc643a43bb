# expect: exit 1
# a bracket opened and never closed: nothing runs, not even the first print
print("first")
values = [1, 2, 3
total = sum(values)
print(total)
