# sys.getrecursionlimit / sys.setrecursionlimit: lower limit trips sooner, higher limit allows more
import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(100)
print(sys.getrecursionlimit(), depth(50))
try:
    depth(200)
except RecursionError as e:
    print("RecursionError at limit 100:", e)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
try:
    depth(5000)
except RecursionError:
    print("RecursionError at limit 3000")
sys.setrecursionlimit(1000)
print(depth(900))
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
print(sys.getrecursionlimit())
