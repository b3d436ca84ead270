package awfy.richards;

/** A message between tasks: a link in a queue, the destination task, its kind and four data words. */
final class Packet extends RBObject {
  private Packet link;
  private int identity;
  private final int kind;
  private int datum;
  private final int[] data = new int[DATA_SIZE];

  Packet(Packet link, int identity, int kind) {
    this.link = link;
    this.identity = identity;
    this.kind = kind;
  }

  int[] getData() {
    return data;
  }

  int getDatum() {
    return datum;
  }

  void setDatum(int someData) {
    datum = someData;
  }

  int getIdentity() {
    return identity;
  }

  void setIdentity(int anIdentity) {
    identity = anIdentity;
  }

  int getKind() {
    return kind;
  }

  Packet getLink() {
    return link;
  }

  void setLink(Packet aLink) {
    link = aLink;
  }
}
