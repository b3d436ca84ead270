package awfy.richards;

/** The three flags of a task's state, and the combinations the scheduler tests. */
class TaskState extends RBObject {
  private boolean packetPending;
  private boolean taskWaiting;
  private boolean taskHolding;

  boolean isPacketPending() {
    return packetPending;
  }

  boolean isTaskHolding() {
    return taskHolding;
  }

  boolean isTaskWaiting() {
    return taskWaiting;
  }

  void setTaskHolding(boolean b) {
    taskHolding = b;
  }

  void setTaskWaiting(boolean b) {
    taskWaiting = b;
  }

  void setPacketPending(boolean b) {
    packetPending = b;
  }

  final void packetPending() {
    packetPending = true;
    taskWaiting = false;
    taskHolding = false;
  }

  final void running() {
    packetPending = false;
    taskWaiting = false;
    taskHolding = false;
  }

  final void waiting() {
    packetPending = false;
    taskHolding = false;
    taskWaiting = true;
  }

  final void waitingWithPacket() {
    taskHolding = false;
    taskWaiting = true;
    packetPending = true;
  }

  final boolean isRunning() {
    return !packetPending && !taskWaiting && !taskHolding;
  }

  final boolean isTaskHoldingOrWaiting() {
    return taskHolding || (!packetPending && taskWaiting);
  }

  final boolean isWaiting() {
    return !packetPending && taskWaiting && !taskHolding;
  }

  final boolean isWaitingWithPacket() {
    return packetPending && taskWaiting && !taskHolding;
  }

  static TaskState createPacketPending() {
    TaskState t = new TaskState();
    t.packetPending();
    return t;
  }

  static TaskState createRunning() {
    TaskState t = new TaskState();
    t.running();
    return t;
  }

  static TaskState createWaiting() {
    TaskState t = new TaskState();
    t.waiting();
    return t;
  }

  static TaskState createWaitingWithPacket() {
    TaskState t = new TaskState();
    t.waitingWithPacket();
    return t;
  }
}
