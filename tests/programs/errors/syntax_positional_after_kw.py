# expect: exit 1
# a positional argument after a keyword argument
print(sep="-", "a")
