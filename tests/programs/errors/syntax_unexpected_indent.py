# expect: exit 1
# IndentationError: a line indented for no reason
a = 1
    b = 2
print(a)
