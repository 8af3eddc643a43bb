# An event-driven game loop with entities and components: a small arena simulation.
# Entities are ids with components attached; systems run each tick over the entities that have
# the components they need; an event bus decouples collisions, damage, deaths and scoring.
# Randomness comes from a seeded linear congruential generator, so the run is deterministic.


class LCG:
    """Numerical Recipes' 32-bit LCG: deterministic and the same everywhere."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self):
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return self.state

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

    def chance(self, percent):
        return self.next() % 100 < percent

    def choice(self, seq):
        return seq[self.next() % len(seq)]


# ---------------------------------------------------------------- components

class Component:
    __slots__ = ()

    def __repr__(self):
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


class Position(Component):
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Velocity(Component):
    __slots__ = ("dx", "dy")

    def __init__(self, dx, dy):
        self.dx, self.dy = dx, dy


class Health(Component):
    __slots__ = ("hp", "max_hp")

    def __init__(self, hp):
        self.hp = self.max_hp = hp

    @property
    def alive(self):
        return self.hp > 0


class Attack(Component):
    __slots__ = ("power", "cooldown", "ready_in")

    def __init__(self, power, cooldown):
        self.power, self.cooldown, self.ready_in = power, cooldown, 0


class Team(Component):
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name


class Pickup(Component):
    __slots__ = ("kind", "amount")

    def __init__(self, kind, amount):
        self.kind, self.amount = kind, amount


class Name(Component):
    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text


# ---------------------------------------------------------------- world and events

class GameError(Exception):
    pass


class UnknownEntity(GameError):
    def __init__(self, eid):
        super().__init__(eid)
        self.eid = eid

    def __str__(self):
        return f"no entity #{self.eid}"


class EventBus:
    def __init__(self):
        self.handlers = {}
        self.queue = []
        self.counts = {}

    def on(self, kind):
        def register(fn):
            self.handlers.setdefault(kind, []).append(fn)
            return fn
        return register

    def emit(self, kind, **data):
        self.queue.append((kind, data))

    def dispatch(self):
        handled = 0
        while self.queue:
            kind, data = self.queue.pop(0)
            self.counts[kind] = self.counts.get(kind, 0) + 1
            for handler in self.handlers.get(kind, ()):
                handler(**data)
            handled += 1
        return handled


class World:
    WIDTH, HEIGHT = 9, 6

    def __init__(self, seed):
        self.rng = LCG(seed)
        self.next_id = 1
        self.components = {}
        self.bus = EventBus()
        self.tick = 0
        self.log = []

    def spawn(self, *components):
        eid = self.next_id
        self.next_id += 1
        for c in components:
            self.components.setdefault(type(c), {})[eid] = c
        return eid

    def destroy(self, eid):
        found = False
        for store in self.components.values():
            if store.pop(eid, None) is not None:
                found = True
        if not found:
            raise UnknownEntity(eid)

    def get(self, eid, ctype):
        try:
            return self.components[ctype][eid]
        except KeyError:
            return None

    def query(self, *ctypes):
        """Yield (eid, comp1, comp2, ...) for entities having all the component types, by id."""
        stores = [self.components.get(ct, {}) for ct in ctypes]
        smallest = min(stores, key=len)
        for eid in sorted(smallest):
            if all(eid in s for s in stores):
                yield (eid, *(s[eid] for s in stores))

    def name(self, eid):
        n = self.get(eid, Name)
        return n.text if n else f"#{eid}"

    def say(self, text):
        self.log.append(f"[{self.tick:02d}] {text}")


# ---------------------------------------------------------------- systems

def movement_system(world):
    for eid, pos, vel in world.query(Position, Velocity):
        nx, ny = pos.x + vel.dx, pos.y + vel.dy
        if not 0 <= nx < World.WIDTH:
            vel.dx = -vel.dx
            nx = pos.x + vel.dx
        if not 0 <= ny < World.HEIGHT:
            vel.dy = -vel.dy
            ny = pos.y + vel.dy
        pos.x, pos.y = nx, ny


def wander_system(world):
    for eid, vel, team in world.query(Velocity, Team):
        if world.rng.chance(20):
            vel.dx, vel.dy = world.rng.choice([(1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1)])


def collision_system(world):
    cells = {}
    for eid, pos in world.query(Position):
        cells.setdefault((pos.x, pos.y), []).append(eid)
    for cell, eids in sorted(cells.items()):
        if len(eids) > 1:
            for i, a in enumerate(eids):
                for b in eids[i + 1:]:
                    world.bus.emit("collide", a=a, b=b, cell=cell)


def cooldown_system(world):
    for eid, atk in world.query(Attack):
        if atk.ready_in > 0:
            atk.ready_in -= 1


def make_scoreboard():
    scores = {}

    def add(team, points):
        scores[team] = scores.get(team, 0) + points
        return scores[team]

    def table():
        return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))

    return add, table


# ---------------------------------------------------------------- game setup

def build_game(seed):
    world = World(seed)
    add_score, score_table = make_scoreboard()
    bus = world.bus

    @bus.on("collide")
    def on_collide(a, b, cell):
        for attacker, target in ((a, b), (b, a)):
            atk = world.get(attacker, Attack)
            t1, t2 = world.get(attacker, Team), world.get(target, Team)
            if atk and t2 and t1 and t1.name != t2.name and atk.ready_in == 0:
                atk.ready_in = atk.cooldown
                bus.emit("damage", source=attacker, target=target, amount=atk.power)
        pickup = world.get(b, Pickup) or world.get(a, Pickup)
        if pickup:
            taker = a if world.get(b, Pickup) else b
            if world.get(taker, Health):
                bus.emit("pickup", eid=taker, item=b if taker == a else a)

    @bus.on("damage")
    def on_damage(source, target, amount):
        hp = world.get(target, Health)
        if hp is None or not hp.alive:
            return
        hp.hp = max(0, hp.hp - amount)
        world.say(f"{world.name(source)} hits {world.name(target)} for {amount} ({hp.hp}/{hp.max_hp})")
        if not hp.alive:
            bus.emit("death", eid=target, killer=source)

    @bus.on("death")
    def on_death(eid, killer):
        team = world.get(killer, Team)
        world.say(f"{world.name(eid)} is defeated by {world.name(killer)}")
        if team:
            total = add_score(team.name, 10)
            world.say(f"team {team.name} now has {total} points")
        world.destroy(eid)

    @bus.on("pickup")
    def on_pickup(eid, item):
        p = world.get(item, Pickup)
        if p is None:
            return
        hp = world.get(eid, Health)
        if p.kind == "potion":
            healed = min(p.amount, hp.max_hp - hp.hp)
            hp.hp += healed
            world.say(f"{world.name(eid)} drinks a potion (+{healed})")
        elif p.kind == "gem":
            team = world.get(eid, Team)
            add_score(team.name, p.amount)
            world.say(f"{world.name(eid)} finds a gem worth {p.amount}")
        world.destroy(item)

    rng = world.rng
    heroes = [("Ayla", "red"), ("Bram", "red"), ("Cato", "blue"), ("Dara", "blue"), ("Eiko", "green")]
    for name, team in heroes:
        world.spawn(Name(name), Team(team), Health(rng.randint(18, 30)),
                    Position(rng.randint(0, World.WIDTH - 1), rng.randint(0, World.HEIGHT - 1)),
                    Velocity(rng.choice([-1, 1]), rng.choice([-1, 0, 1])),
                    Attack(rng.randint(5, 11), rng.randint(1, 3)))
    for i in range(6):
        kind = "potion" if i % 2 == 0 else "gem"
        world.spawn(Name(f"{kind}{i}"), Pickup(kind, rng.randint(3, 8)),
                    Position(rng.randint(0, World.WIDTH - 1), rng.randint(0, World.HEIGHT - 1)))
    return world, score_table


def render(world):
    grid = [["." for _ in range(World.WIDTH)] for _ in range(World.HEIGHT)]
    for eid, pos in world.query(Position):
        mark = world.name(eid)[0]
        if world.get(eid, Pickup):
            mark = mark.lower()
        cell = grid[pos.y][pos.x]
        grid[pos.y][pos.x] = "*" if cell != "." else mark
    return ["".join(row) for row in grid]


def run(seed, ticks):
    world, score_table = build_game(seed)
    systems = [wander_system, movement_system, cooldown_system, collision_system]
    print(f"== game with seed {seed} ==")
    for line in render(world):
        print("  " + line)
    events_total = 0
    for tick in range(1, ticks + 1):
        world.tick = tick
        for system in systems:
            system(world)
        events_total += world.bus.dispatch()
        alive_teams = {team.name for _, team, hp in world.query(Team, Health) if hp.alive}
        if len(alive_teams) <= 1:
            world.say(f"only {', '.join(sorted(alive_teams)) or 'nobody'} left standing")
            break
    for line in world.log:
        print(line)
    print(f"after {world.tick} ticks: {events_total} events", dict(sorted(world.bus.counts.items())))
    for line in render(world):
        print("  " + line)
    survivors = sorted(((world.name(eid), hp.hp) for eid, hp in world.query(Health)), key=lambda s: (-s[1], s[0]))
    print("survivors:", ", ".join(f"{n}({hp})" for n, hp in survivors))
    print("scores:", score_table())
    try:
        world.destroy(999)
    except GameError as e:
        print("error:", e, type(e).__name__, e.eid)
    return world


w1 = run(7, 300)
w2 = run(2024, 300)
print(sorted(len(store) for store in w1.components.values()))
print(sorted(ct.__name__ for ct in w2.components), repr(w2.get(1, Position)) if w2.get(1, Position) else None)
