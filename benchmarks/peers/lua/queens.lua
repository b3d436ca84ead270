-- Queens: solves the eight queens problem ten times by backtracking.
local harness = require("harness")
local som = require("som")

local Queens = harness.benchmark_class()

function Queens:benchmark()
  local result = true
  for _ = 1, 10 do
    result = result and self:queens()
  end
  return result
end

function Queens:queens()
  self.free_rows = som.new_array(8, true)
  self.free_maxs = som.new_array(16, true)
  self.free_mins = som.new_array(16, true)
  self.queen_rows = som.new_array(8, -1)
  return self:place_queen(0)
end

-- Rows and columns are 0-based as in the suite; the arrays are 1-based.
function Queens:place_queen(c)
  for r = 0, 7 do
    if self:get_row_column(r, c) then
      self.queen_rows[r + 1] = c
      self:set_row_column(r, c, false)
      if c == 7 then
        return true
      end
      if self:place_queen(c + 1) then
        return true
      end
      self:set_row_column(r, c, true)
    end
  end
  return false
end

function Queens:get_row_column(r, c)
  return self.free_rows[r + 1] and self.free_maxs[c + r + 1] and self.free_mins[c - r + 8]
end

function Queens:set_row_column(r, c, v)
  self.free_rows[r + 1] = v
  self.free_maxs[c + r + 1] = v
  self.free_mins[c - r + 8] = v
end

function Queens:verify_result(result)
  return result
end

return Queens
