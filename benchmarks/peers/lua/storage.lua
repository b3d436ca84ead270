-- Storage: builds a tree of arrays (depth 7, fan-out 4, leaves of random size): allocation.
local harness = require("harness")
local som = require("som")

local Storage = harness.benchmark_class()

function Storage:build_tree_depth(depth, random)
  self.count = self.count + 1
  if depth == 1 then
    return som.new_array(random:next() % 10 + 1, false)
  end
  local array = som.new_array(4)
  for i = 1, 4 do
    array[i] = self:build_tree_depth(depth - 1, random)
  end
  return array
end

function Storage:benchmark()
  local random = som.Random.new()
  self.count = 0
  self:build_tree_depth(7, random)
  return self.count
end

function Storage:verify_result(result)
  return result == 5461
end

return Storage
