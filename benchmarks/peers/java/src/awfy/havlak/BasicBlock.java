package awfy.havlak;

import awfy.som.CustomHash;
import awfy.som.Vector;

/** A node of the control-flow graph, named by a number, with its predecessors and successors. */
final class BasicBlock implements CustomHash {
  private final Vector<BasicBlock> inEdges = new Vector<>(2);
  private final Vector<BasicBlock> outEdges = new Vector<>(2);
  private final int name;

  BasicBlock(int name) {
    this.name = name;
  }

  Vector<BasicBlock> getInEdges() {
    return inEdges;
  }

  Vector<BasicBlock> getOutEdges() {
    return outEdges;
  }

  int getNumPred() {
    return inEdges.size();
  }

  void addOutEdge(BasicBlock to) {
    outEdges.append(to);
  }

  void addInEdge(BasicBlock from) {
    inEdges.append(from);
  }

  @Override
  public int customHash() {
    return name;
  }
}
