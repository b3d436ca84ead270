-- Are We Fast Yet harness: lua5.4 harness.lua NAME [ITERATIONS [INNER_ITERATIONS]]
-- Runs under Lua 5.4 and LuaJIT (Lua 5.1 dialect) alike.
--
-- Timing uses os.clock, the process CPU time: standard Lua has no sub-second wall clock, and
-- for these single-threaded, CPU-bound benchmarks CPU time and wall time agree closely.

local script_dir = (arg and arg[0] or ""):match("^(.*[/\\])") or ""
package.path = script_dir .. "?.lua;" .. package.path

local harness = {}
-- The benchmark modules require "harness" for the Benchmark base class: they must get this
-- table, not a second copy of the script (which would run the main program again).
package.loaded.harness = harness

local Benchmark = {}
Benchmark.__index = Benchmark
harness.Benchmark = Benchmark

-- The default loop: run benchmark() inner_iterations times and verify each result.
-- Benchmarks whose result depends on the size override it.
function Benchmark:inner_benchmark_loop(inner_iterations)
  for _ = 1, inner_iterations do
    if not self:verify_result(self:benchmark()) then
      return false
    end
  end
  return true
end

-- A subclass of Benchmark, with `new` creating an instance.
function harness.benchmark_class()
  local class = setmetatable({}, { __index = Benchmark })
  class.__index = class
  function class.new()
    return setmetatable({}, class)
  end
  return class
end

-- The suite's benchmarks, with their module and default inner iterations.
local KNOWN = {
  Bounce = { "bounce", 1500 }, List = { "list", 1500 }, Mandelbrot = { "mandelbrot", 500 },
  NBody = { "nbody", 250000 }, Permute = { "permute", 1000 }, Queens = { "queens", 1000 },
  Sieve = { "sieve", 3000 }, Storage = { "storage", 1000 }, Towers = { "towers", 600 },
  CD = { "cd", 250 }, DeltaBlue = { "deltablue", 12000 }, Havlak = { "havlak", 1500 },
  Json = { "json", 100 }, Richards = { "richards", 100 },
}

local function fail_usage(message)
  io.stderr:write(message, "\n")
  os.exit(2)
end

local function load_benchmark(name)
  local known = KNOWN[name]
  if not known then
    fail_usage("Unknown benchmark: " .. tostring(name))
  end
  local file = script_dir .. known[1] .. ".lua"
  local handle = io.open(file, "r")
  if not handle then
    fail_usage("Benchmark " .. name .. " is not ported to Lua (no " .. file .. ")")
  end
  handle:close()
  return require(known[1]), known[2]
end

local function parse_count(text, what)
  local n = tonumber(text)
  if not n or n < 1 or n ~= math.floor(n) then
    fail_usage("Invalid " .. what .. ": " .. tostring(text))
  end
  return math.floor(n)
end

local function main(args)
  if #args < 1 then
    fail_usage("Usage: lua harness.lua BENCHMARK [ITERATIONS [INNER_ITERATIONS]]")
  end
  local name = args[1]
  local class, default_inner = load_benchmark(name)
  local iterations = args[2] and parse_count(args[2], "iterations") or 1
  local inner = args[3] and parse_count(args[3], "inner iterations") or default_inner

  local bench = class.new()
  local total = 0
  for _ = 1, iterations do
    local start = os.clock()
    -- a benchmark that checks itself as it goes (DeltaBlue) raises an error when a check fails
    local completed, ok = xpcall(function() return bench:inner_benchmark_loop(inner) end, debug.traceback)
    local runtime = math.floor((os.clock() - start) * 1000000)
    if not completed then
      io.stderr:write(name, ": result verification failed: ", tostring(ok), "\n")
      os.exit(1)
    end
    if not ok then
      io.stderr:write(name, ": result verification failed\n")
      os.exit(1)
    end
    total = total + runtime
    print(string.format("%s: iterations=1 runtime: %dus", name, runtime))
  end
  print(string.format("%s: iterations=%d average: %dus total: %dus",
    name, iterations, math.floor(total / iterations), total))
end

main(arg)
