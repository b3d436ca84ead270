'use strict';
// Havlak: loop recognition in a synthetic control-flow graph (Havlak's algorithm, after Hundt's
// "Loop Recognition in C++/Java/Go/Scala"), as in the suite.
const { Benchmark } = require('./harness');
const { IdentityDictionary, IdentitySet, Vector, newArray } = require('./som');

class BasicBlock {
  constructor(name) {
    this.inEdges = new Vector(2);
    this.outEdges = new Vector(2);
    this.name = name;
  }

  numPred() {
    return this.inEdges.size();
  }

  addOutEdge(to) {
    this.outEdges.append(to);
  }

  addInEdge(from) {
    this.inEdges.append(from);
  }

  customHash() {
    return this.name;
  }
}

class BasicBlockEdge {
  constructor(cfg, fromName, toName) {
    this.from = cfg.createNode(fromName);
    this.to = cfg.createNode(toName);
    this.from.addOutEdge(this.to);
    this.to.addInEdge(this.from);
    cfg.addEdge(this);
  }
}

// Blocks named by integers from 0, in a Vector indexed by name.
class ControlFlowGraph {
  constructor() {
    this.startNode = null;
    this.basicBlockMap = new Vector();
    this.edgeList = new Vector();
  }

  createNode(name) {
    let node = this.basicBlockMap.at(name);
    if (node === null || node === undefined) {
      node = new BasicBlock(name);
      this.basicBlockMap.atPut(name, node);
    }
    if (this.numNodes() === 1) {
      this.startNode = node;
    }
    return node;
  }

  addEdge(edge) {
    this.edgeList.append(edge);
  }

  numNodes() {
    return this.basicBlockMap.size();
  }
}

class SimpleLoop {
  constructor(bb, isReducible) {
    this.isReducible = isReducible;
    this.parent = null;
    this.isRoot = false;
    this.nestingLevel = 0;
    this.depthLevel = 0;
    this.counter = 0;
    this.basicBlocks = new IdentitySet();
    this.children = new IdentitySet();
    if (bb !== null) {
      this.basicBlocks.add(bb);
    }
    this.header = bb;
  }

  addNode(bb) {
    this.basicBlocks.add(bb);
  }

  addChildLoop(loop) {
    this.children.add(loop);
  }

  setParent(parent) {
    this.parent = parent;
    parent.addChildLoop(this);
  }

  setNestingLevel(level) {
    this.nestingLevel = level;
    if (level === 0) {
      this.isRoot = true;
    }
  }
}

// The loops found, nested under an artificial root.
class LoopStructureGraph {
  constructor() {
    this.loopCounter = 0;
    this.loops = new Vector();
    this.root = new SimpleLoop(null, true);
    this.root.setNestingLevel(0);
    this.root.counter = this.loopCounter;
    this.loopCounter++;
    this.loops.append(this.root);
  }

  createNewLoop(bb, isReducible) {
    const loop = new SimpleLoop(bb, isReducible);
    loop.counter = this.loopCounter;
    this.loopCounter++;
    this.loops.append(loop);
    return loop;
  }

  calculateNestingLevel() {
    // link every first-level loop to the artificial root
    this.loops.forEach((liter) => {
      if (!liter.isRoot && liter.parent === null) {
        liter.setParent(this.root);
      }
    });
    this.calculateNestingLevelRec(this.root, 0);
  }

  calculateNestingLevelRec(loop, depth) {
    loop.depthLevel = depth;
    loop.children.forEach((liter) => {
      this.calculateNestingLevelRec(liter, depth + 1);
      loop.setNestingLevel(Math.max(loop.nestingLevel, 1 + liter.nestingLevel));
    });
  }

  numLoops() {
    return this.loops.size();
  }
}

class UnionFindNode {
  constructor() {
    this.parent = null;
    this.bb = null;
    this.loop = null;
    this.dfsNumber = 0;
  }

  initNode(bb, dfsNumber) {
    this.parent = this;
    this.bb = bb;
    this.dfsNumber = dfsNumber;
    this.loop = null;
  }

  findSet() {
    const nodeList = new Vector();
    let node = this;
    while (node !== node.parent) {
      if (node.parent !== node.parent.parent) {
        nodeList.append(node);
      }
      node = node.parent;
    }
    // path compression, as in the suite: every node on the path now points to this node's parent
    const parent = this.parent;
    nodeList.forEach((iter) => iter.union(parent));
    return node;
  }

  union(basicBlock) {
    this.parent = basicBlock;
  }
}

const BB_NONHEADER = 1;
const BB_REDUCIBLE = 2;
const BB_SELF = 3;
const BB_IRREDUCIBLE = 4;
const BB_DEAD = 5;
const UNVISITED = 2147483647;
const MAXNONBACKPREDS = 32 * 1024;

// DFS numbering, back-edge classification, then bottom-up loop collapsing.
class HavlakLoopFinder {
  constructor(cfg, lsg) {
    this.cfg = cfg;
    this.lsg = lsg;
    this.nonBackPreds = new Vector();
    this.backPreds = new Vector();
    this.number = new IdentityDictionary();
    this.maxSize = 0;
    this.header = null;
    this.type = null;
    this.last = null;
    this.nodes = null;
  }

  // Whether w is an ancestor of v in the DFS tree (an interval test on pre-order numbers).
  isAncestor(w, v) {
    return w <= v && v <= this.last[w];
  }

  doDFS(currentNode, current) {
    this.nodes[current].initNode(currentNode, current);
    this.number.atPut(currentNode, current);
    let lastId = current;
    const outerBlocks = currentNode.outEdges;
    for (let i = 0; i < outerBlocks.size(); i++) {
      const target = outerBlocks.at(i);
      if (this.number.at(target) === UNVISITED) {
        lastId = this.doDFS(target, lastId + 1);
      }
    }
    this.last[current] = lastId;
    return lastId;
  }

  initAllNodes() {
    // every block starts unvisited; blocks the DFS does not reach stay so (dead)
    this.cfg.basicBlockMap.forEach((bb) => this.number.atPut(bb, UNVISITED));
    this.doDFS(this.cfg.startNode, 0);
  }

  identifyEdges(size) {
    for (let w = 0; w < size; w++) {
      this.header[w] = 0;
      this.type[w] = BB_NONHEADER;
      const nodeW = this.nodes[w].bb;
      if (nodeW === null) {
        this.type[w] = BB_DEAD;
      } else {
        this.processEdges(nodeW, w);
      }
    }
  }

  // Sorts w's incoming edges into back edges (from descendants) and the others.
  processEdges(nodeW, w) {
    if (nodeW.numPred() > 0) {
      nodeW.inEdges.forEach((nodeV) => {
        const v = this.number.at(nodeV);
        if (v !== UNVISITED) {
          if (this.isAncestor(w, v)) {
            this.backPreds.at(w).append(v);
          } else {
            this.nonBackPreds.at(w).add(v);
          }
        }
      });
    }
  }

  findLoops() {
    if (this.cfg.startNode === null) {
      return;
    }
    const size = this.cfg.numNodes();
    this.nonBackPreds.removeAll();
    this.backPreds.removeAll();
    this.number.removeAll();
    if (size > this.maxSize) {
      this.header = newArray(size, 0);
      this.type = newArray(size, 0);
      this.last = newArray(size, 0);
      this.nodes = newArray(size);
      this.maxSize = size;
    }
    for (let i = 0; i < size; i++) {
      this.nonBackPreds.append(new IdentitySet());
      this.backPreds.append(new Vector());
      this.nodes[i] = new UnionFindNode();
    }

    this.initAllNodes();
    this.identifyEdges(size);

    // the start node is the root of all other loops
    this.header[0] = 0;

    // bottom-up over the DFS order: collapse each node's loop body into it
    for (let w = size - 1; w >= 0; w--) {
      const nodePool = new Vector(); // 'P' in Havlak's paper
      const nodeW = this.nodes[w].bb;
      if (nodeW !== null) {
        this.stepD(w, nodePool);

        const workList = new Vector();
        nodePool.forEach((niter) => workList.append(niter));
        if (nodePool.size() !== 0) {
          this.type[w] = BB_REDUCIBLE;
        }

        while (!workList.isEmpty()) {
          const x = workList.removeFirst();
          // the algorithm degenerates with too many non-back predecessors: give up
          const nonBackSize = this.nonBackPreds.at(x.dfsNumber).size();
          if (nonBackSize > MAXNONBACKPREDS) {
            return;
          }
          this.stepEProcessNonBackPreds(w, nodePool, workList, x);
        }

        // one loop per strongly connected component found
        if (nodePool.size() > 0 || this.type[w] === BB_SELF) {
          const loop = this.lsg.createNewLoop(nodeW, this.type[w] !== BB_IRREDUCIBLE);
          this.setLoopAttributes(w, nodePool, loop);
        }
      }
    }
  }

  // Chases upward from the sources of w's back edges; a source that w does not dominate makes w
  // the header of an irreducible loop.
  stepEProcessNonBackPreds(w, nodePool, workList, x) {
    this.nonBackPreds.at(x.dfsNumber).forEach((iter) => {
      const y = this.nodes[iter];
      const ydash = y.findSet();
      if (!this.isAncestor(w, ydash.dfsNumber)) {
        this.type[w] = BB_IRREDUCIBLE;
        this.nonBackPreds.at(w).add(ydash.dfsNumber);
      } else if (ydash.dfsNumber !== w) {
        if (!nodePool.hasSome((e) => e === ydash)) {
          workList.append(ydash);
          nodePool.append(ydash);
        }
      }
    });
  }

  setLoopAttributes(w, nodePool, loop) {
    this.nodes[w].loop = loop;
    nodePool.forEach((node) => {
      this.header[node.dfsNumber] = w;
      node.union(this.nodes[w]);
      // nested loops are linked, not added
      if (node.loop !== null) {
        node.loop.setParent(loop);
      } else {
        loop.addNode(node.bb);
      }
    });
  }

  stepD(w, nodePool) {
    this.backPreds.at(w).forEach((v) => {
      if (v !== w) {
        nodePool.append(this.nodes[v].findSet());
      } else {
        this.type[w] = BB_SELF;
      }
    });
  }
}

// Builds the synthetic graph and runs the loop finder over it.
class LoopTesterApp {
  constructor() {
    this.cfg = new ControlFlowGraph();
    this.lsg = new LoopStructureGraph();
    this.cfg.createNode(0);
  }

  // Four blocks forming an if/then/else diamond.
  buildDiamond(start) {
    const bb0 = start;
    new BasicBlockEdge(this.cfg, bb0, bb0 + 1);
    new BasicBlockEdge(this.cfg, bb0, bb0 + 2);
    new BasicBlockEdge(this.cfg, bb0 + 1, bb0 + 3);
    new BasicBlockEdge(this.cfg, bb0 + 2, bb0 + 3);
    return bb0 + 3;
  }

  buildConnect(start, end) {
    new BasicBlockEdge(this.cfg, start, end);
  }

  // A straight sequence of n blocks.
  buildStraight(start, n) {
    for (let i = 0; i < n; i++) {
      this.buildConnect(start + i, start + i + 1);
    }
    return start + n;
  }

  // A simple loop containing two diamonds.
  buildBaseLoop(from) {
    const header = this.buildStraight(from, 1);
    const diamond1 = this.buildDiamond(header);
    const d11 = this.buildStraight(diamond1, 1);
    const diamond2 = this.buildDiamond(d11);
    let footer = this.buildStraight(diamond2, 1);
    this.buildConnect(diamond2, d11);
    this.buildConnect(diamond1, header);
    this.buildConnect(footer, from);
    footer = this.buildStraight(footer, 1);
    return footer;
  }

  main(numDummyLoops, findLoopIterations, parLoops, pparLoops, ppparLoops) {
    this.constructSimpleCFG();
    this.addDummyLoops(numDummyLoops);
    this.constructCFG(parLoops, pparLoops, ppparLoops);

    this.findLoops(this.lsg);
    for (let i = 0; i < findLoopIterations; i++) {
      this.findLoops(new LoopStructureGraph());
    }

    this.lsg.calculateNestingLevel();
    return [this.lsg.numLoops(), this.cfg.numNodes()];
  }

  constructCFG(parLoops, pparLoops, ppparLoops) {
    let n = 2;
    for (let parlooptrees = 0; parlooptrees < parLoops; parlooptrees++) {
      this.cfg.createNode(n + 1);
      this.buildConnect(2, n + 1);
      n = n + 1;
      for (let i = 0; i < pparLoops; i++) {
        const top = n;
        n = this.buildStraight(n, 1);
        for (let j = 0; j < ppparLoops; j++) {
          n = this.buildBaseLoop(n);
        }
        const bottom = this.buildStraight(n, 1);
        this.buildConnect(n, top);
        n = bottom;
      }
      this.buildConnect(n, 1);
    }
  }

  addDummyLoops(numDummyLoops) {
    for (let dummyloop = 0; dummyloop < numDummyLoops; dummyloop++) {
      this.findLoops(this.lsg);
    }
  }

  findLoops(loopStructure) {
    new HavlakLoopFinder(this.cfg, loopStructure).findLoops();
  }

  constructSimpleCFG() {
    this.cfg.createNode(0);
    this.buildBaseLoop(0);
    this.cfg.createNode(1);
    new BasicBlockEdge(this.cfg, 0, 2);
  }
}

// The expected [loops, nodes] for each size the suite verifies.
const EXPECTED = new Map([[15000, [46602, 5213]], [1500, [6102, 5213]], [150, [2052, 5213]],
  [15, [1647, 5213]], [1, [1605, 5213]]]);

class Havlak extends Benchmark {
  innerBenchmarkLoop(innerIterations) {
    return this.verifyResult(new LoopTesterApp().main(innerIterations, 50, 10, 10, 5), innerIterations);
  }

  verifyResult(result, innerIterations) {
    if (!EXPECTED.has(innerIterations)) {
      process.stderr.write('Havlak: no verification result for ' + innerIterations + ' found; result is ' +
        result[0] + ', ' + result[1] + '\n');
      return false;
    }
    const expected = EXPECTED.get(innerIterations);
    if (result[0] !== expected[0] || result[1] !== expected[1]) {
      process.stderr.write('Havlak: expected ' + expected[0] + ', ' + expected[1] + ', got ' + result[0] +
        ', ' + result[1] + '\n');
      return false;
    }
    return true;
  }
}

module.exports = { Havlak };
