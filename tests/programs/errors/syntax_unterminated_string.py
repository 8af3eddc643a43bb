# expect: exit 1
# an unterminated single-quoted string literal
print("ok")
msg = "hello
print(msg)
