# expect: exit 1
# break outside any loop (inside an if)
x = 1
if x:
    break
