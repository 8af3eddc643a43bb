# A scheduler of cooperative tasks built on generators.
# Tasks are generators that yield "system calls" (Sleep, Spawn, Join, Get/Put on channels,
# Cancel) to the scheduler, which resumes them with send() and delivers failures with throw().
# Helpers are sub-generators used with `yield from`, whose return values flow back to the caller.
# Time is virtual: the clock jumps to the next wake-up when every task is asleep, so the run is
# deterministic. At the end the tasks still blocked are shut down with close().


class Cancelled(Exception):
    """Thrown into a task that another task cancelled."""


class TaskFailed(Exception):
    def __init__(self, task, error):
        super().__init__(f"task {task.name} failed: {error!r}")
        self.task = task
        self.error = error


class Queue:
    """A FIFO with O(1) amortised pops from the front (two lists)."""

    def __init__(self):
        self._in, self._out = [], []

    def push(self, item):
        self._in.append(item)

    def pop(self):
        if not self._out:
            self._in.reverse()
            self._in, self._out = [], self._in
        return self._out.pop()

    def remove(self, item):
        for lst in (self._in, self._out):
            if item in lst:
                lst.remove(item)
                return True
        return False

    def __len__(self):
        return len(self._in) + len(self._out)

    def __bool__(self):
        return len(self) > 0


# ---------------------------------------------------------------- system calls

class SysCall:
    def __repr__(self):
        args = ", ".join(f"{v!r}" for v in vars(self).values())
        return f"{type(self).__name__}({args})"


class Sleep(SysCall):
    def __init__(self, ticks):
        self.ticks = ticks


class Spawn(SysCall):
    def __init__(self, gen, name):
        self.gen, self.name = gen, name

    def __repr__(self):
        return f"Spawn({self.gen.__name__}(), {self.name!r})"


class Join(SysCall):
    def __init__(self, task):
        self.task = task


class Cancel(SysCall):
    def __init__(self, task):
        self.task = task


class Get(SysCall):
    def __init__(self, channel):
        self.channel = channel


class Put(SysCall):
    def __init__(self, channel, item):
        self.channel, self.item = channel, item


class Now(SysCall):
    pass


# ---------------------------------------------------------------- tasks and channels

class Task:
    _ids = 0

    def __init__(self, gen, name):
        Task._ids += 1
        self.id = Task._ids
        self.gen = gen
        self.name = name
        self.state = "ready"
        self.result = None
        self.error = None
        self.joiners = []
        self.send_value = None
        self.throw_value = None
        self.steps = 0

    def __repr__(self):
        return f"<Task {self.id} {self.name} {self.state}>"


class Channel:
    def __init__(self, name, capacity=1):
        self.name = name
        self.capacity = capacity
        self.items = Queue()
        self.getters = Queue()
        self.putters = Queue()

    def __repr__(self):
        return f"Channel({self.name!r}, {len(self.items)}/{self.capacity})"


class Scheduler:
    def __init__(self, trace=False):
        self.ready = Queue()
        self.sleeping = []          # (wake_time, seq, task), kept sorted
        self.tasks = {}
        self.clock = 0
        self.seq = 0
        self.trace = trace
        self.log = []

    def say(self, text):
        self.log.append(f"t={self.clock:3d} {text}")

    def spawn(self, gen, name):
        task = Task(gen, name)
        self.tasks[task.id] = task
        self.ready.push(task)
        return task

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                wake, _, task = self.sleeping.pop(0)
                self.clock = max(self.clock, wake)
                self.make_ready(task)
                while self.sleeping and self.sleeping[0][0] <= self.clock:
                    self.make_ready(self.sleeping.pop(0)[2])
                continue
            task = self.ready.pop()
            self.step(task)
        blocked = [t for t in self.tasks.values() if t.state not in ("done", "failed", "cancelled")]
        for task in blocked:
            self.say(f"closing blocked {task.name} ({task.state})")
            task.gen.close()
            task.state = "closed"
        return blocked

    def make_ready(self, task):
        task.state = "ready"
        self.ready.push(task)

    def step(self, task):
        task.state = "running"
        task.steps += 1
        try:
            if task.throw_value is not None:
                exc, task.throw_value = task.throw_value, None
                call = task.gen.throw(exc)
            else:
                value, task.send_value = task.send_value, None
                call = task.gen.send(value)
        except StopIteration as stop:
            self.finish(task, "done", result=stop.value)
            return
        except Cancelled:
            self.finish(task, "cancelled")
            return
        except Exception as exc:
            self.finish(task, "failed", error=exc)
            return
        if self.trace:
            self.say(f"{task.name} -> {call!r}")
        self.handle(task, call)

    def finish(self, task, state, result=None, error=None):
        task.state, task.result, task.error = state, result, error
        detail = f" -> {result!r}" if state == "done" else f" ({error!r})" if error else ""
        self.say(f"{task.name} {state}{detail}")
        for joiner in task.joiners:
            if state == "done":
                joiner.send_value = result
            elif state == "failed":
                joiner.throw_value = TaskFailed(task, error)
            else:
                joiner.throw_value = Cancelled(f"{task.name} was cancelled")
            self.make_ready(joiner)
        task.joiners = []

    def handle(self, task, call):
        if isinstance(call, Sleep):
            self.seq += 1
            task.state = "sleeping"
            self.sleeping.append((self.clock + call.ticks, self.seq, task))
            self.sleeping.sort(key=lambda entry: (entry[0], entry[1]))
        elif isinstance(call, Spawn):
            child = self.spawn(call.gen, call.name)
            task.send_value = child
            self.make_ready(task)
        elif isinstance(call, Now):
            task.send_value = self.clock
            self.make_ready(task)
        elif isinstance(call, Join):
            target = call.task
            if target.state in ("done", "failed", "cancelled"):
                task.send_value = target.result
                if target.state == "failed":
                    task.throw_value = TaskFailed(target, target.error)
                self.make_ready(task)
            else:
                task.state = f"joining {target.name}"
                target.joiners.append(task)
        elif isinstance(call, Cancel):
            self.cancel(call.task, by=task)
            self.make_ready(task)
        elif isinstance(call, Put):
            self.put(task, call.channel, call.item)
        elif isinstance(call, Get):
            self.get(task, call.channel)
        else:
            task.throw_value = TypeError(f"unknown system call {call!r}")
            self.make_ready(task)

    def cancel(self, target, by):
        if target.state in ("done", "failed", "cancelled"):
            return
        self.say(f"{by.name} cancels {target.name}")
        self.ready.remove(target)
        self.sleeping = [e for e in self.sleeping if e[2] is not target]
        target.throw_value = Cancelled(f"cancelled by {by.name}")
        self.make_ready(target)

    def put(self, task, ch, item):
        if ch.getters:
            getter = ch.getters.pop()
            getter.send_value = item
            self.make_ready(getter)
            self.make_ready(task)
        elif len(ch.items) < ch.capacity:
            ch.items.push(item)
            self.make_ready(task)
        else:
            task.state = f"blocked on put {ch.name}"
            ch.putters.push((task, item))

    def get(self, task, ch):
        if ch.items:
            task.send_value = ch.items.pop()
            if ch.putters:
                putter, item = ch.putters.pop()
                ch.items.push(item)
                self.make_ready(putter)
            self.make_ready(task)
        elif ch.putters:
            putter, item = ch.putters.pop()
            task.send_value = item
            self.make_ready(putter)
            self.make_ready(task)
        else:
            task.state = f"blocked on get {ch.name}"
            ch.getters.push(task)


# ---------------------------------------------------------------- helpers (sub-generators)

def sleep(ticks):
    yield Sleep(ticks)


def now():
    return (yield Now())


def receive(ch):
    item = yield Get(ch)
    return item


def send(ch, item):
    yield Put(ch, item)


def spawn(gen, name):
    task = yield Spawn(gen, name)
    return task


def join(task):
    return (yield Join(task))


def timed(label, sub):
    """Run a sub-generator, passing its syscalls through, and report how long it took."""
    start = yield from now()
    result = yield from sub
    end = yield from now()
    return label, result, end - start


# ---------------------------------------------------------------- the workload

def producer(sched, ch, name, items, delay):
    produced = 0
    try:
        for item in items:
            yield from sleep(delay)
            yield from send(ch, f"{name}:{item}")
            produced += 1
        return produced
    finally:
        sched.say(f"{name} produced {produced}")


def consumer(sched, ch, name, count):
    got = []
    for _ in range(count):
        item = yield from receive(ch)
        got.append(item)
        yield from sleep(1)
    return sorted(got)


def worker(sched, n):
    total = 0
    for i in range(1, n + 1):
        total += i * i
        yield from sleep(2)
        if n == 4 and i == 3:
            raise ValueError(f"worker {n} hit a bad value at step {i}")
    return total


def watchdog(sched, victim, after):
    yield from sleep(after)
    yield Cancel(victim)
    return "watchdog done"


def forever(sched, name):
    ticks = 0
    try:
        while True:
            yield from sleep(3)
            ticks += 1
    except Cancelled as exc:
        sched.say(f"{name} cancelled after {ticks} ticks: {exc}")
        raise
    finally:
        sched.say(f"{name} cleans up")


def waiter_forever(sched, ch):
    try:
        item = yield from receive(ch)
        return item
    finally:
        sched.say("waiter released")


def main_task(sched):
    ch = Channel("jobs", capacity=2)
    prods = []
    for name, items, delay in [("p1", "abc", 1), ("p2", "xy", 2)]:
        prods.append((yield from spawn(producer(sched, ch, name, items, delay), name)))
    cons = yield from spawn(consumer(sched, ch, "c1", 5), "c1")
    workers = []
    for n in (3, 4, 5):
        workers.append((yield from spawn(worker(sched, n), f"w{n}")))
    loop = yield from spawn(forever(sched, "ticker"), "ticker")
    yield from spawn(watchdog(sched, loop, 10), "watchdog")
    yield from spawn(waiter_forever(sched, Channel("never")), "waiter")

    results = {}
    for w in workers:
        try:
            results[w.name] = yield from join(w)
        except TaskFailed as exc:
            results[w.name] = f"failed: {exc.error}"
    label, received, elapsed = yield from timed("consume", join(cons))
    made = []
    for p in prods:
        made.append((yield from join(p)))
    try:
        yield from join(loop)
    except Cancelled as exc:
        results["ticker"] = f"cancelled ({exc})"
    try:
        yield "not a syscall"
    except TypeError as exc:
        results["bad syscall"] = str(exc)
    return {"workers": results, "received": received, "waited": elapsed, "produced": made, "label": label}


def run_demo(trace):
    Task._ids = 0
    sched = Scheduler(trace=trace)
    main = sched.spawn(main_task(sched), "main")
    blocked = sched.run()
    for line in sched.log:
        print(line)
    print("main:", main.state)
    for key, value in sorted(main.result.items()):
        if isinstance(value, dict):
            value = dict(sorted(value.items()))
        print(f"  {key}: {value}")
    print("blocked at the end:", blocked)
    print("steps:", sorted(((t.name, t.steps) for t in sched.tasks.values()), key=lambda p: (-p[1], p[0])))
    print("final clock:", sched.clock)


run_demo(trace=False)
print("-" * 40)
run_demo(trace=True)
