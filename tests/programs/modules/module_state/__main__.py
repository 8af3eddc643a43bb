# module globals are shared by every importer; from-import copies the binding, not the variable
import counter
import user
print(user.use(), user.use())
print(counter.count, counter.items is user.items, user.count)
counter.count = 100
print(counter.bump(), user.counter is counter)
