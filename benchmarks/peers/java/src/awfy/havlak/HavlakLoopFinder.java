package awfy.havlak;

import awfy.som.IdentityDictionary;
import awfy.som.Set;
import awfy.som.Vector;

/**
 * Havlak's loop finder ("Nesting of reducible and irreducible loops", TOPLAS 1997): a depth-first
 * numbering, then the blocks in reverse order, each collecting with union-find the blocks of the loop it
 * heads.
 */
final class HavlakLoopFinder {
  /** The kinds of block the algorithm distinguishes. */
  private enum BasicBlockClass {
    BB_TOP,
    BB_NONHEADER,
    BB_REDUCIBLE,
    BB_SELF,
    BB_IRREDUCIBLE,
    BB_DEAD,
    BB_LAST
  }

  /** The depth-first number of a block not reached yet. */
  private static final int UNVISITED = Integer.MAX_VALUE;
  /** Past this many non-back predecessors the search gives up (a safeguard against huge graphs). */
  private static final int MAXNONBACKPREDS = 32 * 1024;

  private final ControlFlowGraph cfg;
  private final LoopStructureGraph lsg;

  private final Vector<Set<Integer>> nonBackPreds = new Vector<>();
  private final Vector<Vector<Integer>> backPreds = new Vector<>();
  private final IdentityDictionary<BasicBlock, Integer> number = new IdentityDictionary<>();
  private int maxSize;
  private int[] header;
  private BasicBlockClass[] type;
  private int[] last;
  private UnionFindNode[] nodes;

  HavlakLoopFinder(ControlFlowGraph cfg, LoopStructureGraph lsg) {
    this.cfg = cfg;
    this.lsg = lsg;
  }

  /** Whether w is an ancestor of v in the depth-first spanning tree. */
  private boolean isAncestor(int w, int v) {
    return w <= v && v <= last[w];
  }

  /** Numbers the blocks reachable from currentNode depth-first; returns the last number given. */
  private int doDFS(BasicBlock currentNode, int current) {
    nodes[current].initNode(currentNode, current);
    number.atPut(currentNode, current);
    int lastId = current;
    Vector<BasicBlock> outerBlocks = currentNode.getOutEdges();
    for (int i = 0; i < outerBlocks.size(); i++) {
      BasicBlock target = outerBlocks.at(i);
      if (number.at(target) == UNVISITED) {
        lastId = doDFS(target, lastId + 1);
      }
    }
    last[current] = lastId;
    return lastId;
  }

  private void initAllNodes() {
    cfg.getBasicBlocks().forEach(bb -> number.atPut(bb, UNVISITED));
    doDFS(cfg.getStartBasicBlock(), 0);
  }

  /** Splits each block's predecessors into back edges (from a descendant) and the others. */
  private void identifyEdges(int size) {
    for (int w = 0; w < size; w++) {
      header[w] = 0;
      type[w] = BasicBlockClass.BB_NONHEADER;
      BasicBlock nodeW = nodes[w].getBb();
      if (nodeW == null) {
        type[w] = BasicBlockClass.BB_DEAD;
      } else {
        processEdges(nodeW, w);
      }
    }
  }

  private void processEdges(BasicBlock nodeW, int w) {
    if (nodeW.getNumPred() > 0) {
      nodeW.getInEdges().forEach(nodeV -> {
        int v = number.at(nodeV);
        if (v != UNVISITED) {
          if (isAncestor(w, v)) {
            backPreds.at(w).append(v);
          } else {
            nonBackPreds.at(w).add(v);
          }
        }
      });
    }
  }

  /** Finds the loops of the graph and adds them to the loop structure. */
  void findLoops() {
    if (cfg.getStartBasicBlock() == null) {
      return;
    }
    int size = cfg.getNumNodes();
    nonBackPreds.removeAll();
    backPreds.removeAll();
    number.removeAll();
    if (size > maxSize) {
      header = new int[size];
      type = new BasicBlockClass[size];
      last = new int[size];
      nodes = new UnionFindNode[size];
      maxSize = size;
    }
    for (int i = 0; i < size; i++) {
      nonBackPreds.append(new Set<>());
      backPreds.append(new Vector<>());
      nodes[i] = new UnionFindNode();
    }

    initAllNodes();
    identifyEdges(size);
    header[0] = 0;

    // from the innermost loops out: each header w gathers the blocks that reach it without passing w
    for (int w = size - 1; w >= 0; w--) {
      Vector<UnionFindNode> nodePool = new Vector<>();
      BasicBlock nodeW = nodes[w].getBb();
      if (nodeW != null) {
        stepD(w, nodePool);
        Vector<UnionFindNode> workList = new Vector<>();
        nodePool.forEach(workList::append);
        if (nodePool.size() != 0) {
          type[w] = BasicBlockClass.BB_REDUCIBLE;
        }
        while (!workList.isEmpty()) {
          UnionFindNode x = workList.removeFirst();
          int nonBackSize = nonBackPreds.at(x.getDfsNumber()).size();
          if (nonBackSize > MAXNONBACKPREDS) {
            return;
          }
          stepEProcessNonBackPreds(w, nodePool, workList, x);
        }
        if (nodePool.size() > 0 || type[w] == BasicBlockClass.BB_SELF) {
          SimpleLoop loop = lsg.createNewLoop(nodeW, type[w] != BasicBlockClass.BB_IRREDUCIBLE);
          setLoopAttributes(w, nodePool, loop);
        }
      }
    }
  }

  /** Follows x's non-back predecessors; one outside w's subtree makes w's loop irreducible. */
  private void stepEProcessNonBackPreds(int w, Vector<UnionFindNode> nodePool, Vector<UnionFindNode> workList,
      UnionFindNode x) {
    nonBackPreds.at(x.getDfsNumber()).forEach(iter -> {
      UnionFindNode y = nodes[iter];
      UnionFindNode ydash = y.findSet();
      if (!isAncestor(w, ydash.getDfsNumber())) {
        type[w] = BasicBlockClass.BB_IRREDUCIBLE;
        nonBackPreds.at(w).add(ydash.getDfsNumber());
      } else if (ydash.getDfsNumber() != w && !nodePool.hasSome(e -> e == ydash)) {
        workList.append(ydash);
        nodePool.append(ydash);
      }
    });
  }

  /** Makes w the header of the pooled blocks: inner loops become children, other blocks members. */
  private void setLoopAttributes(int w, Vector<UnionFindNode> nodePool, SimpleLoop loop) {
    nodes[w].setLoop(loop);
    nodePool.forEach(node -> {
      header[node.getDfsNumber()] = w;
      node.union(nodes[w]);
      if (node.getLoop() != null) {
        node.getLoop().setParent(loop);
      } else {
        loop.addNode(node.getBb());
      }
    });
  }

  /** Pools the sources of w's back edges; a back edge from w itself makes it a self loop. */
  private void stepD(int w, Vector<UnionFindNode> nodePool) {
    backPreds.at(w).forEach(v -> {
      if (v != w) {
        nodePool.append(nodes[v].findSet());
      } else {
        type[w] = BasicBlockClass.BB_SELF;
      }
    });
  }
}
