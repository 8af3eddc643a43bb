print("hello, world")
x = 1 + 2
print(x, x * 10)
