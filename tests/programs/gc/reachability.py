# Objects that look unreachable when the collector first meets them, but are reachable through
# objects it meets later (the scan moves them back); nothing reachable may be freed.
import gc

gc.collect()

a = [1]
b = [a]
del a
print(gc.collect(), b)

# a chain built backwards: every link is allocated before the one that refers to it
head = None
links = []
for i in range(2000):
    links.append([i])
for i in range(1999):
    links[i + 1].append(links[i])
head = links[-1]
del links
print(gc.collect())
n, x = 0, head
while len(x) > 1:
    n += 1
    x = x[1]
print(n, x)

# the same chain, with a cycle at the far end
links = [[i] for i in range(500)]
for i in range(499):
    links[i + 1].append(links[i])
links[0].append(links[0])
head = links[-1]
del links
print(gc.collect(), head[0], len(head))
del head
print(gc.collect())

# dicts, tuples and instances in a tree that only its root holds
class Node:
    __slots__ = ("kids", "val")
def tree(depth):
    n = Node()
    n.val = depth
    n.kids = () if depth == 0 else (tree(depth - 1), {"k": tree(depth - 1)})
    return n
root = tree(8)
print(gc.collect())
def count(n):
    total = 1
    for k in n.kids:
        total += count(k) if isinstance(k, Node) else count(k["k"])
    return total
print(count(root))
root.kids[0].kids[1]["k"].kids = (root,)     # now it is a cycle, still reachable
print(gc.collect(), count(root.kids[1]["k"]))
del root
print(gc.collect() > 0)
