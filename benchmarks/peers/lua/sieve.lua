-- Sieve: the sieve of Eratosthenes up to 5000, counting the primes.
local harness = require("harness")
local som = require("som")

local function sieve(flags, size)
  local prime_count = 0
  for i = 2, size do
    if flags[i] then
      prime_count = prime_count + 1
      local k = i + i
      while k <= size do
        flags[k] = false
        k = k + i
      end
    end
  end
  return prime_count
end

local Sieve = harness.benchmark_class()

function Sieve:benchmark()
  local flags = som.new_array(5000, true)
  return sieve(flags, 5000)
end

function Sieve:verify_result(result)
  return result == 669
end

return Sieve
