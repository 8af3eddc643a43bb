# expect: exit 1
# CPython 3.11's traceback adds "Did you mean: 'total'?" to a NameError for a near-miss name
total = 10
def show():
    print("total", total)
    print("totl", totl)
show()
