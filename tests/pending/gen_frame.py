# a generator has a frame object until it finishes (gi_frame), as do traceback entries (tb_frame)
def gen():
    x = 1
    yield x
g = gen()
print(g.gi_frame is not None, g.gi_frame.f_code.co_name if g.gi_frame else None)
next(g)
print(g.gi_frame is not None, g.gi_frame.f_locals if g.gi_frame else None)
list(g)
print(g.gi_frame)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_frame is not None)
