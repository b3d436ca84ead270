"""Richards: an operating-system task scheduler simulation (Martin Richards), as in the suite."""
from harness import Benchmark
from som import new_array

IDLER, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
NUM_TYPES = 6
DEVICE_PACKET_KIND, WORK_PACKET_KIND = 0, 1
DATA_SIZE = 4
NO_TASK = None
NO_WORK = None


def append(packet, queue_head):
    """Appends packet to the queue starting at queue_head; returns the new head."""
    packet.link = NO_WORK
    if queue_head is NO_WORK:
        return packet
    mouse = queue_head
    link = mouse.link
    while link is not NO_WORK:
        mouse = link
        link = mouse.link
    mouse.link = packet
    return queue_head


class Packet:
    def __init__(self, link, identity, kind):
        self.link = link
        self.identity = identity
        self.kind = kind
        self.datum = 0
        self.data = new_array(DATA_SIZE, 0)


class TaskState:
    """The three flags whose combinations are a task's state."""

    def __init__(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False

    def set_packet_pending(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def set_running(self):
        self.packet_pending = self.task_waiting = self.task_holding = False
        return self

    def set_waiting(self):
        self.packet_pending = self.task_holding = False
        self.task_waiting = True
        return self

    def set_waiting_with_packet(self):
        self.task_holding = False
        self.task_waiting = self.packet_pending = True
        return self

    def is_running(self):
        return not self.packet_pending and not self.task_waiting and not self.task_holding

    def is_task_holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting(self):
        return not self.packet_pending and self.task_waiting and not self.task_holding

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class TaskControlBlock(TaskState):
    """A task: its state, its input queue and the function that runs it."""

    def __init__(self, link, identity, priority, initial_work_queue, initial_state, fn, private_data):
        super().__init__()
        self.link = link
        self.identity = identity
        self.priority = priority
        self.input = initial_work_queue
        self.packet_pending = initial_state.packet_pending
        self.task_waiting = initial_state.task_waiting
        self.task_holding = initial_state.task_holding
        self.fn = fn
        self.handle = private_data

    def add_input_and_check_priority(self, packet, old_task):
        if self.input is NO_WORK:
            self.input = packet
            self.packet_pending = True
            if self.priority > old_task.priority:
                return self
        else:
            self.input = append(packet, self.input)
        return old_task

    def run_task(self):
        if self.is_waiting_with_packet():
            message = self.input
            self.input = message.link
            if self.input is NO_WORK:
                self.set_running()
            else:
                self.set_packet_pending()
        else:
            message = NO_WORK
        return self.fn(message, self.handle)


class DeviceTaskDataRecord:
    def __init__(self):
        self.pending = NO_WORK


class HandlerTaskDataRecord:
    def __init__(self):
        self.work_in = NO_WORK
        self.device_in = NO_WORK

    def device_in_add(self, packet):
        self.device_in = append(packet, self.device_in)

    def work_in_add(self, packet):
        self.work_in = append(packet, self.work_in)


class IdleTaskDataRecord:
    def __init__(self):
        self.control = 1
        self.count = 10000


class WorkerTaskDataRecord:
    def __init__(self):
        self.destination = HANDLER_A
        self.count = 0


class Scheduler:
    """Creates the six tasks and runs them until every one is waiting or held."""

    def __init__(self):
        self.task_list = NO_TASK
        self.current_task = NO_TASK
        self.current_task_identity = 0
        self.task_table = new_array(NUM_TYPES, NO_TASK)
        self.queue_packet_count = 0
        self.hold_count = 0

    def create_task(self, identity, priority, work, state, fn, data):
        t = TaskControlBlock(self.task_list, identity, priority, work, state, fn, data)
        self.task_list = t
        self.task_table[identity] = t

    def create_device(self, identity, priority, work_packet, state):
        def run(work, data_record):
            function_work = work
            if function_work is NO_WORK:
                function_work = data_record.pending
                if function_work is NO_WORK:
                    return self.mark_waiting()
                data_record.pending = NO_WORK
                return self.queue_packet(function_work)
            data_record.pending = function_work
            return self.hold_self()

        self.create_task(identity, priority, work_packet, state, run, DeviceTaskDataRecord())

    def create_handler(self, identity, priority, work_packet, state):
        def run(work, data_record):
            if work is not NO_WORK:
                if work.kind == WORK_PACKET_KIND:
                    data_record.work_in_add(work)
                else:
                    data_record.device_in_add(work)
            work_packet = data_record.work_in
            if work_packet is NO_WORK:
                return self.mark_waiting()
            count = work_packet.datum
            if count >= DATA_SIZE:
                data_record.work_in = work_packet.link
                return self.queue_packet(work_packet)
            device_packet = data_record.device_in
            if device_packet is NO_WORK:
                return self.mark_waiting()
            data_record.device_in = device_packet.link
            device_packet.datum = work_packet.data[count]
            work_packet.datum = count + 1
            return self.queue_packet(device_packet)

        self.create_task(identity, priority, work_packet, state, run, HandlerTaskDataRecord())

    def create_idler(self, identity, priority, work, state):
        def run(_work, data_record):
            data_record.count -= 1
            if data_record.count == 0:
                return self.hold_self()
            if (data_record.control & 1) == 0:
                data_record.control = data_record.control // 2
                return self.release(DEVICE_A)
            data_record.control = (data_record.control // 2) ^ 53256
            return self.release(DEVICE_B)

        self.create_task(identity, priority, work, state, run, IdleTaskDataRecord())

    def create_worker(self, identity, priority, work_packet, state):
        def run(work, data_record):
            if work is NO_WORK:
                return self.mark_waiting()
            data_record.destination = HANDLER_B if data_record.destination == HANDLER_A else HANDLER_A
            work.identity = data_record.destination
            work.datum = 0
            for i in range(DATA_SIZE):
                data_record.count += 1
                if data_record.count > 26:
                    data_record.count = 1
                work.data[i] = 65 + data_record.count - 1
            return self.queue_packet(work)

        self.create_task(identity, priority, work_packet, state, run, WorkerTaskDataRecord())

    def start(self):
        self.create_idler(IDLER, 0, NO_WORK, TaskState().set_running())
        work_q = Packet(NO_WORK, WORKER, WORK_PACKET_KIND)
        work_q = Packet(work_q, WORKER, WORK_PACKET_KIND)
        self.create_worker(WORKER, 1000, work_q, TaskState().set_waiting_with_packet())

        work_q = Packet(NO_WORK, DEVICE_A, DEVICE_PACKET_KIND)
        work_q = Packet(work_q, DEVICE_A, DEVICE_PACKET_KIND)
        work_q = Packet(work_q, DEVICE_A, DEVICE_PACKET_KIND)
        self.create_handler(HANDLER_A, 2000, work_q, TaskState().set_waiting_with_packet())

        work_q = Packet(NO_WORK, DEVICE_B, DEVICE_PACKET_KIND)
        work_q = Packet(work_q, DEVICE_B, DEVICE_PACKET_KIND)
        work_q = Packet(work_q, DEVICE_B, DEVICE_PACKET_KIND)
        self.create_handler(HANDLER_B, 3000, work_q, TaskState().set_waiting_with_packet())

        self.create_device(DEVICE_A, 4000, NO_WORK, TaskState().set_waiting())
        self.create_device(DEVICE_B, 5000, NO_WORK, TaskState().set_waiting())

        self.schedule()
        return self.queue_packet_count == 23246 and self.hold_count == 9297

    def find_task(self, identity):
        t = self.task_table[identity]
        if t is NO_TASK:
            raise RuntimeError("findTask failed")
        return t

    def hold_self(self):
        self.hold_count += 1
        self.current_task.task_holding = True
        return self.current_task.link

    def queue_packet(self, packet):
        t = self.find_task(packet.identity)
        self.queue_packet_count += 1
        packet.link = NO_WORK
        packet.identity = self.current_task_identity
        return t.add_input_and_check_priority(packet, self.current_task)

    def mark_waiting(self):
        self.current_task.task_waiting = True
        return self.current_task

    def release(self, identity):
        t = self.find_task(identity)
        t.task_holding = False
        if t.priority > self.current_task.priority:
            return t
        return self.current_task

    def schedule(self):
        self.current_task = self.task_list
        while self.current_task is not NO_TASK:
            if self.current_task.is_task_holding_or_waiting():
                self.current_task = self.current_task.link
            else:
                self.current_task_identity = self.current_task.identity
                self.current_task = self.current_task.run_task()


class Richards(Benchmark):
    def benchmark(self):
        return Scheduler().start()

    def verify_result(self, result):
        return result
