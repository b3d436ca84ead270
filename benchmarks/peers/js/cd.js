'use strict';
// CD: collision detection between simulated aircraft (after CDx), over a red-black tree keyed by
// call signs and voxel positions, as in the suite.
const { Benchmark } = require('./harness');
const { Vector } = require('./som');

const MIN_X = 0.0;
const MIN_Y = 0.0;
const MAX_X = 1000.0;
const MAX_Y = 1000.0;
const MIN_Z = 0.0;
const MAX_Z = 10.0;
const PROXIMITY_RADIUS = 1.0;
const GOOD_VOXEL_SIZE = PROXIMITY_RADIUS * 2.0;

const RED = 0;
const BLACK = 1;

class Node {
  constructor(key, value) {
    this.key = key;
    this.value = value;
    this.left = null;
    this.right = null;
    this.parent = null;
    this.color = RED;
  }

  successor() {
    let x = this;
    if (x.right !== null) {
      return treeMinimum(x.right);
    }
    let y = x.parent;
    while (y !== null && x === y.right) {
      x = y;
      y = y.parent;
    }
    return y;
  }
}

function treeMinimum(x) {
  let current = x;
  while (current.left !== null) {
    current = current.left;
  }
  return current;
}

// An ordered map; keys provide compareTo(other) returning -1, 0 or 1.
class RedBlackTree {
  constructor() {
    this.root = null;
  }

  // Associates value with key; returns the value it replaced, or null.
  put(key, value) {
    const insertion = this.treeInsert(key, value);
    if (!insertion.isNewEntry) {
      return insertion.oldValue;
    }
    let x = insertion.newNode;
    while (x !== this.root && x.parent.color === RED) {
      if (x.parent === x.parent.parent.left) {
        const y = x.parent.parent.right;
        if (y !== null && y.color === RED) {
          // case 1
          x.parent.color = BLACK;
          y.color = BLACK;
          x.parent.parent.color = RED;
          x = x.parent.parent;
        } else {
          if (x === x.parent.right) {
            // case 2
            x = x.parent;
            this.leftRotate(x);
          }
          // case 3
          x.parent.color = BLACK;
          x.parent.parent.color = RED;
          this.rightRotate(x.parent.parent);
        }
      } else {
        // the same with left and right exchanged
        const y = x.parent.parent.left;
        if (y !== null && y.color === RED) {
          x.parent.color = BLACK;
          y.color = BLACK;
          x.parent.parent.color = RED;
          x = x.parent.parent;
        } else {
          if (x === x.parent.left) {
            x = x.parent;
            this.rightRotate(x);
          }
          x.parent.color = BLACK;
          x.parent.parent.color = RED;
          this.leftRotate(x.parent.parent);
        }
      }
    }
    this.root.color = BLACK;
    return null;
  }

  // Removes key; returns its value, or null when absent.
  remove(key) {
    const z = this.findNode(key);
    if (z === null) {
      return null;
    }
    // y is the node unlinked from the tree
    const y = (z.left === null || z.right === null) ? z : z.successor();
    // x is the child of y that may replace it; it may be absent
    const x = y.left !== null ? y.left : y.right;
    let xParent;
    if (x !== null) {
      x.parent = y.parent;
      xParent = x.parent;
    } else {
      xParent = y.parent;
    }
    if (y.parent === null) {
      this.root = x;
    } else if (y === y.parent.left) {
      y.parent.left = x;
    } else {
      y.parent.right = x;
    }
    if (y !== z) {
      if (y.color === BLACK) {
        this.removeFixup(x, xParent);
      }
      y.parent = z.parent;
      y.color = z.color;
      y.left = z.left;
      y.right = z.right;
      if (z.left !== null) {
        z.left.parent = y;
      }
      if (z.right !== null) {
        z.right.parent = y;
      }
      if (z.parent !== null) {
        if (z.parent.left === z) {
          z.parent.left = y;
        } else {
          z.parent.right = y;
        }
      } else {
        this.root = y;
      }
    } else if (y.color === BLACK) {
      this.removeFixup(x, xParent);
    }
    return z.value;
  }

  get(key) {
    const node = this.findNode(key);
    return node === null ? null : node.value;
  }

  // Calls fn(key, value) for every entry in key order.
  forEach(fn) {
    if (this.root === null) {
      return;
    }
    let current = treeMinimum(this.root);
    while (current !== null) {
      fn(current.key, current.value);
      current = current.successor();
    }
  }

  findNode(key) {
    let current = this.root;
    while (current !== null) {
      const comparison = key.compareTo(current.key);
      if (comparison === 0) {
        return current;
      }
      current = comparison < 0 ? current.left : current.right;
    }
    return null;
  }

  treeInsert(key, value) {
    let y = null;
    let x = this.root;
    while (x !== null) {
      y = x;
      const comparison = key.compareTo(x.key);
      if (comparison < 0) {
        x = x.left;
      } else if (comparison > 0) {
        x = x.right;
      } else {
        const oldValue = x.value;
        x.value = value;
        return { isNewEntry: false, newNode: null, oldValue };
      }
    }
    const z = new Node(key, value);
    z.parent = y;
    if (y === null) {
      this.root = z;
    } else if (key.compareTo(y.key) < 0) {
      y.left = z;
    } else {
      y.right = z;
    }
    return { isNewEntry: true, newNode: z, oldValue: null };
  }

  leftRotate(x) {
    const y = x.right;
    // y's left subtree becomes x's right subtree
    x.right = y.left;
    if (y.left !== null) {
      y.left.parent = x;
    }
    // x's parent becomes y's
    y.parent = x.parent;
    if (x.parent === null) {
      this.root = y;
    } else if (x === x.parent.left) {
      x.parent.left = y;
    } else {
      x.parent.right = y;
    }
    // x goes on y's left
    y.left = x;
    x.parent = y;
    return y;
  }

  rightRotate(y) {
    const x = y.left;
    y.left = x.right;
    if (x.right !== null) {
      x.right.parent = y;
    }
    x.parent = y.parent;
    if (y.parent === null) {
      this.root = x;
    } else if (y === y.parent.left) {
      y.parent.left = x;
    } else {
      y.parent.right = x;
    }
    x.right = y;
    y.parent = x;
    return x;
  }

  removeFixup(x, xParent) {
    while (x !== this.root && (x === null || x.color === BLACK)) {
      if (x === xParent.left) {
        // w cannot be absent here: the red-black properties guarantee it
        let w = xParent.right;
        if (w.color === RED) {
          // case 1
          w.color = BLACK;
          xParent.color = RED;
          this.leftRotate(xParent);
          w = xParent.right;
        }
        if ((w.left === null || w.left.color === BLACK) && (w.right === null || w.right.color === BLACK)) {
          // case 2
          w.color = RED;
          x = xParent;
          xParent = x.parent;
        } else {
          if (w.right === null || w.right.color === BLACK) {
            // case 3
            w.left.color = BLACK;
            w.color = RED;
            this.rightRotate(w);
            w = xParent.right;
          }
          // case 4
          w.color = xParent.color;
          xParent.color = BLACK;
          if (w.right !== null) {
            w.right.color = BLACK;
          }
          this.leftRotate(xParent);
          x = this.root;
          xParent = x.parent;
        }
      } else {
        // the same with left and right exchanged
        let w = xParent.left;
        if (w.color === RED) {
          w.color = BLACK;
          xParent.color = RED;
          this.rightRotate(xParent);
          w = xParent.left;
        }
        if ((w.right === null || w.right.color === BLACK) && (w.left === null || w.left.color === BLACK)) {
          w.color = RED;
          x = xParent;
          xParent = x.parent;
        } else {
          if (w.left === null || w.left.color === BLACK) {
            w.right.color = BLACK;
            w.color = RED;
            this.leftRotate(w);
            w = xParent.left;
          }
          w.color = xParent.color;
          xParent.color = BLACK;
          if (w.left !== null) {
            w.left.color = BLACK;
          }
          this.rightRotate(xParent);
          x = this.root;
          xParent = x.parent;
        }
      }
    }
    if (x !== null) {
      x.color = BLACK;
    }
  }
}

function compareNumbers(a, b) {
  if (a === b) {
    return 0;
  }
  if (a < b) {
    return -1;
  }
  if (a > b) {
    return 1;
  }
  // NaN sorts before any number
  if (a === a) {
    return 1;
  }
  return -1;
}

class Vector2D {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }

  plus(other) {
    return new Vector2D(this.x + other.x, this.y + other.y);
  }

  minus(other) {
    return new Vector2D(this.x - other.x, this.y - other.y);
  }

  compareTo(other) {
    const result = compareNumbers(this.x, other.x);
    if (result !== 0) {
      return result;
    }
    return compareNumbers(this.y, other.y);
  }
}

class Vector3D {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  plus(other) {
    return new Vector3D(this.x + other.x, this.y + other.y, this.z + other.z);
  }

  minus(other) {
    return new Vector3D(this.x - other.x, this.y - other.y, this.z - other.z);
  }

  dot(other) {
    return this.x * other.x + this.y * other.y + this.z * other.z;
  }

  squaredMagnitude() {
    return this.dot(this);
  }

  magnitude() {
    return Math.sqrt(this.squaredMagnitude());
  }

  times(amount) {
    return new Vector3D(this.x * amount, this.y * amount, this.z * amount);
  }
}

class CallSign {
  constructor(value) {
    this.value = value;
  }

  compareTo(other) {
    if (this.value === other.value) {
      return 0;
    }
    return this.value < other.value ? -1 : 1;
  }
}

class Aircraft {
  constructor(callsign, position) {
    this.callsign = callsign;
    this.position = position;
  }
}

class Collision {
  constructor(aircraftA, aircraftB, position) {
    this.aircraftA = aircraftA;
    this.aircraftB = aircraftB;
    this.position = position;
  }
}

// An aircraft's move from posOne to posTwo during one frame.
class Motion {
  constructor(callsign, posOne, posTwo) {
    this.callsign = callsign;
    this.posOne = posOne;
    this.posTwo = posTwo;
  }

  delta() {
    return this.posTwo.minus(this.posOne);
  }

  // Where this motion and other come within the proximity radius during the frame, or null.
  // Time-based: it accounts for both aircraft moving, not only for where their paths cross.
  findIntersection(other) {
    const init1 = this.posOne;
    const init2 = other.posOne;
    const vec1 = this.delta();
    const vec2 = other.delta();
    const radius = PROXIMITY_RADIUS;

    const a = vec2.minus(vec1).squaredMagnitude();
    if (a !== 0.0) {
      // the times at which the aircraft are exactly radius apart solve a*t^2 + b*t + c = 0
      const b = 2.0 * (init1.x * vec1.x - init1.x * vec2.x - init2.x * vec1.x + init2.x * vec2.x +
        init1.y * vec1.y - init1.y * vec2.y - init2.y * vec1.y + init2.y * vec2.y +
        init1.z * vec1.z - init1.z * vec2.z - init2.z * vec1.z + init2.z * vec2.z);
      const c = -radius * radius + (init2.x - init1.x) * (init2.x - init1.x) +
        (init2.y - init1.y) * (init2.y - init1.y) + (init2.z - init1.z) * (init2.z - init1.z);
      const discr = b * b - 4.0 * a * c;
      if (discr < 0.0) {
        return null;
      }
      const v1 = (-b - Math.sqrt(discr)) / (2.0 * a);
      const v2 = (-b + Math.sqrt(discr)) / (2.0 * a);
      if (v1 <= v2 && ((v1 <= 1.0 && 1.0 <= v2) || (v1 <= 0.0 && 0.0 <= v2) || (0.0 <= v1 && v2 <= 1.0))) {
        // report a collision that started before the frame at the frame's start
        const v = v1 <= 0.0 ? 0.0 : v1;
        const result1 = init1.plus(vec1.times(v));
        const result2 = init2.plus(vec2.times(v));
        const result = result1.plus(result2).times(0.5);
        if (result.x >= MIN_X && result.x <= MAX_X && result.y >= MIN_Y && result.y <= MAX_Y &&
            result.z >= MIN_Z && result.z <= MAX_Z) {
          return result;
        }
      }
      return null;
    }
    // same velocity (or none): the distance never changes
    const dist = init2.minus(init1).magnitude();
    if (dist <= radius) {
      return init1.plus(init2).times(0.5);
    }
    return null;
  }
}

const HORIZONTAL = new Vector2D(GOOD_VOXEL_SIZE, 0.0);
const VERTICAL = new Vector2D(0.0, GOOD_VOXEL_SIZE);

function isInVoxel(voxel, motion) {
  if (voxel.x > MAX_X || voxel.x < MIN_X || voxel.y > MAX_Y || voxel.y < MIN_Y) {
    return false;
  }
  const init = motion.posOne;
  const fin = motion.posTwo;
  const vS = GOOD_VOXEL_SIZE;
  const r = PROXIMITY_RADIUS / 2.0;

  const vX = voxel.x;
  const x0 = init.x;
  const xv = fin.x - init.x;
  const vY = voxel.y;
  const y0 = init.y;
  const yv = fin.y - init.y;

  let lowX = (vX - r - x0) / xv;
  let highX = (vX + vS + r - x0) / xv;
  if (xv < 0.0) {
    const tmp = lowX;
    lowX = highX;
    highX = tmp;
  }
  let lowY = (vY - r - y0) / yv;
  let highY = (vY + vS + r - y0) / yv;
  if (yv < 0.0) {
    const tmp = lowY;
    lowY = highY;
    highY = tmp;
  }

  return (((xv === 0.0 && vX <= x0 + r && x0 - r <= vX + vS) /* no motion in x */ ||
           ((lowX <= 1.0 && 1.0 <= highX) || (lowX <= 0.0 && 0.0 <= highX) || (0.0 <= lowX && highX <= 1.0))) &&
          ((yv === 0.0 && vY <= y0 + r && y0 - r <= vY + vS) /* no motion in y */ ||
           ((lowY <= 1.0 && 1.0 <= highY) || (lowY <= 0.0 && 0.0 <= highY) || (0.0 <= lowY && highY <= 1.0))));
}

function putIntoMap(voxelMap, voxel, motion) {
  let array = voxelMap.get(voxel);
  if (array === null) {
    array = new Vector();
    voxelMap.put(voxel, array);
  }
  array.append(motion);
}

function recurse(voxelMap, seen, nextVoxel, motion) {
  if (!isInVoxel(nextVoxel, motion)) {
    return;
  }
  if (seen.put(nextVoxel, true) !== null) {
    return;
  }
  putIntoMap(voxelMap, nextVoxel, motion);

  recurse(voxelMap, seen, nextVoxel.minus(HORIZONTAL), motion);
  recurse(voxelMap, seen, nextVoxel.plus(HORIZONTAL), motion);
  recurse(voxelMap, seen, nextVoxel.minus(VERTICAL), motion);
  recurse(voxelMap, seen, nextVoxel.plus(VERTICAL), motion);
  recurse(voxelMap, seen, nextVoxel.minus(HORIZONTAL).minus(VERTICAL), motion);
  recurse(voxelMap, seen, nextVoxel.minus(HORIZONTAL).plus(VERTICAL), motion);
  recurse(voxelMap, seen, nextVoxel.plus(HORIZONTAL).minus(VERTICAL), motion);
  recurse(voxelMap, seen, nextVoxel.plus(HORIZONTAL).plus(VERTICAL), motion);
}

function voxelHash(position) {
  const xDiv = Math.trunc(position.x / GOOD_VOXEL_SIZE); // Java's (int): toward zero
  const yDiv = Math.trunc(position.y / GOOD_VOXEL_SIZE);
  let x = GOOD_VOXEL_SIZE * xDiv;
  let y = GOOD_VOXEL_SIZE * yDiv;
  if (position.x < 0) {
    x -= GOOD_VOXEL_SIZE;
  }
  if (position.y < 0) {
    y -= GOOD_VOXEL_SIZE;
  }
  return new Vector2D(x, y);
}

function drawMotionOnVoxelMap(voxelMap, motion) {
  const seen = new RedBlackTree();
  recurse(voxelMap, seen, voxelHash(motion.posOne), motion);
}

function reduceCollisionSet(motions) {
  const voxelMap = new RedBlackTree();
  motions.forEach((motion) => drawMotionOnVoxelMap(voxelMap, motion));
  const result = new Vector();
  voxelMap.forEach((_key, value) => {
    if (value.size() > 1) {
      result.append(value);
    }
  });
  return result;
}

// Keeps each aircraft's last position; per frame, spreads the motions over a voxel map and tests
// the pairs sharing a voxel.
class CollisionDetector {
  constructor() {
    this.state = new RedBlackTree();
  }

  handleNewFrame(frame) {
    const motions = new Vector();
    const seen = new RedBlackTree();

    frame.forEach((aircraft) => {
      let oldPosition = this.state.put(aircraft.callsign, aircraft.position);
      const newPosition = aircraft.position;
      seen.put(aircraft.callsign, true);
      if (oldPosition === null) {
        // a newly introduced aircraft is treated as stationary
        oldPosition = newPosition;
      }
      motions.append(new Motion(aircraft.callsign, oldPosition, newPosition));
    });

    // forget the aircraft that are no longer present
    const toRemove = new Vector();
    this.state.forEach((key, _value) => {
      if (!seen.get(key)) {
        toRemove.append(key);
      }
    });
    toRemove.forEach((key) => this.state.remove(key));

    const allReduced = reduceCollisionSet(motions);
    const collisions = new Vector();
    allReduced.forEach((reduced) => {
      for (let i = 0; i < reduced.size(); i++) {
        const motion1 = reduced.at(i);
        for (let j = i + 1; j < reduced.size(); j++) {
          const motion2 = reduced.at(j);
          const collision = motion1.findIntersection(motion2);
          if (collision !== null) {
            collisions.append(new Collision(motion1.callsign, motion2.callsign, collision));
          }
        }
      }
    });
    return collisions;
  }
}

// Pairs of aircraft flying along x, one on a cosine and one on a sine in y.
class Simulator {
  constructor(numAircraft) {
    this.aircraft = new Vector();
    for (let i = 0; i < numAircraft; i++) {
      this.aircraft.append(new CallSign(i));
    }
  }

  // With an odd number of aircraft the last one has no partner and flies alone (the suite runs only
  // even numbers; this keeps a single aircraft, inner iterations 1, well defined, as in the Java and
  // Runa ports).
  simulate(time) {
    const frame = new Vector();
    const count = this.aircraft.size();
    for (let i = 0; i < count; i += 2) {
      frame.append(new Aircraft(this.aircraft.at(i), new Vector3D(time, Math.cos(time) * 2 + i * 3, 10.0)));
      if (i + 1 < count) {
        frame.append(new Aircraft(this.aircraft.at(i + 1), new Vector3D(time, Math.sin(time) * 2 + i * 3, 10.0)));
      }
    }
    return frame;
  }
}

// The expected collision count for each number of aircraft the suite verifies (and 1).
const EXPECTED = new Map([[1000, 14484], [500, 14484], [250, 10830], [200, 8655], [100, 4305], [10, 390],
  [2, 42], [1, 0]]);

class CD extends Benchmark {
  static run(numAircraft) {
    const numFrames = 200;
    const simulator = new Simulator(numAircraft);
    const detector = new CollisionDetector();
    let actualCollisions = 0;
    for (let i = 0; i < numFrames; i++) {
      const time = i / 10.0;
      const collisions = detector.handleNewFrame(simulator.simulate(time));
      actualCollisions += collisions.size();
    }
    return actualCollisions;
  }

  innerBenchmarkLoop(innerIterations) {
    return this.verifyResult(CD.run(innerIterations), innerIterations);
  }

  verifyResult(actualCollisions, numAircraft) {
    if (!EXPECTED.has(numAircraft)) {
      process.stderr.write('CD: no verification result for ' + numAircraft + ' found; result is ' +
        actualCollisions + '\n');
      return false;
    }
    const expected = EXPECTED.get(numAircraft);
    if (actualCollisions !== expected) {
      process.stderr.write('CD: expected ' + expected + ', got ' + actualCollisions + '\n');
      return false;
    }
    return true;
  }
}

module.exports = { CD, RedBlackTree };
