package awfy.havlak;

import awfy.som.Vector;

/** Every loop found, under an artificial root loop, with their nesting levels once computed. */
final class LoopStructureGraph {
  private final SimpleLoop root;
  private final Vector<SimpleLoop> loops = new Vector<>();
  private int loopCounter;

  LoopStructureGraph() {
    root = new SimpleLoop(null, true);
    root.setNestingLevel(0);
    root.setCounter(loopCounter++);
    loops.append(root);
  }

  SimpleLoop createNewLoop(BasicBlock bb, boolean isReducible) {
    SimpleLoop loop = new SimpleLoop(bb, isReducible);
    loop.setCounter(loopCounter++);
    loops.append(loop);
    return loop;
  }

  /** Hangs the top-level loops under the root and computes every loop's depth and nesting level. */
  void calculateNestingLevel() {
    loops.forEach(liter -> {
      if (!liter.isRoot() && liter.getParent() == null) {
        liter.setParent(root);
      }
    });
    calculateNestingLevelRec(root, 0);
  }

  private void calculateNestingLevelRec(SimpleLoop loop, int depth) {
    loop.setDepthLevel(depth);
    loop.getChildren().forEach(liter -> {
      calculateNestingLevelRec(liter, depth + 1);
      loop.setNestingLevel(Math.max(loop.getNestingLevel(), 1 + liter.getNestingLevel()));
    });
  }

  int getNumLoops() {
    return loops.size();
  }
}
