# expect: exit 1
# assignment to a literal
x = 5
5 = x
