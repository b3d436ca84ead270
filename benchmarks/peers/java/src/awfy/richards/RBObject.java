package awfy.richards;

/** Constants shared by the scheduler's objects, and appending a packet to a queue. */
abstract class RBObject {
  static final Packet NO_WORK = null;
  static final TaskControlBlock NO_TASK = null;

  static final int IDLER = 0;
  static final int WORKER = 1;
  static final int HANDLER_A = 2;
  static final int HANDLER_B = 3;
  static final int DEVICE_A = 4;
  static final int DEVICE_B = 5;
  static final int NUM_TYPES = 6;

  static final int DEVICE_PACKET_KIND = 0;
  static final int WORK_PACKET_KIND = 1;

  static final int DATA_SIZE = 4;

  /** Appends {@code packet} at the end of the queue starting at {@code queueHead}; returns the new head. */
  Packet append(Packet packet, Packet queueHead) {
    packet.setLink(NO_WORK);
    if (NO_WORK == queueHead) {
      return packet;
    }
    Packet mouse = queueHead;
    Packet link;
    while (NO_WORK != (link = mouse.getLink())) {
      mouse = link;
    }
    mouse.setLink(packet);
    return queueHead;
  }
}
