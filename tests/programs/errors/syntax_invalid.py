# expect: exit 1
# a plain invalid-syntax error in the middle of a file
print("never printed")
x = 1
y = x x
print(y)
