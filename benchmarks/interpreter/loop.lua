-- 10^8 integer additions in a counting loop: dispatch cost of the simplest loop body.
-- os.clock is process CPU time (standard Lua has no sub-second wall clock).
local function sum_to(n)
  local total = 0
  for i = 1, n do
    total = total + i
  end
  return total
end

local start = os.clock()
local result = sum_to(100000000)
local elapsed = os.clock() - start
print(result)
print("time_ms: " .. math.floor(elapsed * 1000))
