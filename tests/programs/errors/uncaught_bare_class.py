# expect: exit 1
# raising an exception class with no arguments: the last line is just the class name
print("before")
raise StopIteration
