# expect: exit 1
# the same keyword argument twice in a call
def f(**kw):
    return kw
print(f(a=1, a=2))
