# A text adventure as a state machine, driven by a scripted list of commands.
# The game has modes (exploring, talking, fighting, game over); each mode is a state object that
# interprets commands and returns the next state. Rooms, items and a locked door make up the map,
# a riddle-telling sphinx is a generator-driven conversation, and a save/restore pair snapshots
# the world as plain data.


class CommandError(Exception):
    """A command the current state cannot carry out (reported, the game goes on)."""


class UnknownCommand(CommandError):
    def __init__(self, verb, state):
        super().__init__(f"I don't know how to '{verb}' while {state}.")


class Item:
    def __init__(self, name, description, weight=1, value=0, *, takeable=True):
        self.name = name
        self.description = description
        self.weight = weight
        self.value = value
        self.takeable = takeable

    def __repr__(self):
        return f"Item({self.name!r})"

    def __str__(self):
        return self.name


class Room:
    def __init__(self, key, title, description):
        self.key = key
        self.title = title
        self.description = description
        self.exits = {}
        self.items = {}
        self.locked = {}
        self.visits = 0

    def connect(self, direction, other, back=None, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by
        if back:
            other.exits[back] = self

    def add(self, *items):
        for item in items:
            self.items[item.name] = item

    def describe(self, brief=False):
        lines = [f"== {self.title} =="]
        if not brief:
            lines.append(self.description)
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)) + ".")
        doors = []
        for d in sorted(self.exits):
            doors.append(f"{d} (locked)" if d in self.locked else d)
        lines.append("Exits: " + ", ".join(doors) + ".")
        return "\n".join(lines)


class Player:
    MAX_WEIGHT = 6

    def __init__(self):
        self.inventory = {}
        self.health = 10
        self.score = 0
        self.moves = 0

    @property
    def load(self):
        return sum(i.weight for i in self.inventory.values())

    def carry(self, item):
        if not item.takeable:
            raise CommandError(f"The {item.name} won't budge.")
        if self.load + item.weight > self.MAX_WEIGHT:
            raise CommandError(f"The {item.name} is too heavy to carry with everything else.")
        self.inventory[item.name] = item
        self.score += item.value


def sphinx_dialogue():
    """The sphinx's side of the conversation: yields lines, receives the player's answers."""
    riddles = [
        ("What has keys but opens no locks?", {"piano", "keyboard"}),
        ("The more you take, the more you leave behind. What are they?", {"footsteps", "steps"}),
    ]
    solved = 0
    prefix = ""
    yield "The sphinx stirs. 'Answer my riddles, traveller.'"
    for question, accepted in riddles:
        answer = yield prefix + question
        tries = 1
        while answer not in accepted:
            if tries == 2:
                return solved
            tries += 1
            answer = yield f"'{answer}? No.' The sphinx narrows its eyes. {question}"
        solved += 1
        prefix = f"'{answer.capitalize()}... correct.' "
    return solved


class State:
    name = "?"
    verbs = {}

    def __init__(self, game):
        self.game = game

    def handle(self, verb, args):
        method = self.verbs.get(verb)
        if method is None:
            raise UnknownCommand(verb, self.name)
        return getattr(self, method)(*args)


class Exploring(State):
    name = "exploring"
    verbs = {"look": "look", "l": "look", "go": "go", "take": "take", "get": "take", "drop": "drop", "inventory": "inventory", "i": "inventory",
             "examine": "examine", "x": "examine", "unlock": "unlock", "talk": "talk", "attack": "attack",
             "save": "save", "restore": "restore", "eat": "eat"}

    def look(self):
        self.game.say(self.game.room.describe())
        return self

    def go(self, direction=None):
        if direction is None:
            raise CommandError("Go where?")
        room = self.game.room
        if direction not in room.exits:
            raise CommandError(f"You can't go {direction} from here.")
        if direction in room.locked:
            raise CommandError(f"The way {direction} is locked.")
        self.game.move_to(room.exits[direction])
        if self.game.room.key == "vault":
            return self.game.finish("You step into the vault, treasure in hand." if "crown" in self.game.player.inventory
                                    else "You reach the vault... but without the crown it is just a room.", won=True)
        return self


    def take(self, *words):
        name = " ".join(words)
        room = self.game.room
        if name == "all":
            taken = []
            for item_name in sorted(room.items):
                try:
                    self.take(item_name)
                    taken.append(item_name)
                except CommandError as exc:
                    self.game.say(str(exc))
            if not taken:
                raise CommandError("There is nothing here you can take.")
            return self
        item = room.items.get(name)
        if item is None:
            raise CommandError(f"There is no {name or 'such thing'} here.")
        self.game.player.carry(item)
        del room.items[name]
        self.game.say(f"Taken: {name}.")
        return self

    def drop(self, *words):
        name = " ".join(words)
        item = self.game.player.inventory.pop(name, None)
        if item is None:
            raise CommandError(f"You aren't carrying {name or 'that'}.")
        self.game.room.add(item)
        self.game.say(f"Dropped: {name}.")
        return self

    def inventory(self):
        inv = self.game.player.inventory
        if not inv:
            self.game.say("You are empty-handed.")
        else:
            listing = ", ".join(f"{n} ({i.weight})" for n, i in sorted(inv.items()))
            self.game.say(f"You carry: {listing}; load {self.game.player.load}/{Player.MAX_WEIGHT}.")
        return self

    def examine(self, *words):
        name = " ".join(words)
        item = self.game.player.inventory.get(name) or self.game.room.items.get(name)
        if item is None:
            raise CommandError(f"You see no {name} to examine.")
        self.game.say(item.description)
        return self

    def unlock(self, direction=None):
        room = self.game.room
        if direction not in room.locked:
            raise CommandError("There is nothing to unlock there.")
        needed = room.locked[direction]
        if needed not in self.game.player.inventory:
            raise CommandError(f"You need the {needed}.")
        del room.locked[direction]
        self.game.player.score += 5
        self.game.say(f"You unlock the way {direction} with the {needed}.")
        return self

    def eat(self, *words):
        name = " ".join(words)
        if name != "apple" or "apple" not in self.game.player.inventory:
            raise CommandError("You have nothing like that to eat.")
        del self.game.player.inventory["apple"]
        self.game.player.health = min(10, self.game.player.health + 4)
        self.game.say(f"Crunchy. Health {self.game.player.health}.")
        return self

    def talk(self, *words):
        if self.game.room.key != "hall":
            raise CommandError("Nobody here wants to talk.")
        if self.game.flags.get("sphinx_done"):
            raise CommandError("The sphinx has nothing more to say.")
        return Talking(self.game)

    def attack(self, *words):
        if self.game.room.key != "cellar" or self.game.flags.get("rat_dead"):
            raise CommandError("There is nothing to attack.")
        return Fighting(self.game, enemy="giant rat", hp=7)

    def save(self):
        self.game.saved = self.game.snapshot()
        self.game.say("Game saved.")
        return self

    def restore(self):
        if self.game.saved is None:
            raise CommandError("There is no saved game.")
        self.game.load_snapshot(self.game.saved)
        self.game.say("Game restored.")
        self.game.say(self.game.room.describe(brief=True))
        return self


def _walk(direction):
    def walk(self):
        return self.go(direction)
    walk.__name__ = direction
    return walk


for _short, _long in [("n", "north"), ("s", "south"), ("e", "east"), ("w", "west"), ("u", "up"), ("d", "down")]:
    setattr(Exploring, _long, _walk(_long))
    Exploring.verbs[_short] = Exploring.verbs[_long] = _long


class Talking(State):
    name = "talking"
    verbs = {"say": "say", "answer": "say", "bye": "bye"}

    def __init__(self, game):
        super().__init__(game)
        self.dialogue = sphinx_dialogue()
        game.say(next(self.dialogue))
        game.say(next(self.dialogue))

    def say(self, *words):
        try:
            self.game.say(self.dialogue.send(" ".join(words).lower()))
        except StopIteration as stop:
            return self.end(stop.value)
        return self

    def end(self, solved):
        self.game.flags["sphinx_done"] = True
        if solved == 2:
            self.game.room.add(Item("crown", "A crown of beaten gold.", weight=2, value=50))
            self.game.say("The sphinx bows and leaves a crown behind.")
        else:
            self.game.say(f"The sphinx vanishes in disgust ({solved} of 2 solved).")
        return Exploring(self.game)

    def bye(self):
        self.dialogue.close()
        self.game.say("You back away from the sphinx.")
        return Exploring(self.game)


class Fighting(State):
    name = "fighting"
    verbs = {"hit": "hit", "attack": "hit", "flee": "flee"}

    def __init__(self, game, enemy, hp):
        super().__init__(game)
        self.enemy, self.hp = enemy, hp
        game.say(f"The {enemy} bares its teeth!")

    def hit(self, *words):
        player = self.game.player
        damage = 4 if "sword" in player.inventory else 1
        self.hp -= damage
        self.game.say(f"You hit the {self.enemy} for {damage}.")
        if self.hp <= 0:
            self.game.flags["rat_dead"] = True
            player.score += 20
            self.game.room.add(Item("key", "A small brass key.", value=5))
            self.game.say(f"The {self.enemy} flees, dropping a key.")
            return Exploring(self.game)
        player.health -= 3
        self.game.say(f"The {self.enemy} bites you. Health {player.health}.")
        if player.health <= 0:
            return self.game.finish("You collapse in the cellar.", won=False)
        return self

    def flee(self):
        self.game.say("You run back up the stairs.")
        self.game.move_to(self.game.room.exits["up"])
        return Exploring(self.game)


class GameOver(State):
    name = "the game is over"
    verbs = {}


class Game:
    def __init__(self):
        self.rooms = {}
        self.player = Player()
        self.flags = {}
        self.saved = None
        self.output = []
        self.build()
        self.state = Exploring(self)

    def build(self):
        def room(key, title, text):
            r = self.rooms[key] = Room(key, title, text)
            return r
        yard = room("yard", "Courtyard", "Weeds push through the flagstones of a ruined courtyard.")
        hall = room("hall", "Great Hall", "A sphinx lies across the far end of the hall, watching you.")
        armory = room("armory", "Armory", "Empty racks line the walls; one sword remains.")
        cellar = room("cellar", "Cellar", "Damp and dark. Something scratches in the corner.")
        vault = room("vault", "Vault", "The vault, at last.")
        yard.connect("north", hall, back="south")
        hall.connect("east", armory, back="west")
        hall.connect("down", cellar, back="up")
        hall.connect("north", vault, back="south", locked_by="key")
        yard.add(Item("apple", "A slightly bruised apple.", value=1),
                 Item("statue", "A mossy statue of a king.", weight=10, takeable=False))
        armory.add(Item("sword", "A notched but serviceable sword.", weight=3, value=10),
                   Item("shield", "A heavy oak shield.", weight=4, value=5))
        self.room = yard
        yard.visits = 1

    def say(self, text):
        self.output.append(text)

    def move_to(self, room):
        self.room = room
        room.visits += 1
        self.player.moves += 1
        self.say(room.describe(brief=room.visits > 1))

    def finish(self, text, won):
        self.say(text)
        if won and "crown" in self.player.inventory:
            self.player.score += 100
        self.say(f"*** {'You win' if won else 'You lose'}: score {self.player.score} in {self.player.moves} moves ***")
        return GameOver(self)

    def snapshot(self):
        return {
            "room": self.room.key,
            "player": {"inventory": sorted(self.player.inventory), "health": self.player.health,
                       "score": self.player.score, "moves": self.player.moves},
            "rooms": {k: {"items": sorted(r.items), "locked": dict(r.locked), "visits": r.visits}
                      for k, r in self.rooms.items()},
            "flags": dict(self.flags),
        }

    def load_snapshot(self, snap):
        everything = {}
        for r in self.rooms.values():
            everything.update(r.items)
        everything.update(self.player.inventory)
        for key, data in snap["rooms"].items():
            r = self.rooms[key]
            r.items = {n: everything[n] for n in data["items"] if n in everything}
            r.locked = dict(data["locked"])
            r.visits = data["visits"]
        p = snap["player"]
        self.player.inventory = {n: everything[n] for n in p["inventory"]}
        self.player.health, self.player.score, self.player.moves = p["health"], p["score"], p["moves"]
        self.flags = dict(snap["flags"])
        self.room = self.rooms[snap["room"]]

    def command(self, line):
        words = line.lower().split()
        if not words:
            return
        verb, args = words[0], words[1:]
        before = type(self.state).__name__
        try:
            self.state = self.state.handle(verb, args)
        except CommandError as exc:
            self.say(str(exc))
        except TypeError:
            self.say(f"'{line}' doesn't make sense.")
        after = type(self.state).__name__
        if before != after:
            self.say(f"[{before} -> {after}]")


SCRIPT = """
look
take apple
take statue
x statue
n
dance
w
go
go north now
e
take all
i
drop shield
take sword
x sword
inventory
w
talk
say a piano
say piano
say footprints
say footsteps
look
take crown
north
unlock north
down
save
attack
hit
hit
take key
i
restore
i
attack
flee
d
attack
look
hit
hit
take key
eat apple
take key
eat apple
up
unlock north
n
look
"""


def play():
    game = Game()
    game.say(game.room.describe())
    for line in SCRIPT.strip().splitlines():
        game.output.append(f"> {line}")
        game.command(line)
    for text in game.output:
        print(text)
    print("final state:", type(game.state).__name__, game.state.name)
    print("visits:", {k: r.visits for k, r in sorted(game.rooms.items())})
    print("snapshot:", game.snapshot()["player"])


play()
