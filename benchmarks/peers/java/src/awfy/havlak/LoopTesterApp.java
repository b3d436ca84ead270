package awfy.havlak;

/**
 * Builds the synthetic control-flow graph and runs the loop finder: first on a small graph (the dummy
 * searches, which add their loops to the main loop structure), then on the full graph once into the
 * main structure and 50 times into fresh ones.
 */
final class LoopTesterApp {
  private final ControlFlowGraph cfg = new ControlFlowGraph();
  private final LoopStructureGraph lsg = new LoopStructureGraph();

  LoopTesterApp() {
    cfg.createNode(0);
  }

  /** Returns the number of loops in the main structure and the number of blocks. */
  int[] main(int numDummyLoops, int findLoopIterations, int parLoops, int pparLoops, int ppparLoops) {
    constructSimpleCFG();
    addDummyLoops(numDummyLoops);
    constructCFG(parLoops, pparLoops, ppparLoops);
    findLoops(lsg);
    for (int i = 0; i < findLoopIterations; i++) {
      findLoops(new LoopStructureGraph());
    }
    lsg.calculateNestingLevel();
    return new int[] {lsg.getNumLoops(), cfg.getNumNodes()};
  }

  /**
   * Nested loops: {@code parLoops} outer loops, each a sequence of {@code pparLoops} loops that each
   * contain {@code ppparLoops} base loops. Block numbers continue from 2, reusing the small graph's.
   */
  private void constructCFG(int parLoops, int pparLoops, int ppparLoops) {
    int n = 2;
    for (int parlooptrees = 0; parlooptrees < parLoops; parlooptrees++) {
      cfg.createNode(n + 1);
      buildConnect(2, n + 1);
      n = n + 1;
      for (int i = 0; i < pparLoops; i++) {
        int top = n;
        n = buildStraight(n, 1);
        for (int j = 0; j < ppparLoops; j++) {
          n = buildBaseLoop(n);
        }
        int bottom = buildStraight(n, 1);
        buildConnect(n, top);
        n = bottom;
      }
      buildConnect(n, 1);
    }
  }

  private void addDummyLoops(int numDummyLoops) {
    for (int dummyloop = 0; dummyloop < numDummyLoops; dummyloop++) {
      findLoops(lsg);
    }
  }

  private void findLoops(LoopStructureGraph loopStructure) {
    new HavlakLoopFinder(cfg, loopStructure).findLoops();
  }

  private void constructSimpleCFG() {
    cfg.createNode(0);
    buildBaseLoop(0);
    cfg.createNode(1);
    new BasicBlockEdge(cfg, 0, 2);
  }

  private int buildDiamond(int start) {
    int bb0 = start;
    new BasicBlockEdge(cfg, bb0, bb0 + 1);
    new BasicBlockEdge(cfg, bb0, bb0 + 2);
    new BasicBlockEdge(cfg, bb0 + 1, bb0 + 3);
    new BasicBlockEdge(cfg, bb0 + 2, bb0 + 3);
    return bb0 + 3;
  }

  private void buildConnect(int start, int end) {
    new BasicBlockEdge(cfg, start, end);
  }

  private int buildStraight(int start, int n) {
    for (int i = 0; i < n; i++) {
      buildConnect(start + i, start + i + 1);
    }
    return start + n;
  }

  /** A loop of two diamonds, each closed into its own loop, ending in a footer that jumps back. */
  private int buildBaseLoop(int from) {
    int header = buildStraight(from, 1);
    int diamond1 = buildDiamond(header);
    int d11 = buildStraight(diamond1, 1);
    int diamond2 = buildDiamond(d11);
    int footer = buildStraight(diamond2, 1);
    buildConnect(diamond2, d11);
    buildConnect(diamond1, header);
    buildConnect(footer, from);
    footer = buildStraight(footer, 1);
    return footer;
  }
}
