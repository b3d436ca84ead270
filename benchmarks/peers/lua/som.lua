-- The suite's shared library ("som"): Vector, Set, IdentitySet, Dictionary, IdentityDictionary,
-- Random, fixed-size arrays, and the bit operations some benchmarks need. Indices are 1-based.
local som = {}

---------------------------------------------------------------------------------------------
-- Bit operations. Lua 5.3+ has operators that Lua 5.1/LuaJIT cannot even parse, so they are
-- compiled with `load` at run time; LuaJIT uses its `bit` library instead. Both agree for the
-- non-negative values below 2^31 the benchmarks use.
local has_bitlib, bitlib = pcall(require, "bit")
if has_bitlib then
  som.band, som.bor, som.bxor = bitlib.band, bitlib.bor, bitlib.bxor
  som.lshift, som.rshift = bitlib.lshift, bitlib.rshift
else
  som.band = load("return function(a, b) return a & b end")()
  som.bor = load("return function(a, b) return a | b end")()
  som.bxor = load("return function(a, b) return a ~ b end")()
  som.lshift = load("return function(a, n) return a << n end")()
  som.rshift = load("return function(a, n) return a >> n end")()
end
local band, bxor, rshift = som.band, som.bxor, som.rshift

-- A class whose instances look up methods in `class`, then in `parent`.
function som.class(parent)
  local class = {}
  class.__index = class
  if parent then
    setmetatable(class, { __index = parent })
  end
  return class
end

-- A fixed-size array of n elements, each `value` (nil leaves them empty).
function som.new_array(n, value)
  local array = {}
  if value ~= nil then
    for i = 1, n do
      array[i] = value
    end
  end
  return array
end

---------------------------------------------------------------------------------------------
-- Random: the suite's linear congruential generator, 16-bit results.
local Random = som.class()
som.Random = Random

function Random.new()
  return setmetatable({ seed = 74755 }, Random)
end

function Random:next()
  self.seed = (self.seed * 1309 + 13849) % 65536
  return self.seed
end

---------------------------------------------------------------------------------------------
-- Vector: a growable array with a moving first index (remove_first is O(1)).
local Vector = som.class()
som.Vector = Vector

function Vector.new(size)
  return setmetatable({ storage = {}, capacity_ = size or 50, first_idx = 1, last_idx = 1 }, Vector)
end

function Vector.with(element)
  local v = Vector.new(1)
  v:append(element)
  return v
end

function Vector:at(idx)
  if idx > self.capacity_ then
    return nil
  end
  return self.storage[idx]
end

-- Copies the storage into one of new_capacity slots, as the fixed-size arrays of the suite do.
function Vector:grow_to(new_capacity)
  local new_storage = {}
  local storage = self.storage
  for i = 1, self.capacity_ do
    new_storage[i] = storage[i]
  end
  self.storage = new_storage
  self.capacity_ = new_capacity
end

function Vector:at_put(idx, value)
  if idx > self.capacity_ then
    local new_capacity = math.max(self.capacity_, 1)
    while new_capacity < idx do
      new_capacity = new_capacity * 2
    end
    self:grow_to(new_capacity)
  end
  self.storage[idx] = value
  if self.last_idx < idx + 1 then
    self.last_idx = idx + 1
  end
end

function Vector:append(element)
  if self.last_idx > self.capacity_ then
    self:grow_to(math.max(self.capacity_ * 2, 1))
  end
  self.storage[self.last_idx] = element
  self.last_idx = self.last_idx + 1
end

function Vector:is_empty()
  return self.last_idx == self.first_idx
end

function Vector:each(fn)
  local storage = self.storage
  for i = self.first_idx, self.last_idx - 1 do
    fn(storage[i])
  end
end

function Vector:has_some(fn)
  local storage = self.storage
  for i = self.first_idx, self.last_idx - 1 do
    if fn(storage[i]) then
      return true
    end
  end
  return false
end

function Vector:get_one(fn)
  local storage = self.storage
  for i = self.first_idx, self.last_idx - 1 do
    local e = storage[i]
    if fn(e) then
      return e
    end
  end
  return nil
end

function Vector:first()
  if self:is_empty() then
    return nil
  end
  return self.storage[self.first_idx]
end

function Vector:remove_first()
  if self:is_empty() then
    return nil
  end
  self.first_idx = self.first_idx + 1
  return self.storage[self.first_idx - 1]
end

-- Removes every occurrence of obj (by identity); true if there was one.
function Vector:remove(obj)
  local new_storage = {}
  local new_last = 1
  local found = false
  self:each(function(it)
    if it == obj then
      found = true
    else
      new_storage[new_last] = it
      new_last = new_last + 1
    end
  end)
  self.storage = new_storage
  self.last_idx = new_last
  self.first_idx = 1
  return found
end

function Vector:remove_all()
  self.first_idx = 1
  self.last_idx = 1
  self.storage = {}
end

function Vector:size()
  return self.last_idx - self.first_idx
end

function Vector:capacity()
  return self.capacity_
end

-- Sorts in place; comparator(a, b) is negative, zero or positive as a sorts before, with, after b.
function Vector:sort(comparator)
  if self:size() > 0 then
    self:sort_range(self.first_idx, self.last_idx - 1, comparator)
  end
end

-- The suite's median-of-three quicksort over storage[i..j].
function Vector:sort_range(i, j, c)
  local storage = self.storage
  local n = j + 1 - i
  if n <= 1 then
    return
  end
  local di, dj = storage[i], storage[j]
  if c(di, dj) > 0 then
    storage[i], storage[j] = dj, di
    di, dj = dj, di
  end
  if n > 2 then
    local ij = math.floor((i + j) / 2)
    local dij = storage[ij]
    if c(di, dij) <= 0 then
      if c(dij, dj) > 0 then
        storage[j], storage[ij] = dij, dj
        dij = dj
      end
    else
      storage[i], storage[ij] = dij, di
      dij = di
    end
    if n > 3 then
      local k, l = i, j - 1
      while true do
        while k <= l and c(dij, storage[l]) <= 0 do
          l = l - 1
        end
        k = k + 1
        while k <= l and c(storage[k], dij) <= 0 do
          k = k + 1
        end
        if k > l then
          break
        end
        storage[k], storage[l] = storage[l], storage[k]
      end
      self:sort_range(i, l, c)
      self:sort_range(k, j, c)
    end
  end
end

---------------------------------------------------------------------------------------------
-- Set: a Vector without duplicates; equality is `equals` when the element has it, else identity.
local Set = som.class()
som.Set = Set

function Set.new(size)
  return setmetatable({ items = Vector.new(size or 10) }, Set)
end

function Set:size()
  return self.items:size()
end

function Set:each(fn)
  self.items:each(fn)
end

function Set:has_some(fn)
  return self.items:has_some(fn)
end

function Set:get_one(fn)
  return self.items:get_one(fn)
end

function Set:add(obj)
  if not self:contains(obj) then
    self.items:append(obj)
  end
end

function Set:collect(fn)
  local coll = Vector.new()
  self:each(function(e) coll:append(fn(e)) end)
  return coll
end

function Set:contains(obj)
  return self:has_some(function(e)
    if type(e) == "table" and e.equals then
      return e:equals(obj)
    end
    return e == obj
  end)
end

function Set:remove_all()
  self.items:remove_all()
end

local IdentitySet = som.class(Set)
som.IdentitySet = IdentitySet

function IdentitySet.new(size)
  return setmetatable({ items = Vector.new(size or 10) }, IdentitySet)
end

function IdentitySet:contains(obj)
  return self:has_some(function(e) return e == obj end)
end

---------------------------------------------------------------------------------------------
-- Dictionary: a chained hash table keyed by objects with custom_hash() (and equals(), else
-- identity), doubling when it holds more entries than buckets.
local Dictionary = som.class()
som.Dictionary = Dictionary

local INITIAL_CAPACITY = 16

function Dictionary.new(size)
  return setmetatable({ buckets = som.new_array(size or INITIAL_CAPACITY, false),
                        capacity_ = size or INITIAL_CAPACITY, size_ = 0 }, Dictionary)
end

local function key_hash(key)
  if key == nil then
    return 0
  end
  local hash = key:custom_hash()
  return bxor(hash, rshift(hash, 16))
end

function Dictionary:size()
  return self.size_
end

function Dictionary:is_empty()
  return self.size_ == 0
end

function Dictionary:bucket_idx(hash)
  return band(self.capacity_ - 1, hash) + 1
end

function Dictionary:keys_match(entry, hash, key)
  if entry.hash ~= hash then
    return false
  end
  local k = entry.key
  if type(k) == "table" and k.equals then
    return k:equals(key)
  end
  return k == key
end

function Dictionary:at(key)
  local hash = key_hash(key)
  local e = self.buckets[self:bucket_idx(hash)]
  while e do
    if self:keys_match(e, hash, key) then
      return e.value
    end
    e = e.next
  end
  return nil
end

function Dictionary:contains_key(key)
  local hash = key_hash(key)
  local e = self.buckets[self:bucket_idx(hash)]
  while e do
    if self:keys_match(e, hash, key) then
      return true
    end
    e = e.next
  end
  return false
end

function Dictionary:at_put(key, value)
  local hash = key_hash(key)
  local i = self:bucket_idx(hash)
  local current = self.buckets[i]
  if not current then
    self.buckets[i] = { hash = hash, key = key, value = value, next = false }
    self.size_ = self.size_ + 1
  else
    self:insert_bucket_entry(key, value, hash, current)
  end
  if self.size_ > self.capacity_ then
    self:resize()
  end
end

function Dictionary:insert_bucket_entry(key, value, hash, head)
  local current = head
  while true do
    if self:keys_match(current, hash, key) then
      current.value = value
      return
    end
    if not current.next then
      self.size_ = self.size_ + 1
      current.next = { hash = hash, key = key, value = value, next = false }
      return
    end
    current = current.next
  end
end

function Dictionary:resize()
  local old_storage = self.buckets
  local old_capacity = self.capacity_
  self.capacity_ = old_capacity * 2
  self.buckets = som.new_array(self.capacity_, false)
  self:transfer_entries(old_storage, old_capacity)
end

function Dictionary:transfer_entries(old_storage, old_capacity)
  for i = 1, old_capacity do
    local current = old_storage[i]
    if current then
      old_storage[i] = false
      if not current.next then
        self.buckets[band(current.hash, self.capacity_ - 1) + 1] = current
      else
        self:split_bucket(old_capacity, i, current)
      end
    end
  end
end

-- Splits one old bucket's chain between bucket i and bucket i + old_capacity, keeping order.
function Dictionary:split_bucket(old_capacity, i, head)
  local lo_head, lo_tail, hi_head, hi_tail = false, false, false, false
  local current = head
  while current do
    if band(current.hash, old_capacity) == 0 then
      if not lo_tail then lo_head = current else lo_tail.next = current end
      lo_tail = current
    else
      if not hi_tail then hi_head = current else hi_tail.next = current end
      hi_tail = current
    end
    current = current.next
  end
  if lo_tail then
    lo_tail.next = false
    self.buckets[i] = lo_head
  end
  if hi_tail then
    hi_tail.next = false
    self.buckets[i + old_capacity] = hi_head
  end
end

function Dictionary:remove_all()
  self.buckets = som.new_array(self.capacity_, false)
  self.size_ = 0
end

function Dictionary:keys()
  local keys = Vector.new(self.size_)
  for i = 1, self.capacity_ do
    local current = self.buckets[i]
    while current do
      keys:append(current.key)
      current = current.next
    end
  end
  return keys
end

function Dictionary:values()
  local values = Vector.new(self.size_)
  for i = 1, self.capacity_ do
    local current = self.buckets[i]
    while current do
      values:append(current.value)
      current = current.next
    end
  end
  return values
end

-- IdentityDictionary: keys match by identity only (their custom_hash still picks the bucket).
local IdentityDictionary = som.class(Dictionary)
som.IdentityDictionary = IdentityDictionary

function IdentityDictionary.new(size)
  local d = Dictionary.new(size)
  return setmetatable(d, IdentityDictionary)
end

function IdentityDictionary:keys_match(entry, hash, key)
  return entry.hash == hash and entry.key == key
end

return som
