"""DeltaBlue: the incremental constraint solver (Freeman-Benson, Maloney, Borning), as in the suite."""
from harness import Benchmark
from som import IdentityDictionary, Vector

# A constraint's direction; None means unsatisfied.
FORWARD = 1
BACKWARD = 2


class Sym:
    """A symbolic strength, hashed by its rank."""

    def __init__(self, hash_):
        self.hash = hash_

    def custom_hash(self):
        return self.hash


ABSOLUTE_STRONGEST = Sym(0)
REQUIRED = Sym(1)
STRONG_PREFERRED = Sym(2)
PREFERRED = Sym(3)
STRONG_DEFAULT = Sym(4)
NORMAL = Sym(5)
WEAK_DEFAULT = Sym(6)
WEAKEST = Sym(7)
ABSOLUTE_WEAKEST = Sym(8)


def _create_strength_table():
    table = IdentityDictionary()
    table.at_put(ABSOLUTE_STRONGEST, -10000)
    table.at_put(REQUIRED, -800)
    table.at_put(STRONG_PREFERRED, -600)
    table.at_put(PREFERRED, -400)
    table.at_put(STRONG_DEFAULT, -200)
    table.at_put(NORMAL, 0)
    table.at_put(WEAK_DEFAULT, 500)
    table.at_put(WEAKEST, 1000)
    table.at_put(ABSOLUTE_WEAKEST, 10000)
    return table


STRENGTH_TABLE = _create_strength_table()


class Strength:
    """A strength: smaller arithmetic values are stronger."""

    def __init__(self, symbolic_value):
        self.symbolic_value = symbolic_value
        self.arithmetic_value = STRENGTH_TABLE.at(symbolic_value)

    def same_as(self, s):
        return self.arithmetic_value == s.arithmetic_value

    def stronger(self, s):
        return self.arithmetic_value < s.arithmetic_value

    def weaker(self, s):
        return self.arithmetic_value > s.arithmetic_value

    def strongest(self, s):
        return s if s.stronger(self) else self

    def weakest(self, s):
        return s if s.weaker(self) else self

    @staticmethod
    def of(sym):
        return STRENGTH_CONSTANT.at(sym)


def _create_strength_constants():
    constants = IdentityDictionary()
    STRENGTH_TABLE.keys().for_each(lambda key: constants.at_put(key, Strength(key)))
    return constants


STRENGTH_CONSTANT = _create_strength_constants()
ABSOLUTE_WEAKEST_STRENGTH = Strength.of(ABSOLUTE_WEAKEST)
REQUIRED_STRENGTH = Strength.of(REQUIRED)


class Variable:
    """A value, the constraints on it, and the solver's bookkeeping."""

    def __init__(self, value=0):
        self.value = value
        self.constraints = Vector(2)
        self.determined_by = None
        self.mark = 0
        self.walk_strength = ABSOLUTE_WEAKEST_STRENGTH
        self.stay = True

    def add_constraint(self, c):
        self.constraints.append(c)

    def remove_constraint(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class AbstractConstraint:
    def __init__(self, strength):
        self.strength = Strength.of(strength)

    def is_input(self):
        return False

    def add_constraint(self, planner):
        self.add_to_graph()
        planner.incremental_add(self)

    def destroy_constraint(self, planner):
        if self.is_satisfied():
            planner.incremental_remove(self)
        self.remove_from_graph()

    def inputs_known(self, mark):
        """True when every input is determined at this mark, stays, or is undetermined."""
        return not self.inputs_has_one(
            lambda v: not (v.mark == mark or v.stay or v.determined_by is None))

    def mark_inputs(self, mark):
        def set_mark(v):
            v.mark = mark
        self.inputs_do(set_mark)

    def satisfy(self, mark, planner):
        """Satisfies the constraint if it can; returns the constraint it overrode, if any."""
        self.choose_method(mark)
        if self.is_satisfied():
            self.mark_inputs(mark)
            out = self.output()
            overridden = out.determined_by
            if overridden is not None:
                overridden.mark_unsatisfied()
            out.determined_by = self
            if not planner.add_propagate(self, mark):
                raise RuntimeError("Cycle encountered")
            out.mark = mark
        else:
            overridden = None
            if self.strength.same_as(REQUIRED_STRENGTH):
                raise RuntimeError("Could not satisfy a required constraint")
        return overridden


class UnaryConstraint(AbstractConstraint):
    """A constraint on one variable."""

    def __init__(self, v, strength, planner):
        super().__init__(strength)
        self.output_var = v
        self.satisfied = False
        self.add_constraint(planner)

    def is_satisfied(self):
        return self.satisfied

    def add_to_graph(self):
        self.output_var.add_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = (self.output_var.mark != mark
                          and self.strength.stronger(self.output_var.walk_strength))
        return None

    def inputs_do(self, fn):
        pass  # no input variables

    def inputs_has_one(self, fn):
        return False

    def mark_unsatisfied(self):
        self.satisfied = False

    def output(self):
        return self.output_var

    def recalculate(self):
        self.output_var.walk_strength = self.strength
        self.output_var.stay = not self.is_input()
        if self.output_var.stay:
            self.execute()

    def remove_from_graph(self):
        if self.output_var is not None:
            self.output_var.remove_constraint(self)
        self.satisfied = False


class EditConstraint(UnaryConstraint):
    """Marks a variable the user changes; does nothing when executed."""

    def is_input(self):
        return True

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable unchanged by the planner."""

    def execute(self):
        pass


class BinaryConstraint(AbstractConstraint):
    """A constraint between two variables, solved in one direction or the other."""

    def __init__(self, var1, var2, strength):
        super().__init__(strength)
        self.v1 = var1
        self.v2 = var2
        self.direction = None

    def is_satisfied(self):
        return self.direction is not None

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = None

    def remove_from_graph(self):
        if self.v1 is not None:
            self.v1.remove_constraint(self)
        if self.v2 is not None:
            self.v2.remove_constraint(self)
        self.direction = None

    def choose_method(self, mark):
        v1 = self.v1
        v2 = self.v2
        if v1.mark == mark:
            if v2.mark != mark and self.strength.stronger(v2.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = None
            return self.direction
        if v2.mark == mark:
            if v1.mark != mark and self.strength.stronger(v1.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = None
            return self.direction
        if v1.walk_strength.weaker(v2.walk_strength):
            self.direction = BACKWARD if self.strength.stronger(v1.walk_strength) else None
        else:
            self.direction = FORWARD if self.strength.stronger(v2.walk_strength) else None
        return self.direction

    def inputs_do(self, fn):
        if self.direction == FORWARD:
            fn(self.v1)
        else:
            fn(self.v2)

    def inputs_has_one(self, fn):
        if self.direction == FORWARD:
            return fn(self.v1)
        return fn(self.v2)

    def mark_unsatisfied(self):
        self.direction = None

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        if self.direction == FORWARD:
            inp, out = self.v1, self.v2
        else:
            inp, out = self.v2, self.v1
        out.walk_strength = self.strength.weakest(inp.walk_strength)
        out.stay = inp.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    """v1 = v2."""

    def __init__(self, var1, var2, strength, planner):
        super().__init__(var1, var2, strength)
        self.add_constraint(planner)

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value
        else:
            self.v1.value = self.v2.value


class ScaleConstraint(BinaryConstraint):
    """v2 = v1 * scale + offset."""

    def __init__(self, src, scale, offset, dest, strength, planner):
        super().__init__(src, dest, strength)
        self.scale = scale
        self.offset = offset
        self.add_constraint(planner)

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)
        self.direction = None

    def remove_from_graph(self):
        if self.v1 is not None:
            self.v1.remove_constraint(self)
        if self.v2 is not None:
            self.v2.remove_constraint(self)
        if self.scale is not None:
            self.scale.remove_constraint(self)
        if self.offset is not None:
            self.offset.remove_constraint(self)
        self.direction = None

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            # integer division as in the suite (non-negative operands that divide exactly here)
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def inputs_do(self, fn):
        if self.direction == FORWARD:
            fn(self.v1)
        else:
            fn(self.v2)
        fn(self.scale)
        fn(self.offset)

    def inputs_has_one(self, fn):
        if self.direction == FORWARD:
            return fn(self.v1) or fn(self.scale) or fn(self.offset)
        return fn(self.v2) or fn(self.scale) or fn(self.offset)

    def recalculate(self):
        if self.direction == FORWARD:
            inp, out = self.v1, self.v2
        else:
            inp, out = self.v2, self.v1
        out.walk_strength = self.strength.weakest(inp.walk_strength)
        out.stay = inp.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan(Vector):
    """An ordered list of constraints to execute."""

    def __init__(self):
        super().__init__(15)

    def execute(self):
        self.for_each(lambda c: c.execute())


class Planner:
    """Adds and removes constraints incrementally and extracts plans."""

    def __init__(self):
        self.current_mark = 1

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark, self)
        while overridden is not None:
            overridden = overridden.satisfy(mark, self)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        unsatisfied.for_each(self.incremental_add)

    def extract_plan_from_constraints(self, constraints):
        sources = Vector()

        def add_source(c):
            if c.is_input() and c.is_satisfied():
                sources.append(c)
        constraints.for_each(add_source)
        return self.make_plan(sources)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = sources
        while not todo.is_empty():
            c = todo.remove_first()
            if c.output().mark != mark and c.inputs_known(mark):
                plan.append(c)
                c.output().mark = mark
                self.add_constraints_consuming_to(c.output(), todo)
        return plan

    def propagate_from(self, v):
        todo = Vector()
        self.add_constraints_consuming_to(v, todo)
        while not todo.is_empty():
            c = todo.remove_first()
            c.execute()
            self.add_constraints_consuming_to(c.output(), todo)

    def add_constraints_consuming_to(self, v, coll):
        determining = v.determined_by

        def consider(c):
            if c is not determining and c.is_satisfied():
                coll.append(c)
        v.constraints.for_each(consider)

    def add_propagate(self, c, mark):
        todo = Vector.with_(c)
        while not todo.is_empty():
            d = todo.remove_first()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def change(self, var, new_value):
        edit = EditConstraint(var, PREFERRED, self)
        plan = self.extract_plan_from_constraints(Vector.with_(edit))
        for _ in range(10):
            var.value = new_value
            plan.execute()
        edit.destroy_constraint(self)

    def constraints_consuming(self, v, fn):
        determining = v.determined_by

        def consider(c):
            if c is not determining and c.is_satisfied():
                fn(c)
        v.constraints.for_each(consider)

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def remove_propagate_from(self, out):
        unsatisfied = Vector()
        out.determined_by = None
        out.walk_strength = ABSOLUTE_WEAKEST_STRENGTH
        out.stay = True
        todo = Vector.with_(out)

        def collect_unsatisfied(c):
            if not c.is_satisfied():
                unsatisfied.append(c)

        def recalculate(c):
            c.recalculate()
            todo.append(c.output())

        while not todo.is_empty():
            v = todo.remove_first()
            v.constraints.for_each(collect_unsatisfied)
            self.constraints_consuming(v, recalculate)
        unsatisfied.sort(lambda c1, c2: -1 if c1.strength.stronger(c2.strength) else 1)
        return unsatisfied

    @staticmethod
    def chain_test(n):
        """A chain of n equality constraints, then 100 changes at its head that must reach its tail."""
        planner = Planner()
        variables = [Variable() for _ in range(n + 1)]
        for i in range(n):
            EqualityConstraint(variables[i], variables[i + 1], REQUIRED, planner)
        StayConstraint(variables[n], STRONG_DEFAULT, planner)
        edit = EditConstraint(variables[0], PREFERRED, planner)
        plan = planner.extract_plan_from_constraints(Vector.with_(edit))
        for i in range(100):
            variables[0].value = i
            plan.execute()
            if variables[n].value != i:
                raise RuntimeError("Chain test failed!")
        edit.destroy_constraint(planner)

    @staticmethod
    def projection_test(n):
        """n scale constraints sharing one scale and one offset, changed from either end."""
        planner = Planner()
        dests = Vector()
        scale = Variable(10)
        offset = Variable(1000)
        src = dst = None
        for i in range(1, n + 1):
            src = Variable(i)
            dst = Variable(i)
            dests.append(dst)
            StayConstraint(src, NORMAL, planner)
            ScaleConstraint(src, scale, offset, dst, REQUIRED, planner)
        planner.change(src, 17)
        if dst.value != 1170:
            raise RuntimeError("Projection test 1 failed!")
        planner.change(dst, 1050)
        if src.value != 5:
            raise RuntimeError("Projection test 2 failed!")
        planner.change(scale, 5)
        for i in range(n - 1):
            if dests.at(i).value != (i + 1) * 5 + 1000:
                raise RuntimeError("Projection test 3 failed!")
        planner.change(offset, 2000)
        for i in range(n - 1):
            if dests.at(i).value != (i + 1) * 5 + 2000:
                raise RuntimeError("Projection test 4 failed!")


class DeltaBlue(Benchmark):
    """The benchmark checks itself: a failing test raises an error."""

    def inner_benchmark_loop(self, inner_iterations):
        Planner.chain_test(inner_iterations)
        Planner.projection_test(inner_iterations)
        return True
