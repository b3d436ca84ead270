"""CD: collision detection between simulated aircraft (after CDx), over a red-black tree keyed by
call signs and voxel positions, as in the suite."""
import math
import sys

from harness import Benchmark
from som import Vector

MIN_X = 0.0
MIN_Y = 0.0
MAX_X = 1000.0
MAX_Y = 1000.0
MIN_Z = 0.0
MAX_Z = 10.0
PROXIMITY_RADIUS = 1.0
GOOD_VOXEL_SIZE = PROXIMITY_RADIUS * 2.0

RED = 0
BLACK = 1


class _Node:
    __slots__ = ("key", "value", "left", "right", "parent", "color")

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None
        self.parent = None
        self.color = RED

    def successor(self):
        x = self
        if x.right is not None:
            return _tree_minimum(x.right)
        y = x.parent
        while y is not None and x is y.right:
            x = y
            y = y.parent
        return y


def _tree_minimum(x):
    current = x
    while current.left is not None:
        current = current.left
    return current


class RedBlackTree:
    """An ordered map; keys provide compare_to(other) returning -1, 0 or 1."""

    def __init__(self):
        self.root = None

    def put(self, key, value):
        """Associates value with key; returns the value it replaced, or None."""
        x, old_value = self._tree_insert(key, value)
        if x is None:
            return old_value
        while x is not self.root and x.parent.color == RED:
            if x.parent is x.parent.parent.left:
                y = x.parent.parent.right
                if y is not None and y.color == RED:
                    # case 1
                    x.parent.color = BLACK
                    y.color = BLACK
                    x.parent.parent.color = RED
                    x = x.parent.parent
                else:
                    if x is x.parent.right:
                        # case 2
                        x = x.parent
                        self._left_rotate(x)
                    # case 3
                    x.parent.color = BLACK
                    x.parent.parent.color = RED
                    self._right_rotate(x.parent.parent)
            else:
                # the same with left and right exchanged
                y = x.parent.parent.left
                if y is not None and y.color == RED:
                    x.parent.color = BLACK
                    y.color = BLACK
                    x.parent.parent.color = RED
                    x = x.parent.parent
                else:
                    if x is x.parent.left:
                        x = x.parent
                        self._right_rotate(x)
                    x.parent.color = BLACK
                    x.parent.parent.color = RED
                    self._left_rotate(x.parent.parent)
        self.root.color = BLACK
        return None

    def remove(self, key):
        """Removes key; returns its value, or None when absent."""
        z = self._find_node(key)
        if z is None:
            return None
        # y is the node unlinked from the tree
        if z.left is None or z.right is None:
            y = z
        else:
            y = z.successor()
        # x is the child of y that may replace it; it may be absent
        x = y.left if y.left is not None else y.right
        if x is not None:
            x.parent = y.parent
            x_parent = x.parent
        else:
            x_parent = y.parent
        if y.parent is None:
            self.root = x
        elif y is y.parent.left:
            y.parent.left = x
        else:
            y.parent.right = x
        if y is not z:
            if y.color == BLACK:
                self._remove_fixup(x, x_parent)
            y.parent = z.parent
            y.color = z.color
            y.left = z.left
            y.right = z.right
            if z.left is not None:
                z.left.parent = y
            if z.right is not None:
                z.right.parent = y
            if z.parent is not None:
                if z.parent.left is z:
                    z.parent.left = y
                else:
                    z.parent.right = y
            else:
                self.root = y
        elif y.color == BLACK:
            self._remove_fixup(x, x_parent)
        return z.value

    def get(self, key):
        node = self._find_node(key)
        return None if node is None else node.value

    def for_each(self, fn):
        """Calls fn(key, value) for every entry in key order."""
        if self.root is None:
            return
        current = _tree_minimum(self.root)
        while current is not None:
            fn(current.key, current.value)
            current = current.successor()

    def _find_node(self, key):
        current = self.root
        while current is not None:
            comparison = key.compare_to(current.key)
            if comparison == 0:
                return current
            current = current.left if comparison < 0 else current.right
        return None

    def _tree_insert(self, key, value):
        """Inserts or replaces; returns (new node, None) or (None, replaced value)."""
        y = None
        x = self.root
        while x is not None:
            y = x
            comparison = key.compare_to(x.key)
            if comparison < 0:
                x = x.left
            elif comparison > 0:
                x = x.right
            else:
                old_value = x.value
                x.value = value
                return None, old_value
        z = _Node(key, value)
        z.parent = y
        if y is None:
            self.root = z
        elif key.compare_to(y.key) < 0:
            y.left = z
        else:
            y.right = z
        return z, None

    def _left_rotate(self, x):
        y = x.right
        # y's left subtree becomes x's right subtree
        x.right = y.left
        if y.left is not None:
            y.left.parent = x
        # x's parent becomes y's
        y.parent = x.parent
        if x.parent is None:
            self.root = y
        elif x is x.parent.left:
            x.parent.left = y
        else:
            x.parent.right = y
        # x goes on y's left
        y.left = x
        x.parent = y
        return y

    def _right_rotate(self, y):
        x = y.left
        y.left = x.right
        if x.right is not None:
            x.right.parent = y
        x.parent = y.parent
        if y.parent is None:
            self.root = x
        elif y is y.parent.left:
            y.parent.left = x
        else:
            y.parent.right = x
        x.right = y
        y.parent = x
        return x

    def _remove_fixup(self, x, x_parent):
        while x is not self.root and (x is None or x.color == BLACK):
            if x is x_parent.left:
                # w cannot be absent here: the red-black properties guarantee it
                w = x_parent.right
                if w.color == RED:
                    # case 1
                    w.color = BLACK
                    x_parent.color = RED
                    self._left_rotate(x_parent)
                    w = x_parent.right
                if ((w.left is None or w.left.color == BLACK)
                        and (w.right is None or w.right.color == BLACK)):
                    # case 2
                    w.color = RED
                    x = x_parent
                    x_parent = x.parent
                else:
                    if w.right is None or w.right.color == BLACK:
                        # case 3
                        w.left.color = BLACK
                        w.color = RED
                        self._right_rotate(w)
                        w = x_parent.right
                    # case 4
                    w.color = x_parent.color
                    x_parent.color = BLACK
                    if w.right is not None:
                        w.right.color = BLACK
                    self._left_rotate(x_parent)
                    x = self.root
                    x_parent = x.parent
            else:
                # the same with left and right exchanged
                w = x_parent.left
                if w.color == RED:
                    w.color = BLACK
                    x_parent.color = RED
                    self._right_rotate(x_parent)
                    w = x_parent.left
                if ((w.right is None or w.right.color == BLACK)
                        and (w.left is None or w.left.color == BLACK)):
                    w.color = RED
                    x = x_parent
                    x_parent = x.parent
                else:
                    if w.left is None or w.left.color == BLACK:
                        w.right.color = BLACK
                        w.color = RED
                        self._left_rotate(w)
                        w = x_parent.left
                    w.color = x_parent.color
                    x_parent.color = BLACK
                    if w.left is not None:
                        w.left.color = BLACK
                    self._right_rotate(x_parent)
                    x = self.root
                    x_parent = x.parent
        if x is not None:
            x.color = BLACK


def compare_numbers(a, b):
    if a == b:
        return 0
    if a < b:
        return -1
    if a > b:
        return 1
    # NaN sorts before any number
    if a == a:
        return 1
    return -1


class Vector2D:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def plus(self, other):
        return Vector2D(self.x + other.x, self.y + other.y)

    def minus(self, other):
        return Vector2D(self.x - other.x, self.y - other.y)

    def compare_to(self, other):
        result = compare_numbers(self.x, other.x)
        if result != 0:
            return result
        return compare_numbers(self.y, other.y)


class Vector3D:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def plus(self, other):
        return Vector3D(self.x + other.x, self.y + other.y, self.z + other.z)

    def minus(self, other):
        return Vector3D(self.x - other.x, self.y - other.y, self.z - other.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def squared_magnitude(self):
        return self.dot(self)

    def magnitude(self):
        return math.sqrt(self.squared_magnitude())

    def times(self, amount):
        return Vector3D(self.x * amount, self.y * amount, self.z * amount)


class CallSign:
    def __init__(self, value):
        self.value = value

    def compare_to(self, other):
        if self.value == other.value:
            return 0
        return -1 if self.value < other.value else 1


class Aircraft:
    def __init__(self, callsign, position):
        self.callsign = callsign
        self.position = position


class Collision:
    def __init__(self, aircraft_a, aircraft_b, position):
        self.aircraft_a = aircraft_a
        self.aircraft_b = aircraft_b
        self.position = position


class Motion:
    """An aircraft's move from pos_one to pos_two during one frame."""

    def __init__(self, callsign, pos_one, pos_two):
        self.callsign = callsign
        self.pos_one = pos_one
        self.pos_two = pos_two

    def delta(self):
        return self.pos_two.minus(self.pos_one)

    def find_intersection(self, other):
        """Where this motion and other come within the proximity radius during the frame, or
        None. Time-based: it accounts for both aircraft moving, not only for where paths cross."""
        init1 = self.pos_one
        init2 = other.pos_one
        vec1 = self.delta()
        vec2 = other.delta()
        radius = PROXIMITY_RADIUS

        a = vec2.minus(vec1).squared_magnitude()
        if a != 0.0:
            # the times at which the aircraft are exactly radius apart solve a*t^2 + b*t + c = 0
            b = 2.0 * (init1.x * vec1.x - init1.x * vec2.x - init2.x * vec1.x + init2.x * vec2.x
                       + init1.y * vec1.y - init1.y * vec2.y - init2.y * vec1.y + init2.y * vec2.y
                       + init1.z * vec1.z - init1.z * vec2.z - init2.z * vec1.z + init2.z * vec2.z)
            c = (-radius * radius + (init2.x - init1.x) * (init2.x - init1.x)
                 + (init2.y - init1.y) * (init2.y - init1.y) + (init2.z - init1.z) * (init2.z - init1.z))
            discr = b * b - 4.0 * a * c
            if discr < 0.0:
                return None
            v1 = (-b - math.sqrt(discr)) / (2.0 * a)
            v2 = (-b + math.sqrt(discr)) / (2.0 * a)
            if v1 <= v2 and ((v1 <= 1.0 and 1.0 <= v2) or (v1 <= 0.0 and 0.0 <= v2)
                             or (0.0 <= v1 and v2 <= 1.0)):
                # report a collision that started before the frame at the frame's start
                v = 0.0 if v1 <= 0.0 else v1
                result1 = init1.plus(vec1.times(v))
                result2 = init2.plus(vec2.times(v))
                result = result1.plus(result2).times(0.5)
                if (MIN_X <= result.x <= MAX_X and MIN_Y <= result.y <= MAX_Y
                        and MIN_Z <= result.z <= MAX_Z):
                    return result
            return None
        # same velocity (or none): the distance never changes
        dist = init2.minus(init1).magnitude()
        if dist <= radius:
            return init1.plus(init2).times(0.5)
        return None


HORIZONTAL = Vector2D(GOOD_VOXEL_SIZE, 0.0)
VERTICAL = Vector2D(0.0, GOOD_VOXEL_SIZE)


def is_in_voxel(voxel, motion):
    if voxel.x > MAX_X or voxel.x < MIN_X or voxel.y > MAX_Y or voxel.y < MIN_Y:
        return False
    init = motion.pos_one
    fin = motion.pos_two
    v_s = GOOD_VOXEL_SIZE
    r = PROXIMITY_RADIUS / 2.0

    v_x = voxel.x
    x0 = init.x
    xv = fin.x - init.x
    v_y = voxel.y
    y0 = init.y
    yv = fin.y - init.y

    # Python raises on division by zero where Java yields an infinity or NaN: the results
    # are only used when the velocity is not zero, so None stands in for them.
    low_x = high_x = low_y = high_y = None
    if xv != 0.0:
        low_x = (v_x - r - x0) / xv
        high_x = (v_x + v_s + r - x0) / xv
        if xv < 0.0:
            low_x, high_x = high_x, low_x
    if yv != 0.0:
        low_y = (v_y - r - y0) / yv
        high_y = (v_y + v_s + r - y0) / yv
        if yv < 0.0:
            low_y, high_y = high_y, low_y

    return (((xv == 0.0 and v_x <= x0 + r and x0 - r <= v_x + v_s)  # no motion in x
             or (xv != 0.0 and ((low_x <= 1.0 <= high_x) or (low_x <= 0.0 <= high_x)
                                or (0.0 <= low_x and high_x <= 1.0))))
            and ((yv == 0.0 and v_y <= y0 + r and y0 - r <= v_y + v_s)  # no motion in y
                 or (yv != 0.0 and ((low_y <= 1.0 <= high_y) or (low_y <= 0.0 <= high_y)
                                    or (0.0 <= low_y and high_y <= 1.0)))))


def put_into_map(voxel_map, voxel, motion):
    array = voxel_map.get(voxel)
    if array is None:
        array = Vector()
        voxel_map.put(voxel, array)
    array.append(motion)


def recurse(voxel_map, seen, next_voxel, motion):
    if not is_in_voxel(next_voxel, motion):
        return
    if seen.put(next_voxel, True) is not None:
        return
    put_into_map(voxel_map, next_voxel, motion)

    recurse(voxel_map, seen, next_voxel.minus(HORIZONTAL), motion)
    recurse(voxel_map, seen, next_voxel.plus(HORIZONTAL), motion)
    recurse(voxel_map, seen, next_voxel.minus(VERTICAL), motion)
    recurse(voxel_map, seen, next_voxel.plus(VERTICAL), motion)
    recurse(voxel_map, seen, next_voxel.minus(HORIZONTAL).minus(VERTICAL), motion)
    recurse(voxel_map, seen, next_voxel.minus(HORIZONTAL).plus(VERTICAL), motion)
    recurse(voxel_map, seen, next_voxel.plus(HORIZONTAL).minus(VERTICAL), motion)
    recurse(voxel_map, seen, next_voxel.plus(HORIZONTAL).plus(VERTICAL), motion)


def voxel_hash(position):
    x_div = int(position.x / GOOD_VOXEL_SIZE)  # truncation toward zero, as Java's (int)
    y_div = int(position.y / GOOD_VOXEL_SIZE)
    x = GOOD_VOXEL_SIZE * x_div
    y = GOOD_VOXEL_SIZE * y_div
    if position.x < 0:
        x -= GOOD_VOXEL_SIZE
    if position.y < 0:
        y -= GOOD_VOXEL_SIZE
    return Vector2D(x, y)


def draw_motion_on_voxel_map(voxel_map, motion):
    seen = RedBlackTree()
    recurse(voxel_map, seen, voxel_hash(motion.pos_one), motion)


def reduce_collision_set(motions):
    voxel_map = RedBlackTree()
    motions.for_each(lambda motion: draw_motion_on_voxel_map(voxel_map, motion))
    result = Vector()

    def keep_shared(_key, value):
        if value.size() > 1:
            result.append(value)
    voxel_map.for_each(keep_shared)
    return result


class CollisionDetector:
    """Keeps each aircraft's last position; per frame, spreads the motions over a voxel map and
    tests the pairs sharing a voxel."""

    def __init__(self):
        self.state = RedBlackTree()

    def handle_new_frame(self, frame):
        motions = Vector()
        seen = RedBlackTree()
        state = self.state

        def record(aircraft):
            old_position = state.put(aircraft.callsign, aircraft.position)
            new_position = aircraft.position
            seen.put(aircraft.callsign, True)
            if old_position is None:
                # a newly introduced aircraft is treated as stationary
                old_position = new_position
            motions.append(Motion(aircraft.callsign, old_position, new_position))
        frame.for_each(record)

        # forget the aircraft that are no longer present
        to_remove = Vector()

        def collect_gone(key, _value):
            if not seen.get(key):
                to_remove.append(key)
        state.for_each(collect_gone)
        to_remove.for_each(state.remove)

        all_reduced = reduce_collision_set(motions)
        collisions = Vector()

        def detect(reduced):
            for i in range(reduced.size()):
                motion1 = reduced.at(i)
                for j in range(i + 1, reduced.size()):
                    motion2 = reduced.at(j)
                    collision = motion1.find_intersection(motion2)
                    if collision is not None:
                        collisions.append(Collision(motion1.callsign, motion2.callsign, collision))
        all_reduced.for_each(detect)
        return collisions


class Simulator:
    """Pairs of aircraft flying along x, one on a cosine and one on a sine in y."""

    def __init__(self, num_aircraft):
        self.aircraft = Vector()
        for i in range(num_aircraft):
            self.aircraft.append(CallSign(i))

    def simulate(self, time):
        """With an odd number of aircraft the last one has no partner and flies alone (the suite
        runs only even numbers; this keeps a single aircraft, inner iterations 1, well defined, as in
        the Java and Runa ports)."""
        frame = Vector()
        count = self.aircraft.size()
        for i in range(0, count, 2):
            frame.append(Aircraft(self.aircraft.at(i),
                                  Vector3D(time, math.cos(time) * 2 + i * 3, 10.0)))
            if i + 1 < count:
                frame.append(Aircraft(self.aircraft.at(i + 1),
                                      Vector3D(time, math.sin(time) * 2 + i * 3, 10.0)))
        return frame


# The expected collision count for each number of aircraft the suite verifies (and 1).
EXPECTED = {1000: 14484, 500: 14484, 250: 10830, 200: 8655, 100: 4305, 10: 390, 2: 42, 1: 0}


class CD(Benchmark):
    @staticmethod
    def run(num_aircraft):
        num_frames = 200
        simulator = Simulator(num_aircraft)
        detector = CollisionDetector()
        actual_collisions = 0
        for i in range(num_frames):
            time = i / 10.0
            collisions = detector.handle_new_frame(simulator.simulate(time))
            actual_collisions += collisions.size()
        return actual_collisions

    def inner_benchmark_loop(self, inner_iterations):
        return self.verify_result(self.run(inner_iterations), inner_iterations)

    def verify_result(self, actual_collisions, num_aircraft):
        expected = EXPECTED.get(num_aircraft)
        if expected is None:
            print(f"CD: no verification result for {num_aircraft} found; result is {actual_collisions}",
                  file=sys.stderr)
            return False
        if actual_collisions != expected:
            print(f"CD: expected {expected}, got {actual_collisions}", file=sys.stderr)
            return False
        return True
