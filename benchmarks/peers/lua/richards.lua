-- Richards: an operating-system task scheduler simulation (Martin Richards), as in the suite.
local harness = require("harness")
local som = require("som")

local band, bxor = som.band, som.bxor

local IDLER, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 0, 1, 2, 3, 4, 5
local NUM_TYPES = 6
local DEVICE_PACKET_KIND, WORK_PACKET_KIND = 0, 1
local DATA_SIZE = 4
-- "no task" and "no work" are nil in the suite; false keeps the fields present in the tables.
local NO_TASK, NO_WORK = false, false

-- Appends packet to the queue starting at queue_head; returns the new head.
local function append(packet, queue_head)
  packet.link = NO_WORK
  if NO_WORK == queue_head then
    return packet
  end
  local mouse = queue_head
  local link = mouse.link
  while NO_WORK ~= link do
    mouse = link
    link = mouse.link
  end
  mouse.link = packet
  return queue_head
end

---------------------------------------------------------------------------------------------
local Packet = som.class()

function Packet.new(link, identity, kind)
  return setmetatable({ link = link, identity = identity, kind = kind, datum = 0,
                        data = som.new_array(DATA_SIZE, 0) }, Packet)
end

---------------------------------------------------------------------------------------------
-- TaskState: the three flags whose combinations are a task's state.
local TaskState = som.class()

function TaskState.new()
  return setmetatable({ packet_pending = false, task_waiting = false, task_holding = false }, TaskState)
end

function TaskState:set_packet_pending()
  self.packet_pending, self.task_waiting, self.task_holding = true, false, false
  return self
end

function TaskState:set_running()
  self.packet_pending, self.task_waiting, self.task_holding = false, false, false
  return self
end

function TaskState:set_waiting()
  self.packet_pending, self.task_waiting, self.task_holding = false, true, false
  return self
end

function TaskState:set_waiting_with_packet()
  self.packet_pending, self.task_waiting, self.task_holding = true, true, false
  return self
end

function TaskState:is_running()
  return not self.packet_pending and not self.task_waiting and not self.task_holding
end

function TaskState:is_task_holding_or_waiting()
  return self.task_holding or (not self.packet_pending and self.task_waiting)
end

function TaskState:is_waiting()
  return not self.packet_pending and self.task_waiting and not self.task_holding
end

function TaskState:is_waiting_with_packet()
  return self.packet_pending and self.task_waiting and not self.task_holding
end

---------------------------------------------------------------------------------------------
-- TaskControlBlock: a task, its state, its input queue and the function that runs it.
local TaskControlBlock = som.class(TaskState)

function TaskControlBlock.new(link, identity, priority, initial_work_queue, initial_state, fn, private_data)
  return setmetatable({
    link = link, identity = identity, priority = priority, input = initial_work_queue,
    packet_pending = initial_state.packet_pending, task_waiting = initial_state.task_waiting,
    task_holding = initial_state.task_holding, fn = fn, handle = private_data,
  }, TaskControlBlock)
end

function TaskControlBlock:add_input_and_check_priority(packet, old_task)
  if NO_WORK == self.input then
    self.input = packet
    self.packet_pending = true
    if self.priority > old_task.priority then
      return self
    end
  else
    self.input = append(packet, self.input)
  end
  return old_task
end

function TaskControlBlock:run_task()
  local message
  if self:is_waiting_with_packet() then
    message = self.input
    self.input = message.link
    if NO_WORK == self.input then
      self:set_running()
    else
      self:set_packet_pending()
    end
  else
    message = NO_WORK
  end
  return self.fn(message, self.handle)
end

---------------------------------------------------------------------------------------------
-- Scheduler: creates the six tasks and runs them until all are waiting or held.
local Scheduler = som.class()

function Scheduler.new()
  return setmetatable({
    task_list = NO_TASK, current_task = NO_TASK, current_task_identity = 0,
    task_table = som.new_array(NUM_TYPES, NO_TASK), queue_packet_count = 0, hold_count = 0,
  }, Scheduler)
end

function Scheduler:create_task(identity, priority, work, state, fn, data)
  local t = TaskControlBlock.new(self.task_list, identity, priority, work, state, fn, data)
  self.task_list = t
  self.task_table[identity + 1] = t
end

function Scheduler:create_device(identity, priority, work_packet, state)
  local data = { pending = NO_WORK }
  self:create_task(identity, priority, work_packet, state, function(work, data_record)
    local function_work = work
    if NO_WORK == function_work then
      function_work = data_record.pending
      if NO_WORK == function_work then
        return self:mark_waiting()
      end
      data_record.pending = NO_WORK
      return self:queue_packet(function_work)
    end
    data_record.pending = function_work
    return self:hold_self()
  end, data)
end

function Scheduler:create_handler(identity, priority, work_packet, state)
  local data = { work_in = NO_WORK, device_in = NO_WORK }
  self:create_task(identity, priority, work_packet, state, function(work, data_record)
    if NO_WORK ~= work then
      if WORK_PACKET_KIND == work.kind then
        data_record.work_in = append(work, data_record.work_in)
      else
        data_record.device_in = append(work, data_record.device_in)
      end
    end
    local work_packet = data_record.work_in
    if NO_WORK == work_packet then
      return self:mark_waiting()
    end
    local count = work_packet.datum
    if count >= DATA_SIZE then
      data_record.work_in = work_packet.link
      return self:queue_packet(work_packet)
    end
    local device_packet = data_record.device_in
    if NO_WORK == device_packet then
      return self:mark_waiting()
    end
    data_record.device_in = device_packet.link
    device_packet.datum = work_packet.data[count + 1]
    work_packet.datum = count + 1
    return self:queue_packet(device_packet)
  end, data)
end

function Scheduler:create_idler(identity, priority, work, state)
  local data = { control = 1, count = 10000 }
  self:create_task(identity, priority, work, state, function(_, data_record)
    data_record.count = data_record.count - 1
    if 0 == data_record.count then
      return self:hold_self()
    end
    if 0 == band(data_record.control, 1) then
      data_record.control = math.floor(data_record.control / 2)
      return self:release(DEVICE_A)
    end
    data_record.control = bxor(math.floor(data_record.control / 2), 53256)
    return self:release(DEVICE_B)
  end, data)
end

function Scheduler:create_worker(identity, priority, work_packet, state)
  local data = { destination = HANDLER_A, count = 0 }
  self:create_task(identity, priority, work_packet, state, function(work, data_record)
    if NO_WORK == work then
      return self:mark_waiting()
    end
    if HANDLER_A == data_record.destination then
      data_record.destination = HANDLER_B
    else
      data_record.destination = HANDLER_A
    end
    work.identity = data_record.destination
    work.datum = 0
    for i = 1, DATA_SIZE do
      data_record.count = data_record.count + 1
      if data_record.count > 26 then
        data_record.count = 1
      end
      work.data[i] = 65 + data_record.count - 1
    end
    return self:queue_packet(work)
  end, data)
end

function Scheduler:start()
  self:create_idler(IDLER, 0, NO_WORK, TaskState.new():set_running())
  local work_q = Packet.new(NO_WORK, WORKER, WORK_PACKET_KIND)
  work_q = Packet.new(work_q, WORKER, WORK_PACKET_KIND)
  self:create_worker(WORKER, 1000, work_q, TaskState.new():set_waiting_with_packet())

  work_q = Packet.new(NO_WORK, DEVICE_A, DEVICE_PACKET_KIND)
  work_q = Packet.new(work_q, DEVICE_A, DEVICE_PACKET_KIND)
  work_q = Packet.new(work_q, DEVICE_A, DEVICE_PACKET_KIND)
  self:create_handler(HANDLER_A, 2000, work_q, TaskState.new():set_waiting_with_packet())

  work_q = Packet.new(NO_WORK, DEVICE_B, DEVICE_PACKET_KIND)
  work_q = Packet.new(work_q, DEVICE_B, DEVICE_PACKET_KIND)
  work_q = Packet.new(work_q, DEVICE_B, DEVICE_PACKET_KIND)
  self:create_handler(HANDLER_B, 3000, work_q, TaskState.new():set_waiting_with_packet())

  self:create_device(DEVICE_A, 4000, NO_WORK, TaskState.new():set_waiting())
  self:create_device(DEVICE_B, 5000, NO_WORK, TaskState.new():set_waiting())

  self:schedule()
  return self.queue_packet_count == 23246 and self.hold_count == 9297
end

function Scheduler:find_task(identity)
  local t = self.task_table[identity + 1]
  if NO_TASK == t then
    error("findTask failed")
  end
  return t
end

function Scheduler:hold_self()
  self.hold_count = self.hold_count + 1
  local current = self.current_task
  current.task_holding = true
  return current.link
end

function Scheduler:queue_packet(packet)
  local t = self:find_task(packet.identity)
  self.queue_packet_count = self.queue_packet_count + 1
  packet.link = NO_WORK
  packet.identity = self.current_task_identity
  return t:add_input_and_check_priority(packet, self.current_task)
end

function Scheduler:mark_waiting()
  self.current_task.task_waiting = true
  return self.current_task
end

function Scheduler:release(identity)
  local t = self:find_task(identity)
  t.task_holding = false
  if t.priority > self.current_task.priority then
    return t
  end
  return self.current_task
end

function Scheduler:schedule()
  self.current_task = self.task_list
  while NO_TASK ~= self.current_task do
    if self.current_task:is_task_holding_or_waiting() then
      self.current_task = self.current_task.link
    else
      self.current_task_identity = self.current_task.identity
      self.current_task = self.current_task:run_task()
    end
  end
end

---------------------------------------------------------------------------------------------
local Richards = harness.benchmark_class()

function Richards:benchmark()
  return Scheduler.new():start()
end

function Richards:verify_result(result)
  return result
end

return Richards
