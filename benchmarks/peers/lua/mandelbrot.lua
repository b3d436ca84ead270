-- Mandelbrot: the set on a size x size grid, folded into a checksum of its bitmap bytes.
local harness = require("harness")
local som = require("som")

local bxor, lshift = som.bxor, som.lshift

local function mandelbrot(size)
  local sum = 0
  local byte_acc = 0
  local bit_num = 0
  local y = 0
  while y < size do
    local ci = (2.0 * y / size) - 1.0
    local x = 0
    while x < size do
      local zrzr, zi, zizi = 0.0, 0.0, 0.0
      local cr = (2.0 * x / size) - 1.5
      local z = 0
      local not_done = true
      local escape = 0
      while not_done and z < 50 do
        local zr = zrzr - zizi + cr
        zi = 2.0 * zr * zi + ci
        zrzr = zr * zr
        zizi = zi * zi
        if zrzr + zizi > 4.0 then
          not_done = false
          escape = 1
        end
        z = z + 1
      end
      byte_acc = lshift(byte_acc, 1) + escape
      bit_num = bit_num + 1
      if bit_num == 8 then
        sum = bxor(sum, byte_acc)
        byte_acc = 0
        bit_num = 0
      elseif x == size - 1 then
        byte_acc = lshift(byte_acc, 8 - bit_num)
        sum = bxor(sum, byte_acc)
        byte_acc = 0
        bit_num = 0
      end
      x = x + 1
    end
    y = y + 1
  end
  return sum
end

-- The expected checksum for each size the suite verifies.
local EXPECTED = { [500] = 191, [750] = 50, [1] = 128 }

local Mandelbrot = harness.benchmark_class()

function Mandelbrot:inner_benchmark_loop(inner_iterations)
  return self:verify_result(mandelbrot(inner_iterations), inner_iterations)
end

function Mandelbrot:verify_result(result, inner_iterations)
  local expected = EXPECTED[inner_iterations]
  if expected == nil then
    io.stderr:write("Mandelbrot: no verification result for ", inner_iterations,
      " found; result is ", result, "\n")
    return false
  end
  if result ~= expected then
    io.stderr:write("Mandelbrot: expected ", expected, ", got ", result, "\n")
    return false
  end
  return true
end

return Mandelbrot
