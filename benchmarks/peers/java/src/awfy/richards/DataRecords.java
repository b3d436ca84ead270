package awfy.richards;

/** The private data of each kind of task. */
final class DataRecords {
  private DataRecords() {}

  /** A device holds at most one packet until it is released. */
  static final class DeviceTaskDataRecord extends RBObject {
    private Packet pending = NO_WORK;

    Packet getPending() {
      return pending;
    }

    void setPending(Packet packet) {
      pending = packet;
    }
  }

  /** A handler pairs work packets with device packets. */
  static final class HandlerTaskDataRecord extends RBObject {
    private Packet workIn = NO_WORK;
    private Packet deviceIn = NO_WORK;

    Packet deviceIn() {
      return deviceIn;
    }

    void deviceIn(Packet packet) {
      deviceIn = packet;
    }

    void deviceInAdd(Packet packet) {
      deviceIn = append(packet, deviceIn);
    }

    Packet workIn() {
      return workIn;
    }

    void workIn(Packet packet) {
      workIn = packet;
    }

    void workInAdd(Packet packet) {
      workIn = append(packet, workIn);
    }
  }

  /** The idle task counts down and releases the devices in a pseudo-random order. */
  static final class IdleTaskDataRecord extends RBObject {
    private int control = 1;
    private int count = 10000;

    int getControl() {
      return control;
    }

    void setControl(int aNumber) {
      control = aNumber;
    }

    int getCount() {
      return count;
    }

    void setCount(int aCount) {
      count = aCount;
    }
  }

  /** The worker alternates between the two handlers and fills packets with letters. */
  static final class WorkerTaskDataRecord extends RBObject {
    private int destination = HANDLER_A;
    private int count;

    int getCount() {
      return count;
    }

    void setCount(int aCount) {
      count = aCount;
    }

    int getDestination() {
      return destination;
    }

    void setDestination(int aHandler) {
      destination = aHandler;
    }
  }
}
