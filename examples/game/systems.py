from components import Position, Velocity, Health

SIZE = 20

def move(world):
    for e, p, v in world.query(Position, Velocity):
        p.x = (p.x + v.dx) % SIZE
        p.y = (p.y + v.dy) % SIZE

def collide(world):
    cells = {}
    for e, p in world.query(Position):
        cells.setdefault((p.x, p.y), []).append(e)
    for crowd in cells.values():
        if len(crowd) > 1:
            for e in crowd:
                h = world.get(e, Health)
                if h is not None:
                    h.hp -= len(crowd) - 1

def reap(world):
    dead = [e for e, h in world.query(Health) if h.hp <= 0]
    for e in dead:
        world.kill(e)

def checksum(world):
    total = 0
    for e, p in world.query(Position):
        total = (total * 31 + p.x * 20 + p.y + e) % 1000003
    return total
