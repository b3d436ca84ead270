-- DeltaBlue: the incremental constraint solver (Freeman-Benson, Maloney, Borning), as in the suite.
local harness = require("harness")
local som = require("som")

local Vector, IdentityDictionary = som.Vector, som.IdentityDictionary

-- A constraint's direction; nil means unsatisfied.
local FORWARD, BACKWARD = 1, 2

---------------------------------------------------------------------------------------------
-- Strength: the symbolic strengths, their arithmetic values (smaller is stronger), and one
-- Strength object per symbol.
local Sym = som.class()

function Sym.new(hash)
  return setmetatable({ hash = hash }, Sym)
end

function Sym:custom_hash()
  return self.hash
end

local ABSOLUTE_STRONGEST, REQUIRED, STRONG_PREFERRED = Sym.new(0), Sym.new(1), Sym.new(2)
local PREFERRED, STRONG_DEFAULT, NORMAL = Sym.new(3), Sym.new(4), Sym.new(5)
local WEAK_DEFAULT, WEAKEST, ABSOLUTE_WEAKEST = Sym.new(6), Sym.new(7), Sym.new(8)

local Strength = som.class()

local strength_table = IdentityDictionary.new()
strength_table:at_put(ABSOLUTE_STRONGEST, -10000)
strength_table:at_put(REQUIRED, -800)
strength_table:at_put(STRONG_PREFERRED, -600)
strength_table:at_put(PREFERRED, -400)
strength_table:at_put(STRONG_DEFAULT, -200)
strength_table:at_put(NORMAL, 0)
strength_table:at_put(WEAK_DEFAULT, 500)
strength_table:at_put(WEAKEST, 1000)
strength_table:at_put(ABSOLUTE_WEAKEST, 10000)

function Strength.new(symbolic_value)
  return setmetatable({ symbolic_value = symbolic_value,
                        arithmetic_value = strength_table:at(symbolic_value) }, Strength)
end

local strength_constant = IdentityDictionary.new()
strength_table:keys():each(function(key)
  strength_constant:at_put(key, Strength.new(key))
end)

function Strength.of(sym)
  return strength_constant:at(sym)
end

local absolute_weakest = Strength.of(ABSOLUTE_WEAKEST)
local required = Strength.of(REQUIRED)

function Strength:same_as(s)
  return self.arithmetic_value == s.arithmetic_value
end

function Strength:stronger(s)
  return self.arithmetic_value < s.arithmetic_value
end

function Strength:weaker(s)
  return self.arithmetic_value > s.arithmetic_value
end

function Strength:strongest(s)
  if s:stronger(self) then return s end
  return self
end

function Strength:weakest(s)
  if s:weaker(self) then return s end
  return self
end

---------------------------------------------------------------------------------------------
-- Variable: a value, the constraints on it, and the solver's bookkeeping.
local Variable = som.class()

function Variable.new()
  return setmetatable({ value = 0, constraints = Vector.new(2), determined_by = false, mark = 0,
                        walk_strength = absolute_weakest, stay = true }, Variable)
end

function Variable.value_of(value)
  local v = Variable.new()
  v.value = value
  return v
end

function Variable:add_constraint(c)
  self.constraints:append(c)
end

function Variable:remove_constraint(c)
  self.constraints:remove(c)
  if self.determined_by == c then
    self.determined_by = false
  end
end

---------------------------------------------------------------------------------------------
-- AbstractConstraint: what every constraint does with its strength and the planner.
local AbstractConstraint = som.class()

function AbstractConstraint:is_input()
  return false
end

function AbstractConstraint:add_constraint(planner)
  self:add_to_graph()
  planner:incremental_add(self)
end

function AbstractConstraint:destroy_constraint(planner)
  if self:is_satisfied() then
    planner:incremental_remove(self)
  end
  self:remove_from_graph()
end

-- True when every input is determined at this mark, stays, or is undetermined.
function AbstractConstraint:inputs_known(mark)
  return not self:inputs_has_one(function(v)
    return not (v.mark == mark or v.stay or not v.determined_by)
  end)
end

function AbstractConstraint:mark_inputs(mark)
  self:inputs_do(function(v) v.mark = mark end)
end

-- Satisfies the constraint if it can; returns the constraint it overrode, if any.
function AbstractConstraint:satisfy(mark, planner)
  local overridden
  self:choose_method(mark)
  if self:is_satisfied() then
    self:mark_inputs(mark)
    local out = self:output()
    overridden = out.determined_by
    if overridden then
      overridden:mark_unsatisfied()
    end
    out.determined_by = self
    if not planner:add_propagate(self, mark) then
      error("Cycle encountered")
    end
    out.mark = mark
  else
    overridden = false
    if self.strength:same_as(required) then
      error("Could not satisfy a required constraint")
    end
  end
  return overridden
end

---------------------------------------------------------------------------------------------
-- UnaryConstraint: a constraint on one variable.
local UnaryConstraint = som.class(AbstractConstraint)

local function init_unary(class, v, strength, planner)
  local c = setmetatable({ strength = Strength.of(strength), output_var = v, satisfied = false }, class)
  c:add_constraint(planner)
  return c
end

function UnaryConstraint:is_satisfied()
  return self.satisfied
end

function UnaryConstraint:add_to_graph()
  self.output_var:add_constraint(self)
  self.satisfied = false
end

function UnaryConstraint:choose_method(mark)
  self.satisfied = self.output_var.mark ~= mark and self.strength:stronger(self.output_var.walk_strength)
  return nil
end

function UnaryConstraint:inputs_do(_)
  -- no input variables
end

function UnaryConstraint:inputs_has_one(_)
  return false
end

function UnaryConstraint:mark_unsatisfied()
  self.satisfied = false
end

function UnaryConstraint:output()
  return self.output_var
end

function UnaryConstraint:recalculate()
  self.output_var.walk_strength = self.strength
  self.output_var.stay = not self:is_input()
  if self.output_var.stay then
    self:execute()
  end
end

function UnaryConstraint:remove_from_graph()
  if self.output_var then
    self.output_var:remove_constraint(self)
  end
  self.satisfied = false
end

-- EditConstraint: marks a variable the user changes; it does nothing when executed.
local EditConstraint = som.class(UnaryConstraint)

function EditConstraint.new(v, strength, planner)
  return init_unary(EditConstraint, v, strength, planner)
end

function EditConstraint:is_input()
  return true
end

function EditConstraint:execute()
  -- edit constraints do nothing
end

-- StayConstraint: keeps a variable unchanged by the planner.
local StayConstraint = som.class(UnaryConstraint)

function StayConstraint.new(v, strength, planner)
  return init_unary(StayConstraint, v, strength, planner)
end

function StayConstraint:execute()
  -- stay constraints do nothing
end

---------------------------------------------------------------------------------------------
-- BinaryConstraint: a constraint between two variables, solved in one direction or the other.
local BinaryConstraint = som.class(AbstractConstraint)

local function new_binary(class, var1, var2, strength)
  return setmetatable({ strength = Strength.of(strength), v1 = var1, v2 = var2, direction = false }, class)
end

function BinaryConstraint:is_satisfied()
  return self.direction ~= false
end

function BinaryConstraint:add_to_graph()
  self.v1:add_constraint(self)
  self.v2:add_constraint(self)
  self.direction = false
end

function BinaryConstraint:remove_from_graph()
  if self.v1 then self.v1:remove_constraint(self) end
  if self.v2 then self.v2:remove_constraint(self) end
  self.direction = false
end

function BinaryConstraint:choose_method(mark)
  local v1, v2 = self.v1, self.v2
  if v1.mark == mark then
    if v2.mark ~= mark and self.strength:stronger(v2.walk_strength) then
      self.direction = FORWARD
    else
      self.direction = false
    end
    return self.direction
  end
  if v2.mark == mark then
    if v1.mark ~= mark and self.strength:stronger(v1.walk_strength) then
      self.direction = BACKWARD
    else
      self.direction = false
    end
    return self.direction
  end
  if v1.walk_strength:weaker(v2.walk_strength) then
    if self.strength:stronger(v1.walk_strength) then
      self.direction = BACKWARD
    else
      self.direction = false
    end
  else
    if self.strength:stronger(v2.walk_strength) then
      self.direction = FORWARD
    else
      self.direction = false
    end
  end
  return self.direction
end

function BinaryConstraint:inputs_do(fn)
  if self.direction == FORWARD then
    fn(self.v1)
  else
    fn(self.v2)
  end
end

function BinaryConstraint:inputs_has_one(fn)
  if self.direction == FORWARD then
    return fn(self.v1)
  end
  return fn(self.v2)
end

function BinaryConstraint:mark_unsatisfied()
  self.direction = false
end

function BinaryConstraint:output()
  if self.direction == FORWARD then
    return self.v2
  end
  return self.v1
end

function BinaryConstraint:recalculate()
  local input, out
  if self.direction == FORWARD then
    input, out = self.v1, self.v2
  else
    input, out = self.v2, self.v1
  end
  out.walk_strength = self.strength:weakest(input.walk_strength)
  out.stay = input.stay
  if out.stay then
    self:execute()
  end
end

-- EqualityConstraint: v1 = v2.
local EqualityConstraint = som.class(BinaryConstraint)

function EqualityConstraint.new(var1, var2, strength, planner)
  local c = new_binary(EqualityConstraint, var1, var2, strength)
  c:add_constraint(planner)
  return c
end

function EqualityConstraint:execute()
  if self.direction == FORWARD then
    self.v2.value = self.v1.value
  else
    self.v1.value = self.v2.value
  end
end

-- ScaleConstraint: v2 = v1 * scale + offset.
local ScaleConstraint = som.class(BinaryConstraint)

function ScaleConstraint.new(src, scale, offset, dest, strength, planner)
  local c = new_binary(ScaleConstraint, src, dest, strength)
  c.scale = scale
  c.offset = offset
  c:add_constraint(planner)
  return c
end

function ScaleConstraint:add_to_graph()
  self.v1:add_constraint(self)
  self.v2:add_constraint(self)
  self.scale:add_constraint(self)
  self.offset:add_constraint(self)
  self.direction = false
end

function ScaleConstraint:remove_from_graph()
  if self.v1 then self.v1:remove_constraint(self) end
  if self.v2 then self.v2:remove_constraint(self) end
  if self.scale then self.scale:remove_constraint(self) end
  if self.offset then self.offset:remove_constraint(self) end
  self.direction = false
end

function ScaleConstraint:mark_inputs(mark)
  AbstractConstraint.mark_inputs(self, mark)
  self.scale.mark = mark
  self.offset.mark = mark
end

function ScaleConstraint:execute()
  if self.direction == FORWARD then
    self.v2.value = self.v1.value * self.scale.value + self.offset.value
  else
    -- integer division as in the suite (the operands are non-negative and divide exactly here)
    self.v1.value = math.floor((self.v2.value - self.offset.value) / self.scale.value)
  end
end

function ScaleConstraint:inputs_do(fn)
  if self.direction == FORWARD then
    fn(self.v1)
  else
    fn(self.v2)
  end
  fn(self.scale)
  fn(self.offset)
end

function ScaleConstraint:inputs_has_one(fn)
  if self.direction == FORWARD then
    return fn(self.v1) or fn(self.scale) or fn(self.offset)
  end
  return fn(self.v2) or fn(self.scale) or fn(self.offset)
end

function ScaleConstraint:recalculate()
  local input, out
  if self.direction == FORWARD then
    input, out = self.v1, self.v2
  else
    input, out = self.v2, self.v1
  end
  out.walk_strength = self.strength:weakest(input.walk_strength)
  out.stay = input.stay and self.scale.stay and self.offset.stay
  if out.stay then
    self:execute()
  end
end

---------------------------------------------------------------------------------------------
-- Plan: an ordered list of constraints to execute.
local Plan = som.class(Vector)

function Plan.new()
  return setmetatable(Vector.new(15), Plan)
end

function Plan:execute()
  self:each(function(c) c:execute() end)
end

---------------------------------------------------------------------------------------------
-- Planner: adds and removes constraints incrementally and extracts plans.
local Planner = som.class()

function Planner.new()
  return setmetatable({ current_mark = 1 }, Planner)
end

function Planner:incremental_add(c)
  local mark = self:new_mark()
  local overridden = c:satisfy(mark, self)
  while overridden do
    overridden = overridden:satisfy(mark, self)
  end
end

function Planner:incremental_remove(c)
  local out = c:output()
  c:mark_unsatisfied()
  c:remove_from_graph()
  local unsatisfied = self:remove_propagate_from(out)
  unsatisfied:each(function(u) self:incremental_add(u) end)
end

function Planner:extract_plan_from_constraints(constraints)
  local sources = Vector.new()
  constraints:each(function(c)
    if c:is_input() and c:is_satisfied() then
      sources:append(c)
    end
  end)
  return self:make_plan(sources)
end

function Planner:make_plan(sources)
  local mark = self:new_mark()
  local plan = Plan.new()
  local todo = sources
  while not todo:is_empty() do
    local c = todo:remove_first()
    if c:output().mark ~= mark and c:inputs_known(mark) then
      plan:append(c)
      c:output().mark = mark
      self:add_constraints_consuming_to(c:output(), todo)
    end
  end
  return plan
end

function Planner:propagate_from(v)
  local todo = Vector.new()
  self:add_constraints_consuming_to(v, todo)
  while not todo:is_empty() do
    local c = todo:remove_first()
    c:execute()
    self:add_constraints_consuming_to(c:output(), todo)
  end
end

function Planner:add_constraints_consuming_to(v, coll)
  local determining = v.determined_by
  v.constraints:each(function(c)
    if c ~= determining and c:is_satisfied() then
      coll:append(c)
    end
  end)
end

function Planner:add_propagate(c, mark)
  local todo = Vector.with(c)
  while not todo:is_empty() do
    local d = todo:remove_first()
    if d:output().mark == mark then
      self:incremental_remove(c)
      return false
    end
    d:recalculate()
    self:add_constraints_consuming_to(d:output(), todo)
  end
  return true
end

function Planner:change(var, new_value)
  local edit = EditConstraint.new(var, PREFERRED, self)
  local edits = Vector.with(edit)
  local plan = self:extract_plan_from_constraints(edits)
  for _ = 1, 10 do
    var.value = new_value
    plan:execute()
  end
  edit:destroy_constraint(self)
end

function Planner:constraints_consuming(v, fn)
  local determining = v.determined_by
  v.constraints:each(function(c)
    if c ~= determining and c:is_satisfied() then
      fn(c)
    end
  end)
end

function Planner:new_mark()
  self.current_mark = self.current_mark + 1
  return self.current_mark
end

function Planner:remove_propagate_from(out)
  local unsatisfied = Vector.new()
  out.determined_by = false
  out.walk_strength = absolute_weakest
  out.stay = true
  local todo = Vector.with(out)
  while not todo:is_empty() do
    local v = todo:remove_first()
    v.constraints:each(function(c)
      if not c:is_satisfied() then
        unsatisfied:append(c)
      end
    end)
    self:constraints_consuming(v, function(c)
      c:recalculate()
      todo:append(c:output())
    end)
  end
  unsatisfied:sort(function(c1, c2)
    if c1.strength:stronger(c2.strength) then return -1 end
    return 1
  end)
  return unsatisfied
end

-- A chain of n equality constraints, then 100 changes at its head that must reach its tail.
function Planner.chain_test(n)
  local planner = Planner.new()
  local vars = som.new_array(n + 1)
  for i = 1, n + 1 do
    vars[i] = Variable.new()
  end
  for i = 1, n do
    EqualityConstraint.new(vars[i], vars[i + 1], REQUIRED, planner)
  end
  StayConstraint.new(vars[n + 1], STRONG_DEFAULT, planner)
  local edit = EditConstraint.new(vars[1], PREFERRED, planner)
  local plan = planner:extract_plan_from_constraints(Vector.with(edit))
  for i = 0, 99 do
    vars[1].value = i
    plan:execute()
    if vars[n + 1].value ~= i then
      error("Chain test failed!")
    end
  end
  edit:destroy_constraint(planner)
end

-- n scale constraints sharing one scale and one offset, changed from either end.
function Planner.projection_test(n)
  local planner = Planner.new()
  local dests = Vector.new()
  local scale = Variable.value_of(10)
  local offset = Variable.value_of(1000)
  local src, dst
  for i = 1, n do
    src = Variable.value_of(i)
    dst = Variable.value_of(i)
    dests:append(dst)
    StayConstraint.new(src, NORMAL, planner)
    ScaleConstraint.new(src, scale, offset, dst, REQUIRED, planner)
  end
  planner:change(src, 17)
  if dst.value ~= 1170 then
    error("Projection test 1 failed!")
  end
  planner:change(dst, 1050)
  if src.value ~= 5 then
    error("Projection test 2 failed!")
  end
  planner:change(scale, 5)
  for i = 1, n - 1 do
    if dests:at(i).value ~= i * 5 + 1000 then
      error("Projection test 3 failed!")
    end
  end
  planner:change(offset, 2000)
  for i = 1, n - 1 do
    if dests:at(i).value ~= i * 5 + 2000 then
      error("Projection test 4 failed!")
    end
  end
end

---------------------------------------------------------------------------------------------
-- The benchmark checks itself: a failing test raises an error.
local DeltaBlue = harness.benchmark_class()

function DeltaBlue:inner_benchmark_loop(inner_iterations)
  Planner.chain_test(inner_iterations)
  Planner.projection_test(inner_iterations)
  return true
end

return DeltaBlue
