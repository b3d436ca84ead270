-- CD: collision detection between simulated aircraft (after CDx), over a red-black tree keyed
-- by call signs and voxel positions, as in the suite.
local harness = require("harness")
local som = require("som")

local Vector = som.Vector

local MIN_X, MIN_Y, MAX_X, MAX_Y, MIN_Z, MAX_Z = 0.0, 0.0, 1000.0, 1000.0, 0.0, 10.0
local PROXIMITY_RADIUS = 1.0
local GOOD_VOXEL_SIZE = PROXIMITY_RADIUS * 2.0

-- Java's (int) cast: truncation toward zero.
local function truncate(x)
  if x >= 0 then
    return math.floor(x)
  end
  return math.ceil(x)
end

---------------------------------------------------------------------------------------------
-- RedBlackTree: an ordered map; keys provide compare_to(other) returning -1, 0 or 1.
-- "No node" is false.
local RED, BLACK = 1, 2

local RedBlackTree = som.class()

function RedBlackTree.new()
  return setmetatable({ root = false }, RedBlackTree)
end

local function new_node(key, value)
  return { key = key, value = value, left = false, right = false, parent = false, color = RED }
end

local function tree_minimum(x)
  local current = x
  while current.left do
    current = current.left
  end
  return current
end

local function successor(node)
  local x = node
  if x.right then
    return tree_minimum(x.right)
  end
  local y = x.parent
  while y and x == y.right do
    x = y
    y = y.parent
  end
  return y
end

function RedBlackTree:find_node(key)
  local current = self.root
  while current do
    local comparison = key:compare_to(current.key)
    if comparison == 0 then
      return current
    end
    if comparison < 0 then
      current = current.left
    else
      current = current.right
    end
  end
  return false
end

-- Inserts or replaces; returns the new node, or false and the replaced value.
function RedBlackTree:tree_insert(key, value)
  local y = false
  local x = self.root
  while x do
    y = x
    local comparison = key:compare_to(x.key)
    if comparison < 0 then
      x = x.left
    elseif comparison > 0 then
      x = x.right
    else
      local old_value = x.value
      x.value = value
      return false, old_value
    end
  end
  local z = new_node(key, value)
  z.parent = y
  if not y then
    self.root = z
  elseif key:compare_to(y.key) < 0 then
    y.left = z
  else
    y.right = z
  end
  return z, nil
end

function RedBlackTree:left_rotate(x)
  local y = x.right
  -- y's left subtree becomes x's right subtree
  x.right = y.left
  if y.left then
    y.left.parent = x
  end
  -- x's parent becomes y's
  y.parent = x.parent
  if not x.parent then
    self.root = y
  elseif x == x.parent.left then
    x.parent.left = y
  else
    x.parent.right = y
  end
  -- x goes on y's left
  y.left = x
  x.parent = y
  return y
end

function RedBlackTree:right_rotate(y)
  local x = y.left
  y.left = x.right
  if x.right then
    x.right.parent = y
  end
  x.parent = y.parent
  if not y.parent then
    self.root = x
  elseif y == y.parent.left then
    y.parent.left = x
  else
    y.parent.right = x
  end
  x.right = y
  y.parent = x
  return x
end

-- Associates value with key; returns the value it replaced, or nil.
function RedBlackTree:put(key, value)
  local x, old_value = self:tree_insert(key, value)
  if not x then
    return old_value
  end
  while x ~= self.root and x.parent.color == RED do
    if x.parent == x.parent.parent.left then
      local y = x.parent.parent.right
      if y and y.color == RED then
        -- case 1
        x.parent.color = BLACK
        y.color = BLACK
        x.parent.parent.color = RED
        x = x.parent.parent
      else
        if x == x.parent.right then
          -- case 2
          x = x.parent
          self:left_rotate(x)
        end
        -- case 3
        x.parent.color = BLACK
        x.parent.parent.color = RED
        self:right_rotate(x.parent.parent)
      end
    else
      -- the same with left and right exchanged
      local y = x.parent.parent.left
      if y and y.color == RED then
        x.parent.color = BLACK
        y.color = BLACK
        x.parent.parent.color = RED
        x = x.parent.parent
      else
        if x == x.parent.left then
          x = x.parent
          self:right_rotate(x)
        end
        x.parent.color = BLACK
        x.parent.parent.color = RED
        self:left_rotate(x.parent.parent)
      end
    end
  end
  self.root.color = BLACK
  return nil
end

-- Removes key; returns its value, or nil when absent.
function RedBlackTree:remove(key)
  local z = self:find_node(key)
  if not z then
    return nil
  end
  -- y is the node unlinked from the tree
  local y
  if not z.left or not z.right then
    y = z
  else
    y = successor(z)
  end
  -- x is the child of y that may replace it; it may be absent
  local x
  if y.left then
    x = y.left
  else
    x = y.right
  end
  local x_parent
  if x then
    x.parent = y.parent
    x_parent = x.parent
  else
    x_parent = y.parent
  end
  if not y.parent then
    self.root = x
  elseif y == y.parent.left then
    y.parent.left = x
  else
    y.parent.right = x
  end
  if y ~= z then
    if y.color == BLACK then
      self:remove_fixup(x, x_parent)
    end
    y.parent = z.parent
    y.color = z.color
    y.left = z.left
    y.right = z.right
    if z.left then
      z.left.parent = y
    end
    if z.right then
      z.right.parent = y
    end
    if z.parent then
      if z.parent.left == z then
        z.parent.left = y
      else
        z.parent.right = y
      end
    else
      self.root = y
    end
  elseif y.color == BLACK then
    self:remove_fixup(x, x_parent)
  end
  return z.value
end

function RedBlackTree:remove_fixup(x, x_parent)
  while x ~= self.root and (not x or x.color == BLACK) do
    if x == x_parent.left then
      -- w cannot be absent here: the red-black properties guarantee it
      local w = x_parent.right
      if w.color == RED then
        -- case 1
        w.color = BLACK
        x_parent.color = RED
        self:left_rotate(x_parent)
        w = x_parent.right
      end
      if (not w.left or w.left.color == BLACK) and (not w.right or w.right.color == BLACK) then
        -- case 2
        w.color = RED
        x = x_parent
        x_parent = x.parent
      else
        if not w.right or w.right.color == BLACK then
          -- case 3
          w.left.color = BLACK
          w.color = RED
          self:right_rotate(w)
          w = x_parent.right
        end
        -- case 4
        w.color = x_parent.color
        x_parent.color = BLACK
        if w.right then
          w.right.color = BLACK
        end
        self:left_rotate(x_parent)
        x = self.root
        x_parent = x.parent
      end
    else
      -- the same with left and right exchanged
      local w = x_parent.left
      if w.color == RED then
        w.color = BLACK
        x_parent.color = RED
        self:right_rotate(x_parent)
        w = x_parent.left
      end
      if (not w.right or w.right.color == BLACK) and (not w.left or w.left.color == BLACK) then
        w.color = RED
        x = x_parent
        x_parent = x.parent
      else
        if not w.left or w.left.color == BLACK then
          w.right.color = BLACK
          w.color = RED
          self:left_rotate(w)
          w = x_parent.left
        end
        w.color = x_parent.color
        x_parent.color = BLACK
        if w.left then
          w.left.color = BLACK
        end
        self:right_rotate(x_parent)
        x = self.root
        x_parent = x.parent
      end
    end
  end
  if x then
    x.color = BLACK
  end
end

function RedBlackTree:get(key)
  local node = self:find_node(key)
  if not node then
    return nil
  end
  return node.value
end

-- Calls fn(key, value) for every entry in key order.
function RedBlackTree:each(fn)
  if not self.root then
    return
  end
  local current = tree_minimum(self.root)
  while current do
    fn(current.key, current.value)
    current = successor(current)
  end
end

---------------------------------------------------------------------------------------------
-- Vectors in the plane and in space.
local function compare_numbers(a, b)
  if a == b then return 0 end
  if a < b then return -1 end
  if a > b then return 1 end
  -- NaN sorts before any number
  if a == a then return 1 end
  return -1
end

local Vector2D = som.class()

function Vector2D.new(x, y)
  return setmetatable({ x = x, y = y }, Vector2D)
end

function Vector2D:plus(other)
  return Vector2D.new(self.x + other.x, self.y + other.y)
end

function Vector2D:minus(other)
  return Vector2D.new(self.x - other.x, self.y - other.y)
end

function Vector2D:compare_to(other)
  local result = compare_numbers(self.x, other.x)
  if result ~= 0 then
    return result
  end
  return compare_numbers(self.y, other.y)
end

local Vector3D = som.class()

function Vector3D.new(x, y, z)
  return setmetatable({ x = x, y = y, z = z }, Vector3D)
end

function Vector3D:plus(other)
  return Vector3D.new(self.x + other.x, self.y + other.y, self.z + other.z)
end

function Vector3D:minus(other)
  return Vector3D.new(self.x - other.x, self.y - other.y, self.z - other.z)
end

function Vector3D:dot(other)
  return self.x * other.x + self.y * other.y + self.z * other.z
end

function Vector3D:squared_magnitude()
  return self:dot(self)
end

function Vector3D:magnitude()
  return math.sqrt(self:squared_magnitude())
end

function Vector3D:times(amount)
  return Vector3D.new(self.x * amount, self.y * amount, self.z * amount)
end

---------------------------------------------------------------------------------------------
local CallSign = som.class()

function CallSign.new(value)
  return setmetatable({ value = value }, CallSign)
end

function CallSign:compare_to(other)
  if self.value == other.value then
    return 0
  end
  if self.value < other.value then
    return -1
  end
  return 1
end

local function new_aircraft(callsign, position)
  return { callsign = callsign, position = position }
end

local function new_collision(aircraft_a, aircraft_b, position)
  return { aircraft_a = aircraft_a, aircraft_b = aircraft_b, position = position }
end

---------------------------------------------------------------------------------------------
-- Motion: an aircraft's move from pos_one to pos_two during one frame.
local Motion = som.class()

function Motion.new(callsign, pos_one, pos_two)
  return setmetatable({ callsign = callsign, pos_one = pos_one, pos_two = pos_two }, Motion)
end

function Motion:delta()
  return self.pos_two:minus(self.pos_one)
end

-- Where this motion and other come within the proximity radius during the frame, or nil.
-- Time-based: it accounts for both aircraft moving, not only for where their paths cross.
function Motion:find_intersection(other)
  local init1 = self.pos_one
  local init2 = other.pos_one
  local vec1 = self:delta()
  local vec2 = other:delta()
  local radius = PROXIMITY_RADIUS

  local a = vec2:minus(vec1):squared_magnitude()
  if a ~= 0.0 then
    -- the times at which the aircraft are exactly radius apart solve a*t^2 + b*t + c = 0
    local b = 2.0 * (init1.x * vec1.x - init1.x * vec2.x - init2.x * vec1.x + init2.x * vec2.x
      + init1.y * vec1.y - init1.y * vec2.y - init2.y * vec1.y + init2.y * vec2.y
      + init1.z * vec1.z - init1.z * vec2.z - init2.z * vec1.z + init2.z * vec2.z)
    local c = -radius * radius + (init2.x - init1.x) * (init2.x - init1.x)
      + (init2.y - init1.y) * (init2.y - init1.y) + (init2.z - init1.z) * (init2.z - init1.z)
    local discr = b * b - 4.0 * a * c
    if discr < 0.0 then
      return nil
    end
    local v1 = (-b - math.sqrt(discr)) / (2.0 * a)
    local v2 = (-b + math.sqrt(discr)) / (2.0 * a)
    if v1 <= v2 and ((v1 <= 1.0 and 1.0 <= v2) or (v1 <= 0.0 and 0.0 <= v2)
        or (0.0 <= v1 and v2 <= 1.0)) then
      -- report a collision that started before the frame at the frame's start
      local v
      if v1 <= 0.0 then
        v = 0.0
      else
        v = v1
      end
      local result1 = init1:plus(vec1:times(v))
      local result2 = init2:plus(vec2:times(v))
      local result = result1:plus(result2):times(0.5)
      if result.x >= MIN_X and result.x <= MAX_X and result.y >= MIN_Y and result.y <= MAX_Y
          and result.z >= MIN_Z and result.z <= MAX_Z then
        return result
      end
    end
    return nil
  end
  -- same velocity (or none): the distance never changes
  local dist = init2:minus(init1):magnitude()
  if dist <= radius then
    return init1:plus(init2):times(0.5)
  end
  return nil
end

---------------------------------------------------------------------------------------------
-- CollisionDetector: keeps each aircraft's last position; per frame, spreads the motions over
-- a voxel map and tests the pairs sharing a voxel.
local CollisionDetector = som.class()

local HORIZONTAL = Vector2D.new(GOOD_VOXEL_SIZE, 0.0)
local VERTICAL = Vector2D.new(0.0, GOOD_VOXEL_SIZE)

function CollisionDetector.new()
  return setmetatable({ state = RedBlackTree.new() }, CollisionDetector)
end

local function is_in_voxel(voxel, motion)
  if voxel.x > MAX_X or voxel.x < MIN_X or voxel.y > MAX_Y or voxel.y < MIN_Y then
    return false
  end
  local init = motion.pos_one
  local fin = motion.pos_two
  local v_s = GOOD_VOXEL_SIZE
  local r = PROXIMITY_RADIUS / 2.0

  local v_x = voxel.x
  local x0 = init.x
  local xv = fin.x - init.x
  local v_y = voxel.y
  local y0 = init.y
  local yv = fin.y - init.y

  local low_x = (v_x - r - x0) / xv
  local high_x = (v_x + v_s + r - x0) / xv
  if xv < 0.0 then
    low_x, high_x = high_x, low_x
  end
  local low_y = (v_y - r - y0) / yv
  local high_y = (v_y + v_s + r - y0) / yv
  if yv < 0.0 then
    low_y, high_y = high_y, low_y
  end

  return ((xv == 0.0 and v_x <= x0 + r and x0 - r <= v_x + v_s) -- no motion in x
      or ((low_x <= 1.0 and 1.0 <= high_x) or (low_x <= 0.0 and 0.0 <= high_x)
        or (0.0 <= low_x and high_x <= 1.0)))
    and ((yv == 0.0 and v_y <= y0 + r and y0 - r <= v_y + v_s) -- no motion in y
      or ((low_y <= 1.0 and 1.0 <= high_y) or (low_y <= 0.0 and 0.0 <= high_y)
        or (0.0 <= low_y and high_y <= 1.0)))
end

local function put_into_map(voxel_map, voxel, motion)
  local array = voxel_map:get(voxel)
  if array == nil then
    array = Vector.new()
    voxel_map:put(voxel, array)
  end
  array:append(motion)
end

local function recurse(voxel_map, seen, next_voxel, motion)
  if not is_in_voxel(next_voxel, motion) then
    return
  end
  if seen:put(next_voxel, true) ~= nil then
    return
  end
  put_into_map(voxel_map, next_voxel, motion)

  recurse(voxel_map, seen, next_voxel:minus(HORIZONTAL), motion)
  recurse(voxel_map, seen, next_voxel:plus(HORIZONTAL), motion)
  recurse(voxel_map, seen, next_voxel:minus(VERTICAL), motion)
  recurse(voxel_map, seen, next_voxel:plus(VERTICAL), motion)
  recurse(voxel_map, seen, next_voxel:minus(HORIZONTAL):minus(VERTICAL), motion)
  recurse(voxel_map, seen, next_voxel:minus(HORIZONTAL):plus(VERTICAL), motion)
  recurse(voxel_map, seen, next_voxel:plus(HORIZONTAL):minus(VERTICAL), motion)
  recurse(voxel_map, seen, next_voxel:plus(HORIZONTAL):plus(VERTICAL), motion)
end

local function voxel_hash(position)
  local x_div = truncate(position.x / GOOD_VOXEL_SIZE)
  local y_div = truncate(position.y / GOOD_VOXEL_SIZE)
  local x = GOOD_VOXEL_SIZE * x_div
  local y = GOOD_VOXEL_SIZE * y_div
  if position.x < 0 then
    x = x - GOOD_VOXEL_SIZE
  end
  if position.y < 0 then
    y = y - GOOD_VOXEL_SIZE
  end
  return Vector2D.new(x, y)
end

local function draw_motion_on_voxel_map(voxel_map, motion)
  local seen = RedBlackTree.new()
  recurse(voxel_map, seen, voxel_hash(motion.pos_one), motion)
end

local function reduce_collision_set(motions)
  local voxel_map = RedBlackTree.new()
  motions:each(function(motion) draw_motion_on_voxel_map(voxel_map, motion) end)
  local result = Vector.new()
  voxel_map:each(function(_, value)
    if value:size() > 1 then
      result:append(value)
    end
  end)
  return result
end

function CollisionDetector:handle_new_frame(frame)
  local motions = Vector.new()
  local seen = RedBlackTree.new()
  local state = self.state

  frame:each(function(aircraft)
    local old_position = state:put(aircraft.callsign, aircraft.position)
    local new_position = aircraft.position
    seen:put(aircraft.callsign, true)
    if old_position == nil then
      -- a newly introduced aircraft is treated as stationary
      old_position = new_position
    end
    motions:append(Motion.new(aircraft.callsign, old_position, new_position))
  end)

  -- forget the aircraft that are no longer present
  local to_remove = Vector.new()
  state:each(function(key, _)
    if not seen:get(key) then
      to_remove:append(key)
    end
  end)
  to_remove:each(function(key) state:remove(key) end)

  local all_reduced = reduce_collision_set(motions)
  local collisions = Vector.new()
  all_reduced:each(function(reduced)
    for i = 1, reduced:size() do
      local motion1 = reduced:at(i)
      for j = i + 1, reduced:size() do
        local motion2 = reduced:at(j)
        local collision = motion1:find_intersection(motion2)
        if collision then
          collisions:append(new_collision(motion1.callsign, motion2.callsign, collision))
        end
      end
    end
  end)
  return collisions
end

---------------------------------------------------------------------------------------------
-- Simulator: pairs of aircraft flying along x, one on a cosine and one on a sine in y.
local Simulator = som.class()

function Simulator.new(num_aircraft)
  local aircraft = Vector.new()
  for i = 0, num_aircraft - 1 do
    aircraft:append(CallSign.new(i))
  end
  return setmetatable({ aircraft = aircraft }, Simulator)
end

function Simulator:simulate(time)
  local frame = Vector.new()
  local aircraft = self.aircraft
  -- i counts aircraft from 0 as in the suite; the Vector is 1-based. With an odd number of
  -- aircraft the last one has no partner and flies alone (the suite runs only even numbers; this
  -- keeps a single aircraft, inner iterations 1, well defined, as in the Java and Runa ports).
  local count = aircraft:size()
  for i = 0, count - 1, 2 do
    frame:append(new_aircraft(aircraft:at(i + 1), Vector3D.new(time, math.cos(time) * 2 + i * 3, 10.0)))
    if i + 1 < count then
      frame:append(new_aircraft(aircraft:at(i + 2), Vector3D.new(time, math.sin(time) * 2 + i * 3, 10.0)))
    end
  end
  return frame
end

---------------------------------------------------------------------------------------------
-- The expected collision count for each number of aircraft the suite verifies (and 1).
local EXPECTED = { [1000] = 14484, [500] = 14484, [250] = 10830, [200] = 8655, [100] = 4305,
                   [10] = 390, [2] = 42, [1] = 0 }

local CD = harness.benchmark_class()

local function run(num_aircraft)
  local num_frames = 200
  local simulator = Simulator.new(num_aircraft)
  local detector = CollisionDetector.new()
  local actual_collisions = 0
  for i = 0, num_frames - 1 do
    local time = i / 10.0
    local collisions = detector:handle_new_frame(simulator:simulate(time))
    actual_collisions = actual_collisions + collisions:size()
  end
  return actual_collisions
end

function CD:inner_benchmark_loop(inner_iterations)
  return self:verify_result(run(inner_iterations), inner_iterations)
end

function CD:verify_result(actual_collisions, num_aircraft)
  local expected = EXPECTED[num_aircraft]
  if expected == nil then
    io.stderr:write("CD: no verification result for ", num_aircraft, " found; result is ",
      actual_collisions, "\n")
    return false
  end
  if actual_collisions ~= expected then
    io.stderr:write("CD: expected ", expected, ", got ", actual_collisions, "\n")
    return false
  end
  return true
end

-- Exposed for checking the tree beyond what the benchmark exercises.
CD.RedBlackTree = RedBlackTree

return CD
