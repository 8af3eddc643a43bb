# Closures make cycles: a function that refers to itself through its closure cell.
import gc

gc.collect()

def make_recursive():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

f = make_recursive()
print(f(5))
del f
print("function, closure tuple, cell:", gc.collect())

# the seed's itertest: listiter refers to itself through a cell (a flat list never takes the
# recursive branch, but the cell is there all the same)
def itertest(o):
    def listiter(l):
        for i in l:
            if isinstance(i, list):
                for j in listiter(i):
                    yield j
            else:
                yield i
    return listiter(o)

it = itertest([1, 2, 3])
print(list(it))
del it
print("itertest leaves:", gc.collect())

# itertest2 clears the cell itself, so nothing lingers
def itertest2(o):
    def listiter(l):
        for i in l:
            if isinstance(i, list):
                for j in listiter(i):
                    yield j
            else:
                yield i
    chunks = listiter(o)
    for i in chunks:
        yield i
    chunks = listiter = None

it = itertest2([1, 2, 3])
print(list(it))
del it
print("itertest2 leaves:", gc.collect())

# two closures sharing cells
def pair():
    def ping(n):
        return "done" if n == 0 else pong(n - 1)
    def pong(n):
        return "done" if n == 0 else ping(n - 1)
    return ping, pong

p = pair()
print(p[0](5))
del p
print("two functions, two tuples, two cells:", gc.collect())
