-- binary-trees (the Benchmarks Game algorithm): allocate and walk complete binary trees of
-- two-element tables; a leaf is {false, false} (a table cannot hold nil in the array part reliably).
-- Allocation, collection and call cost. MAX_DEPTH is the same in every language.
-- os.clock is process CPU time (standard Lua has no sub-second wall clock).
local MIN_DEPTH = 4
local MAX_DEPTH = 16

local function make(depth)
  if depth == 0 then
    return { false, false }
  end
  return { make(depth - 1), make(depth - 1) }
end

local function check(tree)
  if not tree[1] then
    return 1
  end
  return 1 + check(tree[1]) + check(tree[2])
end

local start = os.clock()
local stretch = MAX_DEPTH + 1
print("stretch tree of depth " .. stretch .. " check: " .. check(make(stretch)))
local long_lived = make(MAX_DEPTH)
local depth = MIN_DEPTH
while depth <= MAX_DEPTH do
  local iterations = 1 << (MAX_DEPTH - depth + MIN_DEPTH)
  local total = 0
  for i = 1, iterations do
    total = total + check(make(depth))
  end
  print(iterations .. " trees of depth " .. depth .. " check: " .. total)
  depth = depth + 2
end
print("long lived tree of depth " .. MAX_DEPTH .. " check: " .. check(long_lived))
local elapsed = os.clock() - start
print("time_ms: " .. math.floor(elapsed * 1000))
