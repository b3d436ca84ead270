package awfy.havlak;

import awfy.som.IdentitySet;

/** A loop found in the graph: its header, blocks, nested loops and place in the loop tree. */
final class SimpleLoop {
  private final IdentitySet<BasicBlock> basicBlocks = new IdentitySet<>();
  private final IdentitySet<SimpleLoop> children = new IdentitySet<>();
  private SimpleLoop parent;
  private final BasicBlock header;
  private boolean isRoot;
  private final boolean isReducible;
  private int counter;
  private int nestingLevel;
  private int depthLevel;

  SimpleLoop(BasicBlock bb, boolean isReducible) {
    this.isReducible = isReducible;
    header = bb;
    if (bb != null) {
      basicBlocks.add(bb);
    }
  }

  void addNode(BasicBlock bb) {
    basicBlocks.add(bb);
  }

  private void addChildLoop(SimpleLoop loop) {
    children.add(loop);
  }

  IdentitySet<SimpleLoop> getChildren() {
    return children;
  }

  SimpleLoop getParent() {
    return parent;
  }

  void setParent(SimpleLoop parent) {
    this.parent = parent;
    this.parent.addChildLoop(this);
  }

  BasicBlock getHeader() {
    return header;
  }

  boolean isRoot() {
    return isRoot;
  }

  boolean isReducible() {
    return isReducible;
  }

  int getNestingLevel() {
    return nestingLevel;
  }

  void setNestingLevel(int level) {
    nestingLevel = level;
    if (level == 0) {
      isRoot = true;
    }
  }

  int getDepthLevel() {
    return depthLevel;
  }

  void setDepthLevel(int level) {
    depthLevel = level;
  }

  int getCounter() {
    return counter;
  }

  void setCounter(int value) {
    counter = value;
  }
}
