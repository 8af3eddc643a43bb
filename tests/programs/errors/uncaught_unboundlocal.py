# expect: exit 1
# an uncaught UnboundLocalError: a local read before its assignment
hits = 0
def record():
    print("recording")
    hits += 1
record()
