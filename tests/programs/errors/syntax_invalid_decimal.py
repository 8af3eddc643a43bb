# expect: exit 1
# an identifier glued to a number
x = 12abc
