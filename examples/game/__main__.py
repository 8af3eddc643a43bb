"""A tiny entity-component game loop: the example archive of the README.

    npx dust compile examples/game/ -o game.zip
    npx dust run game.zip --heap 8M
"""
from world import World
from components import Position, Velocity, Health
import systems

def main():
    world = World()
    for i in range(200):
        e = world.spawn()
        world.add(e, Position(i % 20, i // 20))
        world.add(e, Velocity((i * 7) % 5 - 2, (i * 3) % 5 - 2))
        if i % 3 == 0:
            world.add(e, Health(10 + i % 7))
    for tick in range(60):
        systems.move(world)
        systems.collide(world)
        systems.reap(world)
        if tick % 20 == 0:
            print("tick", tick, "entities", world.count(), "alive with health", world.count(Health))
    print("final", world.count(), systems.checksum(world))

main()
