# print: sep, end, multiple args, no args, file=sys.stderr (not in stdout), flush, str() of objects
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -> ", end=" END\n")
print(1, 2.5, None, True, [1, "x"], (1,), {"k": "v"}, end="\n\n")
print("no newline", end="")
print(" continued")
print(*range(5), sep=",")
print(*[], sep="x")
print("to stderr", file=sys.stderr)
print("after stderr")
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print("", "", sep="|")
sys.stdout.write("direct write\n")
print(sys.stdout.write("x") , "chars written")
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", end=[])
except TypeError as e:
    print("TypeError:", e)
print("unicode: é ñ 中文 😀")
