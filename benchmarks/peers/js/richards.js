'use strict';
// Richards: an operating-system task scheduler simulation (Martin Richards), as in the suite.
const { Benchmark } = require('./harness');
const { newArray } = require('./som');

const IDLER = 0;
const WORKER = 1;
const HANDLER_A = 2;
const HANDLER_B = 3;
const DEVICE_A = 4;
const DEVICE_B = 5;
const NUM_TYPES = 6;
const DEVICE_PACKET_KIND = 0;
const WORK_PACKET_KIND = 1;
const DATA_SIZE = 4;
const NO_TASK = null;
const NO_WORK = null;

// Appends packet to the queue starting at queueHead; returns the new head.
function append(packet, queueHead) {
  packet.link = NO_WORK;
  if (NO_WORK === queueHead) {
    return packet;
  }
  let mouse = queueHead;
  let link;
  while (NO_WORK !== (link = mouse.link)) {
    mouse = link;
  }
  mouse.link = packet;
  return queueHead;
}

class Packet {
  constructor(link, identity, kind) {
    this.link = link;
    this.identity = identity;
    this.kind = kind;
    this.datum = 0;
    this.data = newArray(DATA_SIZE, 0);
  }
}

// The three flags whose combinations are a task's state.
class TaskState {
  constructor() {
    this.packetPending = false;
    this.taskWaiting = false;
    this.taskHolding = false;
  }

  setPacketPending() {
    this.packetPending = true;
    this.taskWaiting = false;
    this.taskHolding = false;
    return this;
  }

  setRunning() {
    this.packetPending = this.taskWaiting = this.taskHolding = false;
    return this;
  }

  setWaiting() {
    this.packetPending = this.taskHolding = false;
    this.taskWaiting = true;
    return this;
  }

  setWaitingWithPacket() {
    this.taskHolding = false;
    this.taskWaiting = this.packetPending = true;
    return this;
  }

  isRunning() {
    return !this.packetPending && !this.taskWaiting && !this.taskHolding;
  }

  isTaskHoldingOrWaiting() {
    return this.taskHolding || (!this.packetPending && this.taskWaiting);
  }

  isWaiting() {
    return !this.packetPending && this.taskWaiting && !this.taskHolding;
  }

  isWaitingWithPacket() {
    return this.packetPending && this.taskWaiting && !this.taskHolding;
  }
}

// A task: its state, its input queue and the function that runs it.
class TaskControlBlock extends TaskState {
  constructor(link, identity, priority, initialWorkQueue, initialState, fn, privateData) {
    super();
    this.link = link;
    this.identity = identity;
    this.priority = priority;
    this.input = initialWorkQueue;
    this.packetPending = initialState.packetPending;
    this.taskWaiting = initialState.taskWaiting;
    this.taskHolding = initialState.taskHolding;
    this.fn = fn;
    this.handle = privateData;
  }

  addInputAndCheckPriority(packet, oldTask) {
    if (NO_WORK === this.input) {
      this.input = packet;
      this.packetPending = true;
      if (this.priority > oldTask.priority) {
        return this;
      }
    } else {
      this.input = append(packet, this.input);
    }
    return oldTask;
  }

  runTask() {
    let message;
    if (this.isWaitingWithPacket()) {
      message = this.input;
      this.input = message.link;
      if (NO_WORK === this.input) {
        this.setRunning();
      } else {
        this.setPacketPending();
      }
    } else {
      message = NO_WORK;
    }
    return this.fn(message, this.handle);
  }
}

class DeviceTaskDataRecord {
  constructor() {
    this.pending = NO_WORK;
  }
}

class HandlerTaskDataRecord {
  constructor() {
    this.workIn = NO_WORK;
    this.deviceIn = NO_WORK;
  }

  deviceInAdd(packet) {
    this.deviceIn = append(packet, this.deviceIn);
  }

  workInAdd(packet) {
    this.workIn = append(packet, this.workIn);
  }
}

class IdleTaskDataRecord {
  constructor() {
    this.control = 1;
    this.count = 10000;
  }
}

class WorkerTaskDataRecord {
  constructor() {
    this.destination = HANDLER_A;
    this.count = 0;
  }
}

// Creates the six tasks and runs them until every one is waiting or held.
class Scheduler {
  constructor() {
    this.taskList = NO_TASK;
    this.currentTask = NO_TASK;
    this.currentTaskIdentity = 0;
    this.taskTable = newArray(NUM_TYPES, NO_TASK);
    this.queuePacketCount = 0;
    this.holdCount = 0;
  }

  createTask(identity, priority, work, state, fn, data) {
    const t = new TaskControlBlock(this.taskList, identity, priority, work, state, fn, data);
    this.taskList = t;
    this.taskTable[identity] = t;
  }

  createDevice(identity, priority, workPacket, state) {
    this.createTask(identity, priority, workPacket, state, (work, dataRecord) => {
      let functionWork = work;
      if (NO_WORK === functionWork) {
        functionWork = dataRecord.pending;
        if (NO_WORK === functionWork) {
          return this.markWaiting();
        }
        dataRecord.pending = NO_WORK;
        return this.queuePacket(functionWork);
      }
      dataRecord.pending = functionWork;
      return this.holdSelf();
    }, new DeviceTaskDataRecord());
  }

  createHandler(identity, priority, workPacket, state) {
    this.createTask(identity, priority, workPacket, state, (work, dataRecord) => {
      if (NO_WORK !== work) {
        if (WORK_PACKET_KIND === work.kind) {
          dataRecord.workInAdd(work);
        } else {
          dataRecord.deviceInAdd(work);
        }
      }
      const workPacket = dataRecord.workIn;
      if (NO_WORK === workPacket) {
        return this.markWaiting();
      }
      const count = workPacket.datum;
      if (count >= DATA_SIZE) {
        dataRecord.workIn = workPacket.link;
        return this.queuePacket(workPacket);
      }
      const devicePacket = dataRecord.deviceIn;
      if (NO_WORK === devicePacket) {
        return this.markWaiting();
      }
      dataRecord.deviceIn = devicePacket.link;
      devicePacket.datum = workPacket.data[count];
      workPacket.datum = count + 1;
      return this.queuePacket(devicePacket);
    }, new HandlerTaskDataRecord());
  }

  createIdler(identity, priority, work, state) {
    this.createTask(identity, priority, work, state, (_work, dataRecord) => {
      dataRecord.count--;
      if (0 === dataRecord.count) {
        return this.holdSelf();
      }
      if (0 === (dataRecord.control & 1)) {
        dataRecord.control = Math.floor(dataRecord.control / 2);
        return this.release(DEVICE_A);
      }
      dataRecord.control = Math.floor(dataRecord.control / 2) ^ 53256;
      return this.release(DEVICE_B);
    }, new IdleTaskDataRecord());
  }

  createWorker(identity, priority, workPacket, state) {
    this.createTask(identity, priority, workPacket, state, (work, dataRecord) => {
      if (NO_WORK === work) {
        return this.markWaiting();
      }
      dataRecord.destination = HANDLER_A === dataRecord.destination ? HANDLER_B : HANDLER_A;
      work.identity = dataRecord.destination;
      work.datum = 0;
      for (let i = 0; i < DATA_SIZE; i++) {
        dataRecord.count++;
        if (dataRecord.count > 26) {
          dataRecord.count = 1;
        }
        work.data[i] = 65 + dataRecord.count - 1;
      }
      return this.queuePacket(work);
    }, new WorkerTaskDataRecord());
  }

  start() {
    this.createIdler(IDLER, 0, NO_WORK, new TaskState().setRunning());
    let workQ = new Packet(NO_WORK, WORKER, WORK_PACKET_KIND);
    workQ = new Packet(workQ, WORKER, WORK_PACKET_KIND);
    this.createWorker(WORKER, 1000, workQ, new TaskState().setWaitingWithPacket());

    workQ = new Packet(NO_WORK, DEVICE_A, DEVICE_PACKET_KIND);
    workQ = new Packet(workQ, DEVICE_A, DEVICE_PACKET_KIND);
    workQ = new Packet(workQ, DEVICE_A, DEVICE_PACKET_KIND);
    this.createHandler(HANDLER_A, 2000, workQ, new TaskState().setWaitingWithPacket());

    workQ = new Packet(NO_WORK, DEVICE_B, DEVICE_PACKET_KIND);
    workQ = new Packet(workQ, DEVICE_B, DEVICE_PACKET_KIND);
    workQ = new Packet(workQ, DEVICE_B, DEVICE_PACKET_KIND);
    this.createHandler(HANDLER_B, 3000, workQ, new TaskState().setWaitingWithPacket());

    this.createDevice(DEVICE_A, 4000, NO_WORK, new TaskState().setWaiting());
    this.createDevice(DEVICE_B, 5000, NO_WORK, new TaskState().setWaiting());

    this.schedule();
    return this.queuePacketCount === 23246 && this.holdCount === 9297;
  }

  findTask(identity) {
    const t = this.taskTable[identity];
    if (NO_TASK === t) {
      throw new Error('findTask failed');
    }
    return t;
  }

  holdSelf() {
    this.holdCount++;
    this.currentTask.taskHolding = true;
    return this.currentTask.link;
  }

  queuePacket(packet) {
    const t = this.findTask(packet.identity);
    this.queuePacketCount++;
    packet.link = NO_WORK;
    packet.identity = this.currentTaskIdentity;
    return t.addInputAndCheckPriority(packet, this.currentTask);
  }

  markWaiting() {
    this.currentTask.taskWaiting = true;
    return this.currentTask;
  }

  release(identity) {
    const t = this.findTask(identity);
    t.taskHolding = false;
    if (t.priority > this.currentTask.priority) {
      return t;
    }
    return this.currentTask;
  }

  schedule() {
    this.currentTask = this.taskList;
    while (NO_TASK !== this.currentTask) {
      if (this.currentTask.isTaskHoldingOrWaiting()) {
        this.currentTask = this.currentTask.link;
      } else {
        this.currentTaskIdentity = this.currentTask.identity;
        this.currentTask = this.currentTask.runTask();
      }
    }
  }
}

class Richards extends Benchmark {
  benchmark() {
    return new Scheduler().start();
  }

  verifyResult(result) {
    return result;
  }
}

module.exports = { Richards };
