# raw, triple-quoted, adjacent concatenation, line continuation inside brackets
r = r"C:\new\table\x41"
print(r, len(r), repr(r))
print(R"\d+\.\d*", r'\'', len(r'\''), r"\"")
print(repr(r"\n"), r"\\" == "\\\\")
t = """first
  second "quoted"
third\tend"""
print(t)
print(repr(t), t.count("\n"))
u = '''a 'b' c
'''
print(repr(u))
print("""""" == "", len(''''''))
s = "ab" "cd" 'ef'
print(s, len(s))
s2 = ("one "
      "two "
      'three')
print(s2)
print("x" r"\y" """z""")
long = ("a"
        "b") + \
    "c"
print(long)
print(rb"\x00", br"\n", Rb"\t")
x = [1,
     2,   # comment inside brackets
     3]
print(x, (1 +
          2))
