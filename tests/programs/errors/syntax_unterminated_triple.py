# expect: exit 1
# an unterminated triple-quoted string literal reaching the end of the file
x = 1
doc = """starts here
and never
ends
