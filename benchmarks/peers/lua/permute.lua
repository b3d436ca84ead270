-- Permute: generates all permutations of six elements by recursive swapping, counting calls.
local harness = require("harness")
local som = require("som")

local Permute = harness.benchmark_class()

function Permute:benchmark()
  self.count = 0
  self.v = som.new_array(6, 0)
  self:permute(6)
  return self.count
end

function Permute:permute(n)
  self.count = self.count + 1
  if n ~= 0 then
    local n1 = n - 1
    self:permute(n1)
    for i = n1, 0, -1 do
      self:swap(n1, i)
      self:permute(n1)
      self:swap(n1, i)
    end
  end
end

-- Swaps the 0-based positions i and j.
function Permute:swap(i, j)
  local v = self.v
  local tmp = v[i + 1]
  v[i + 1] = v[j + 1]
  v[j + 1] = tmp
end

function Permute:verify_result(result)
  return result == 8660
end

return Permute
