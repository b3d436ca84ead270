package awfy.havlak;

import awfy.som.Vector;

/** A union-find node for one block, carrying its depth-first number and the loop it heads. */
final class UnionFindNode {
  private UnionFindNode parent;
  private BasicBlock bb;
  private SimpleLoop loop;
  private int dfsNumber;

  void initNode(BasicBlock bb, int dfsNumber) {
    this.parent = this;
    this.bb = bb;
    this.dfsNumber = dfsNumber;
    this.loop = null;
  }

  /**
   * The representative of this node's set. Path compression as in the original: the nodes passed on the
   * way (those not already one step from the top) are re-pointed to this node's parent.
   */
  UnionFindNode findSet() {
    Vector<UnionFindNode> nodeList = new Vector<>();
    UnionFindNode node = this;
    while (node != node.parent) {
      if (node.parent != node.parent.parent) {
        nodeList.append(node);
      }
      node = node.parent;
    }
    UnionFindNode firstParent = parent;
    nodeList.forEach(iter -> iter.union(firstParent));
    return node;
  }

  void union(UnionFindNode basicBlock) {
    parent = basicBlock;
  }

  BasicBlock getBb() {
    return bb;
  }

  SimpleLoop getLoop() {
    return loop;
  }

  void setLoop(SimpleLoop loop) {
    this.loop = loop;
  }

  int getDfsNumber() {
    return dfsNumber;
  }
}
