# generators as pipelines: producers, filters, transformers, windowing, chunking, round-robin
# merging, infinite sequences cut short, and a coroutine consumer fed with send()
def numbers(start=1):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

def primes():
    found = []
    for n in numbers(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)

def chunks(it, size):
    chunk = []
    for v in it:
        chunk.append(v)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

def roundrobin(*iterables):
    its = [iter(i) for i in iterables]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)

print(list(take(10, primes())))
print(list(window(take(6, numbers()), 3)))
print(list(chunks("abcdefg", 3)))
print(list(roundrobin("ABC", "d", "EF")))

def parse(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()

def typed(pairs):
    for k, v in pairs:
        if v.isdigit():
            yield k, int(v)
        elif v in ("true", "false"):
            yield k, v == "true"
        else:
            yield k, v

config = """
# settings
width = 80
name = demo
debug = true

height=24
"""
print(dict(typed(parse(config.splitlines()))))

def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

def collector(out):
    while True:
        item = yield
        out.append(item.upper())

found = []
col = collector(found)
next(col)
gr = grep("py", col)
next(gr)
for line in ["python", "ruby", "pypy", "perl"]:
    gr.send(line)
print(found)

def running_max(it):
    best = None
    for v in it:
        if best is None or v > best:
            best = v
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
evens = (f for f in fib() if f % 2 == 0)
print(list(take(8, evens)))

def unique(it, key=lambda v: v):
    seen = set()
    for v in it:
        k = key(v)
        if k not in seen:
            seen.add(k)
            yield v
print(list(unique([3, 1, 3, 2, 1, 4])), list(unique(["a", "A", "b"], key=str.lower)))

def groupby_sorted(items, key):
    it = iter(items)
    try:
        current = next(it)
    except StopIteration:
        return
    group = [current]
    for item in it:
        if key(item) == key(current):
            group.append(item)
        else:
            yield key(current), group
            current, group = item, [item]
    yield key(current), group
words = sorted("apple avocado banana blueberry cherry".split())
print(list(groupby_sorted(words, key=lambda w: w[0])))
print(list(groupby_sorted([], key=len)))
