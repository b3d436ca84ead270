package awfy;

/** Towers: the towers of Hanoi with 13 disks on linked piles; counts the moves. */
public final class Towers extends Benchmark {
  private static final class TowersDisk {
    private final int size;
    private TowersDisk next;

    TowersDisk(int size) {
      this.size = size;
    }
  }

  private TowersDisk[] piles;
  private int moves;

  @Override
  public Object benchmark() {
    piles = new TowersDisk[3];
    buildTowerAt(0, 13);
    moves = 0;
    moveDisks(13, 0, 1);
    return moves;
  }

  private void pushDisk(TowersDisk disk, int pile) {
    TowersDisk top = piles[pile];
    if (top != null && disk.size >= top.size) {
      throw new IllegalStateException("Cannot put a big disk on a smaller one");
    }
    disk.next = top;
    piles[pile] = disk;
  }

  private TowersDisk popDiskFrom(int pile) {
    TowersDisk top = piles[pile];
    if (top == null) {
      throw new IllegalStateException("Attempting to remove a disk from an empty pile");
    }
    piles[pile] = top.next;
    top.next = null;
    return top;
  }

  private void moveTopDisk(int fromPile, int toPile) {
    pushDisk(popDiskFrom(fromPile), toPile);
    moves++;
  }

  private void buildTowerAt(int pile, int disks) {
    for (int i = disks; i >= 0; i--) {
      pushDisk(new TowersDisk(i), pile);
    }
  }

  private void moveDisks(int disks, int fromPile, int toPile) {
    if (disks == 1) {
      moveTopDisk(fromPile, toPile);
    } else {
      int otherPile = (3 - fromPile) - toPile;
      moveDisks(disks - 1, fromPile, otherPile);
      moveTopDisk(fromPile, toPile);
      moveDisks(disks - 1, otherPile, toPile);
    }
  }

  @Override
  public boolean verifyResult(Object result) {
    return expect(8191, (Integer) result);
  }
}
