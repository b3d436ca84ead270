-- List: the Takeuchi-style "tail" recursion over linked lists (Gabriel's TAKL).
local harness = require("harness")
local som = require("som")

local Element = som.class()

function Element.new(value)
  return setmetatable({ val = value, next = false }, Element)
end

function Element:length()
  if not self.next then
    return 1
  end
  return 1 + self.next:length()
end

local function make_list(length)
  if length == 0 then
    return false
  end
  local e = Element.new(length)
  e.next = make_list(length - 1)
  return e
end

local function is_shorter_than(x, y)
  local x_tail, y_tail = x, y
  while y_tail do
    if not x_tail then
      return true
    end
    x_tail = x_tail.next
    y_tail = y_tail.next
  end
  return false
end

local function tail(x, y, z)
  if is_shorter_than(y, x) then
    return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y))
  end
  return z
end

local List = harness.benchmark_class()

function List:benchmark()
  local result = tail(make_list(15), make_list(10), make_list(6))
  return result:length()
end

function List:verify_result(result)
  return result == 10
end

return List
