package awfy.richards;

import awfy.richards.DataRecords.DeviceTaskDataRecord;
import awfy.richards.DataRecords.HandlerTaskDataRecord;
import awfy.richards.DataRecords.IdleTaskDataRecord;
import awfy.richards.DataRecords.WorkerTaskDataRecord;
import awfy.richards.TaskControlBlock.ProcessFunction;

/** Creates the six tasks, runs them until all are held or waiting, and counts what happened. */
final class Scheduler extends RBObject {
  private TaskControlBlock taskList = NO_TASK;
  private TaskControlBlock currentTask = NO_TASK;
  private int currentTaskIdentity;
  private final TaskControlBlock[] taskTable = new TaskControlBlock[NUM_TYPES];
  private int queuePacketCount;
  private int holdCount;

  /** Runs the simulation; true when the counts are the known ones. */
  boolean start() {
    createIdler(IDLER, 0, NO_WORK, TaskState.createRunning());
    Packet workQ = createPacket(NO_WORK, WORKER, WORK_PACKET_KIND);
    workQ = createPacket(workQ, WORKER, WORK_PACKET_KIND);
    createWorker(WORKER, 1000, workQ, TaskState.createWaitingWithPacket());

    workQ = createPacket(NO_WORK, DEVICE_A, DEVICE_PACKET_KIND);
    workQ = createPacket(workQ, DEVICE_A, DEVICE_PACKET_KIND);
    workQ = createPacket(workQ, DEVICE_A, DEVICE_PACKET_KIND);
    createHandler(HANDLER_A, 2000, workQ, TaskState.createWaitingWithPacket());

    workQ = createPacket(NO_WORK, DEVICE_B, DEVICE_PACKET_KIND);
    workQ = createPacket(workQ, DEVICE_B, DEVICE_PACKET_KIND);
    workQ = createPacket(workQ, DEVICE_B, DEVICE_PACKET_KIND);
    createHandler(HANDLER_B, 3000, workQ, TaskState.createWaitingWithPacket());

    createDevice(DEVICE_A, 4000, NO_WORK, TaskState.createWaiting());
    createDevice(DEVICE_B, 5000, NO_WORK, TaskState.createWaiting());

    schedule();
    return queuePacketCount == 23246 && holdCount == 9297;
  }

  private void createDevice(int identity, int priority, Packet workPacket, TaskState state) {
    createTask(identity, priority, workPacket, state, (work, word) -> {
      DeviceTaskDataRecord dataRecord = (DeviceTaskDataRecord) word;
      Packet functionWork = work;
      if (NO_WORK == functionWork) {
        functionWork = dataRecord.getPending();
        if (NO_WORK == functionWork) {
          return markWaiting();
        }
        dataRecord.setPending(NO_WORK);
        return queuePacket(functionWork);
      }
      dataRecord.setPending(functionWork);
      return holdSelf();
    }, new DeviceTaskDataRecord());
  }

  private void createHandler(int identity, int priority, Packet workPacket, TaskState state) {
    createTask(identity, priority, workPacket, state, (work, word) -> {
      HandlerTaskDataRecord dataRecord = (HandlerTaskDataRecord) word;
      if (NO_WORK != work) {
        if (WORK_PACKET_KIND == work.getKind()) {
          dataRecord.workInAdd(work);
        } else {
          dataRecord.deviceInAdd(work);
        }
      }
      Packet workIn = dataRecord.workIn();
      if (NO_WORK == workIn) {
        return markWaiting();
      }
      int count = workIn.getDatum();
      if (count >= DATA_SIZE) {
        dataRecord.workIn(workIn.getLink());
        return queuePacket(workIn);
      }
      Packet devicePacket = dataRecord.deviceIn();
      if (NO_WORK == devicePacket) {
        return markWaiting();
      }
      dataRecord.deviceIn(devicePacket.getLink());
      devicePacket.setDatum(workIn.getData()[count]);
      workIn.setDatum(count + 1);
      return queuePacket(devicePacket);
    }, new HandlerTaskDataRecord());
  }

  private void createIdler(int identity, int priority, Packet work, TaskState state) {
    createTask(identity, priority, work, state, (workArg, word) -> {
      IdleTaskDataRecord dataRecord = (IdleTaskDataRecord) word;
      dataRecord.setCount(dataRecord.getCount() - 1);
      if (0 == dataRecord.getCount()) {
        return holdSelf();
      }
      if (0 == (dataRecord.getControl() & 1)) {
        dataRecord.setControl(dataRecord.getControl() / 2);
        return release(DEVICE_A);
      }
      dataRecord.setControl((dataRecord.getControl() / 2) ^ 53256);
      return release(DEVICE_B);
    }, new IdleTaskDataRecord());
  }

  private void createWorker(int identity, int priority, Packet workPacket, TaskState state) {
    createTask(identity, priority, workPacket, state, (work, word) -> {
      WorkerTaskDataRecord data = (WorkerTaskDataRecord) word;
      if (NO_WORK == work) {
        return markWaiting();
      }
      data.setDestination(HANDLER_A == data.getDestination() ? HANDLER_B : HANDLER_A);
      work.setIdentity(data.getDestination());
      work.setDatum(0);
      for (int i = 0; i < DATA_SIZE; i++) {
        data.setCount(data.getCount() + 1);
        if (data.getCount() > 26) {
          data.setCount(1);
        }
        work.getData()[i] = 65 + data.getCount() - 1;
      }
      return queuePacket(work);
    }, new WorkerTaskDataRecord());
  }

  private Packet createPacket(Packet link, int identity, int kind) {
    return new Packet(link, identity, kind);
  }

  private void createTask(int identity, int priority, Packet work, TaskState state,
      ProcessFunction function, RBObject data) {
    TaskControlBlock t = new TaskControlBlock(taskList, identity, priority, work, state, function, data);
    taskList = t;
    taskTable[identity] = t;
  }

  private TaskControlBlock findTask(int identity) {
    TaskControlBlock t = taskTable[identity];
    if (NO_TASK == t) {
      throw new IllegalStateException("findTask failed");
    }
    return t;
  }

  private TaskControlBlock holdSelf() {
    holdCount++;
    currentTask.setTaskHolding(true);
    return currentTask.getLink();
  }

  private TaskControlBlock markWaiting() {
    currentTask.setTaskWaiting(true);
    return currentTask;
  }

  private TaskControlBlock queuePacket(Packet packet) {
    TaskControlBlock t = findTask(packet.getIdentity());
    queuePacketCount++;
    packet.setLink(NO_WORK);
    packet.setIdentity(currentTaskIdentity);
    return t.addInputAndCheckPriority(packet, currentTask);
  }

  private TaskControlBlock release(int identity) {
    TaskControlBlock t = findTask(identity);
    t.setTaskHolding(false);
    if (t.getPriority() > currentTask.getPriority()) {
      return t;
    }
    return currentTask;
  }

  private void schedule() {
    currentTask = taskList;
    while (NO_TASK != currentTask) {
      if (currentTask.isTaskHoldingOrWaiting()) {
        currentTask = currentTask.getLink();
      } else {
        currentTaskIdentity = currentTask.getIdentity();
        currentTask = currentTask.runTask();
      }
    }
  }
}
