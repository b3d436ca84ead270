package awfy.json;

/**
 * Remembers the index of the last member added under each hash slot (32 slots, index + 1 in a byte, 0
 * for none). The hash is the name's length times a constant: weak, but the same in every language.
 */
final class HashIndexTable {
  private final byte[] hashTable = new byte[32];

  void add(String name, int index) {
    int slot = hashSlotFor(name);
    if (index < 0xff) {
      hashTable[slot] = (byte) (index + 1);
    } else {
      hashTable[slot] = 0;
    }
  }

  int get(String name) {
    int slot = hashSlotFor(name);
    return (hashTable[slot] & 0xff) - 1;
  }

  private int hashSlotFor(String element) {
    return stringHash(element) & (hashTable.length - 1);
  }

  private static int stringHash(String s) {
    return s.length() * 1402589;
  }
}
