package awfy.havlak;

import awfy.som.Vector;

/** The blocks, indexed by name, their edges, and the start block (the first one created). */
final class ControlFlowGraph {
  private final Vector<BasicBlock> basicBlockMap = new Vector<>();
  private final Vector<BasicBlockEdge> edgeList = new Vector<>();
  private BasicBlock startNode;

  /** The block of that name, created if it does not exist yet. */
  BasicBlock createNode(int name) {
    BasicBlock node = basicBlockMap.at(name);
    if (node == null) {
      node = new BasicBlock(name);
      basicBlockMap.atPut(name, node);
    }
    if (getNumNodes() == 1) {
      startNode = node;
    }
    return node;
  }

  void addEdge(BasicBlockEdge edge) {
    edgeList.append(edge);
  }

  int getNumNodes() {
    return basicBlockMap.size();
  }

  BasicBlock getStartBasicBlock() {
    return startNode;
  }

  Vector<BasicBlock> getBasicBlocks() {
    return basicBlockMap;
  }
}
