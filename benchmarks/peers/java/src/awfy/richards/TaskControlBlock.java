package awfy.richards;

/** A task: its place in the task list, priority, input queue, behaviour and private data. */
final class TaskControlBlock extends TaskState {
  /** A task's behaviour: given the packet it received (or none) and its data, the task to run next. */
  @FunctionalInterface
  interface ProcessFunction {
    TaskControlBlock apply(Packet work, RBObject word);
  }

  private final TaskControlBlock link;
  private final int identity;
  private final int priority;
  private Packet input;
  private final ProcessFunction function;
  private final RBObject handle;

  TaskControlBlock(TaskControlBlock link, int identity, int priority, Packet initialWorkQueue,
      TaskState initialState, ProcessFunction function, RBObject privateData) {
    this.link = link;
    this.identity = identity;
    this.priority = priority;
    this.input = initialWorkQueue;
    setPacketPending(initialState.isPacketPending());
    setTaskWaiting(initialState.isTaskWaiting());
    setTaskHolding(initialState.isTaskHolding());
    this.function = function;
    this.handle = privateData;
  }

  int getIdentity() {
    return identity;
  }

  TaskControlBlock getLink() {
    return link;
  }

  int getPriority() {
    return priority;
  }

  /** Queues a packet for this task; it preempts {@code oldTask} when it was idle and is more urgent. */
  TaskControlBlock addInputAndCheckPriority(Packet packet, TaskControlBlock oldTask) {
    if (NO_WORK == input) {
      input = packet;
      setPacketPending(true);
      if (priority > oldTask.getPriority()) {
        return this;
      }
    } else {
      input = append(packet, input);
    }
    return oldTask;
  }

  TaskControlBlock runTask() {
    Packet message;
    if (isWaitingWithPacket()) {
      message = input;
      input = message.getLink();
      if (NO_WORK == input) {
        running();
      } else {
        packetPending();
      }
    } else {
      message = NO_WORK;
    }
    return function.apply(message, handle);
  }
}
