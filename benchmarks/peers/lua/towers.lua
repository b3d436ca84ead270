-- Towers: the towers of Hanoi with 13 disks on linked-list piles, counting the moves.
local harness = require("harness")
local som = require("som")

local TowersDisk = som.class()

function TowersDisk.new(size)
  return setmetatable({ size = size, next = false }, TowersDisk)
end

local Towers = harness.benchmark_class()

function Towers:benchmark()
  self.piles = som.new_array(3, false)
  self:build_tower_at(0, 13)
  self.moves = 0
  self:move_disks(13, 0, 1)
  return self.moves
end

-- Piles are numbered 0..2 as in the suite; the array is 1-based.
function Towers:push_disk(disk, pile)
  local top = self.piles[pile + 1]
  if top and disk.size >= top.size then
    error("Cannot put a big disk on a smaller one")
  end
  disk.next = top
  self.piles[pile + 1] = disk
end

function Towers:pop_disk_from(pile)
  local top = self.piles[pile + 1]
  if not top then
    error("Attempting to remove a disk from an empty pile")
  end
  self.piles[pile + 1] = top.next
  top.next = false
  return top
end

function Towers:move_top_disk(from_pile, to_pile)
  self:push_disk(self:pop_disk_from(from_pile), to_pile)
  self.moves = self.moves + 1
end

function Towers:build_tower_at(pile, disks)
  for i = disks, 0, -1 do
    self:push_disk(TowersDisk.new(i), pile)
  end
end

function Towers:move_disks(disks, from_pile, to_pile)
  if disks == 1 then
    self:move_top_disk(from_pile, to_pile)
  else
    local other_pile = (3 - from_pile) - to_pile
    self:move_disks(disks - 1, from_pile, other_pile)
    self:move_top_disk(from_pile, to_pile)
    self:move_disks(disks - 1, other_pile, to_pile)
  end
end

function Towers:verify_result(result)
  return result == 8191
end

return Towers
