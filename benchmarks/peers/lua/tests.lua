-- Checks of the pieces the benchmarks build on, beyond what the benchmarks' own verification
-- reaches: som's collections against plain Lua tables, CD's red-black tree against a table with
-- its invariants checked, and the Json parser on escapes, numbers and errors.
--   lua5.4 benchmarks/peers/lua/tests.lua      (or luajit); exit status 1 on a failure
local script_dir = (arg and arg[0] or ""):match("^(.*[/\\])") or ""
package.path = script_dir .. "?.lua;" .. package.path

-- The benchmark modules need the harness's Benchmark class, not its main program.
local Benchmark = {}
Benchmark.__index = Benchmark
package.loaded.harness = {
  Benchmark = Benchmark,
  benchmark_class = function()
    local class = setmetatable({}, { __index = Benchmark })
    class.__index = class
    return class
  end,
}

local som = require("som")
local failures, checks = 0, 0

local function check(condition, what)
  checks = checks + 1
  if not condition then
    failures = failures + 1
    io.stderr:write("FAIL ", what, "\n")
  end
end

-- A deterministic generator, so a failure can be reproduced.
local seed = 12345
local function random_below(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return math.floor(seed / 65536) % n
end

---------------------------------------------------------------------------------------------
-- Random: the suite's first values.
do
  local r = som.Random.new()
  check(r:next() == 22896 and r:next() == 34761 and r:next() == 34014, "Random's first values")
end

-- Vector: append, at, at_put growth, remove_first, remove, remove_all.
do
  local v = som.Vector.new(2)
  for i = 1, 100 do
    v:append(i * 10)
  end
  check(v:size() == 100 and v:at(1) == 10 and v:at(100) == 1000, "Vector appends past its capacity")
  check(v:remove_first() == 10 and v:first() == 20 and v:size() == 99, "Vector:remove_first")
  v:at_put(300, "x")
  check(v:at(300) == "x" and v:at(299) == nil and v:capacity() >= 300, "Vector:at_put grows")
  check(v:at(100000) == nil, "Vector:at past the end answers nil")

  local w = som.Vector.new()
  local a, b = {}, {}
  for _, e in ipairs({ a, b, a, b, a }) do
    w:append(e)
  end
  check(w:remove(a) and w:size() == 2 and w:at(1) == b and w:at(2) == b, "Vector:remove removes every occurrence")
  check(not w:remove(a), "Vector:remove answers false when absent")
  w:remove_all()
  check(w:is_empty() and w:first() == nil and w:remove_first() == nil, "Vector:remove_all empties")
end

-- Vector:sort against table.sort, on sizes around the quicksort's special cases.
for _, n in ipairs({ 0, 1, 2, 3, 4, 5, 17, 100, 1000 }) do
  local v, ref = som.Vector.new(), {}
  for i = 1, n do
    local x = random_below(50)
    v:append(x)
    ref[i] = x
  end
  v:remove_first() -- sorting must respect the moving first index
  table.remove(ref, 1)
  v:sort(function(x, y) return x - y end)
  table.sort(ref)
  local same = v:size() == #ref
  for i = 1, #ref do
    same = same and v:at(i + 1) == ref[i]
  end
  check(same, "Vector:sort of " .. n .. " elements")
end

-- Dictionary and IdentityDictionary against a table: enough keys to resize several times, with
-- colliding hashes.
local Key = som.class()
function Key.new(id, hash) return setmetatable({ id = id, hash = hash }, Key) end
function Key:custom_hash() return self.hash end
function Key:equals(other) return self.id == other.id end

do
  local d, ref, keys = som.Dictionary.new(), {}, {}
  for step = 1, 5000 do
    local id = random_below(700)
    keys[id] = keys[id] or Key.new(id, id % 97) -- many keys per hash
    d:at_put(Key.new(id, id % 97), step)     -- an equal but distinct key object
    ref[id] = step
  end
  local count, same = 0, true
  for id, value in pairs(ref) do
    count = count + 1
    same = same and d:at(keys[id]) == value and d:contains_key(keys[id])
  end
  check(same and d:size() == count, "Dictionary agrees with a table after " .. count .. " keys")
  check(d:at(Key.new(-1, 3)) == nil and not d:contains_key(Key.new(-1, 3)), "Dictionary misses an absent key")
  check(d:keys():size() == count and d:values():size() == count, "Dictionary keys and values")
  d:remove_all()
  check(d:is_empty() and d:at(keys[next(keys)]) == nil, "Dictionary:remove_all")

  local id_dict = som.IdentityDictionary.new()
  local k1, k2 = Key.new(1, 5), Key.new(1, 5)
  id_dict:at_put(k1, "one")
  id_dict:at_put(k2, "two")
  check(id_dict:size() == 2 and id_dict:at(k1) == "one" and id_dict:at(k2) == "two",
    "IdentityDictionary tells equal keys apart")
end

-- Set compares with equals, IdentitySet by identity.
do
  local s, ids = som.Set.new(), som.IdentitySet.new()
  local k1, k2 = Key.new(7, 7), Key.new(7, 7)
  s:add(k1)
  s:add(k2)
  ids:add(k1)
  ids:add(k2)
  ids:add(k1)
  check(s:size() == 1 and s:contains(k2), "Set adds equal elements once")
  check(ids:size() == 2 and ids:contains(k2), "IdentitySet keeps equal but distinct elements")
  local collected = ids:collect(function(k) return k.id * 2 end)
  check(collected:size() == 2 and collected:at(1) == 14, "Set:collect")
end

---------------------------------------------------------------------------------------------
-- CD's red-black tree: random puts and removes against a table, checking order, parent links,
-- red nodes' black children and equal black heights.
do
  local RedBlackTree = require("cd").RedBlackTree
  local Num = {}
  Num.__index = Num
  function Num:compare_to(o)
    if self.v == o.v then return 0 elseif self.v < o.v then return -1 else return 1 end
  end
  local function num(v) return setmetatable({ v = v }, Num) end
  local RED, BLACK = 1, 2

  local function black_height(node, parent)
    if not node then return 1 end
    if node.parent ~= parent then error("parent link") end
    if node.color == RED and ((node.left and node.left.color == RED) or (node.right and node.right.color == RED)) then
      error("red node with a red child")
    end
    local l, r = black_height(node.left, node), black_height(node.right, node)
    if l ~= r then error("unequal black heights") end
    return l + (node.color == BLACK and 1 or 0)
  end

  local tree, ref, agrees = RedBlackTree.new(), {}, true
  for step = 1, 20000 do
    local v = random_below(300)
    if random_below(100) < 55 then
      agrees = agrees and tree:put(num(v), step) == ref[v]
      ref[v] = step
    else
      agrees = agrees and tree:remove(num(v)) == ref[v]
      ref[v] = nil
    end
    if step % 500 == 0 then
      local ok = pcall(black_height, tree.root, false)
      agrees = agrees and ok and (not tree.root or tree.root.color == BLACK)
      local last, n = -1, 0
      tree:each(function(k, value)
        agrees = agrees and k.v > last and ref[k.v] == value
        last, n = k.v, n + 1
      end)
      local m = 0
      for _ in pairs(ref) do m = m + 1 end
      agrees = agrees and n == m
    end
  end
  check(agrees, "RedBlackTree agrees with a table and keeps its invariants")
end

---------------------------------------------------------------------------------------------
-- The Json parser.
do
  local Parser = require("json").Parser
  local v = Parser.new(' { "a\\n\\"b" : [ 1, -2.5e+3, 0, true, false, null, "x\\\\y\\/\\t" ] , "k":{} }\r\n'):parse()
  local a = v:get('a\n"b')
  check(a:is_array() and a:size() == 7, "Json array of seven values")
  check(a:get(1).string == "1" and a:get(2).string == "-2.5e+3" and a:get(3).string == "0", "Json numbers keep their text")
  check(a:get(4):is_true() and a:get(5):is_false() and a:get(6):is_null(), "Json literals")
  check(a:get(7).string == "x\\y/\t", "Json escapes")
  check(v:get("k"):is_object() and v:get("k"):size() == 0, "Json empty object")
  for _, bad in ipairs({ "[1,", '{"a" 1}', "01", "[1] x", "tru", '"\\q"', "-", "1.", "1e", "" }) do
    check(not pcall(function() return Parser.new(bad):parse() end), "Json rejects " .. bad)
  end
end

print(string.format("%d checks, %d failed", checks, failures))
os.exit(failures == 0 and 0 or 1)
