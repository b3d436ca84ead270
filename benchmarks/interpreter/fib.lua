-- fib(30) by naive recursion: call and integer arithmetic cost.
-- os.clock is process CPU time (standard Lua has no sub-second wall clock).
local function fib(n)
  if n < 2 then
    return n
  end
  return fib(n - 1) + fib(n - 2)
end

local start = os.clock()
local result = fib(30)
local elapsed = os.clock() - start
print(result)
print("time_ms: " .. math.floor(elapsed * 1000))
