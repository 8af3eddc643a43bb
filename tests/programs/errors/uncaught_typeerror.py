# expect: exit 1
# an uncaught TypeError from mixing str and int
count = 3
print("count is " + str(count))
print("count is " + count)
