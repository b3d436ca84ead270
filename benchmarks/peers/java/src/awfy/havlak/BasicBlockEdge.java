package awfy.havlak;

/** An edge between two blocks, which it creates on demand and links both ways. */
final class BasicBlockEdge {
  private final BasicBlock from;
  private final BasicBlock to;

  BasicBlockEdge(ControlFlowGraph cfg, int fromName, int toName) {
    from = cfg.createNode(fromName);
    to = cfg.createNode(toName);
    from.addOutEdge(to);
    to.addInEdge(from);
    cfg.addEdge(this);
  }

  BasicBlock getSrc() {
    return from;
  }

  BasicBlock getDst() {
    return to;
  }
}
