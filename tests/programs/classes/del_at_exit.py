# what the program leaves behind is finalized at exit: __del__ of objects in globals, finally
# blocks of suspended generators, context of module globals cleared after the main output
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing", self.name)

def ticker():
    try:
        yield 1
        yield 2
    finally:
        print("ticker finally")

first = Resource("first")
gen = ticker()
next(gen)
second = Resource("second")
holder = {"r": Resource("in dict")}
print("main done")
