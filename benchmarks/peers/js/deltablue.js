'use strict';
// DeltaBlue: the incremental constraint solver (Freeman-Benson, Maloney, Borning), as in the suite.
const { Benchmark } = require('./harness');
const { IdentityDictionary, Vector } = require('./som');

// A constraint's direction; null means unsatisfied.
const FORWARD = 1;
const BACKWARD = 2;

// A symbolic strength, hashed by its rank.
class Sym {
  constructor(hash) {
    this.hash = hash;
  }

  customHash() {
    return this.hash;
  }
}

const ABSOLUTE_STRONGEST = new Sym(0);
const REQUIRED = new Sym(1);
const STRONG_PREFERRED = new Sym(2);
const PREFERRED = new Sym(3);
const STRONG_DEFAULT = new Sym(4);
const NORMAL = new Sym(5);
const WEAK_DEFAULT = new Sym(6);
const WEAKEST = new Sym(7);
const ABSOLUTE_WEAKEST = new Sym(8);

function createStrengthTable() {
  const table = new IdentityDictionary();
  table.atPut(ABSOLUTE_STRONGEST, -10000);
  table.atPut(REQUIRED, -800);
  table.atPut(STRONG_PREFERRED, -600);
  table.atPut(PREFERRED, -400);
  table.atPut(STRONG_DEFAULT, -200);
  table.atPut(NORMAL, 0);
  table.atPut(WEAK_DEFAULT, 500);
  table.atPut(WEAKEST, 1000);
  table.atPut(ABSOLUTE_WEAKEST, 10000);
  return table;
}

const STRENGTH_TABLE = createStrengthTable();

// A strength: smaller arithmetic values are stronger.
class Strength {
  constructor(symbolicValue) {
    this.symbolicValue = symbolicValue;
    this.arithmeticValue = STRENGTH_TABLE.at(symbolicValue);
  }

  sameAs(s) {
    return this.arithmeticValue === s.arithmeticValue;
  }

  stronger(s) {
    return this.arithmeticValue < s.arithmeticValue;
  }

  weaker(s) {
    return this.arithmeticValue > s.arithmeticValue;
  }

  strongest(s) {
    return s.stronger(this) ? s : this;
  }

  weakest(s) {
    return s.weaker(this) ? s : this;
  }

  static of(sym) {
    return STRENGTH_CONSTANT.at(sym);
  }
}

function createStrengthConstants() {
  const constants = new IdentityDictionary();
  STRENGTH_TABLE.keys().forEach((key) => constants.atPut(key, new Strength(key)));
  return constants;
}

const STRENGTH_CONSTANT = createStrengthConstants();
const ABSOLUTE_WEAKEST_STRENGTH = Strength.of(ABSOLUTE_WEAKEST);
const REQUIRED_STRENGTH = Strength.of(REQUIRED);

// A value, the constraints on it, and the solver's bookkeeping.
class Variable {
  constructor(value = 0) {
    this.value = value;
    this.constraints = new Vector(2);
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = ABSOLUTE_WEAKEST_STRENGTH;
    this.stay = true;
  }

  addConstraint(c) {
    this.constraints.append(c);
  }

  removeConstraint(c) {
    this.constraints.remove(c);
    if (this.determinedBy === c) {
      this.determinedBy = null;
    }
  }
}

class AbstractConstraint {
  constructor(strength) {
    this.strength = Strength.of(strength);
  }

  isInput() {
    return false;
  }

  addConstraint(planner) {
    this.addToGraph();
    planner.incrementalAdd(this);
  }

  destroyConstraint(planner) {
    if (this.isSatisfied()) {
      planner.incrementalRemove(this);
    }
    this.removeFromGraph();
  }

  // True when every input is determined at this mark, stays, or is undetermined.
  inputsKnown(mark) {
    return !this.inputsHasOne((v) => !(v.mark === mark || v.stay || v.determinedBy === null));
  }

  markInputs(mark) {
    this.inputsDo((v) => { v.mark = mark; });
  }

  // Satisfies the constraint if it can; returns the constraint it overrode, if any.
  satisfy(mark, planner) {
    let overridden;
    this.chooseMethod(mark);
    if (this.isSatisfied()) {
      this.markInputs(mark);
      const out = this.output();
      overridden = out.determinedBy;
      if (overridden !== null) {
        overridden.markUnsatisfied();
      }
      out.determinedBy = this;
      if (!planner.addPropagate(this, mark)) {
        throw new Error('Cycle encountered');
      }
      out.mark = mark;
    } else {
      overridden = null;
      if (this.strength.sameAs(REQUIRED_STRENGTH)) {
        throw new Error('Could not satisfy a required constraint');
      }
    }
    return overridden;
  }
}

// A constraint on one variable.
class UnaryConstraint extends AbstractConstraint {
  constructor(v, strength, planner) {
    super(strength);
    this.outputVar = v;
    this.satisfied = false;
    this.addConstraint(planner);
  }

  isSatisfied() {
    return this.satisfied;
  }

  addToGraph() {
    this.outputVar.addConstraint(this);
    this.satisfied = false;
  }

  chooseMethod(mark) {
    this.satisfied = this.outputVar.mark !== mark && this.strength.stronger(this.outputVar.walkStrength);
    return null;
  }

  inputsDo(_fn) {
    // no input variables
  }

  inputsHasOne(_fn) {
    return false;
  }

  markUnsatisfied() {
    this.satisfied = false;
  }

  output() {
    return this.outputVar;
  }

  recalculate() {
    this.outputVar.walkStrength = this.strength;
    this.outputVar.stay = !this.isInput();
    if (this.outputVar.stay) {
      this.execute();
    }
  }

  removeFromGraph() {
    if (this.outputVar !== null) {
      this.outputVar.removeConstraint(this);
    }
    this.satisfied = false;
  }
}

// Marks a variable the user changes; does nothing when executed.
class EditConstraint extends UnaryConstraint {
  isInput() {
    return true;
  }

  execute() {
    // edit constraints do nothing
  }
}

// Keeps a variable unchanged by the planner.
class StayConstraint extends UnaryConstraint {
  execute() {
    // stay constraints do nothing
  }
}

// A constraint between two variables, solved in one direction or the other.
class BinaryConstraint extends AbstractConstraint {
  constructor(var1, var2, strength) {
    super(strength);
    this.v1 = var1;
    this.v2 = var2;
    this.direction = null;
  }

  isSatisfied() {
    return this.direction !== null;
  }

  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = null;
  }

  removeFromGraph() {
    if (this.v1 !== null) {
      this.v1.removeConstraint(this);
    }
    if (this.v2 !== null) {
      this.v2.removeConstraint(this);
    }
    this.direction = null;
  }

  chooseMethod(mark) {
    const v1 = this.v1;
    const v2 = this.v2;
    if (v1.mark === mark) {
      if (v2.mark !== mark && this.strength.stronger(v2.walkStrength)) {
        this.direction = FORWARD;
      } else {
        this.direction = null;
      }
      return this.direction;
    }
    if (v2.mark === mark) {
      if (v1.mark !== mark && this.strength.stronger(v1.walkStrength)) {
        this.direction = BACKWARD;
      } else {
        this.direction = null;
      }
      return this.direction;
    }
    if (v1.walkStrength.weaker(v2.walkStrength)) {
      this.direction = this.strength.stronger(v1.walkStrength) ? BACKWARD : null;
    } else {
      this.direction = this.strength.stronger(v2.walkStrength) ? FORWARD : null;
    }
    return this.direction;
  }

  inputsDo(fn) {
    if (this.direction === FORWARD) {
      fn(this.v1);
    } else {
      fn(this.v2);
    }
  }

  inputsHasOne(fn) {
    if (this.direction === FORWARD) {
      return fn(this.v1);
    }
    return fn(this.v2);
  }

  markUnsatisfied() {
    this.direction = null;
  }

  output() {
    return this.direction === FORWARD ? this.v2 : this.v1;
  }

  recalculate() {
    let input;
    let out;
    if (this.direction === FORWARD) {
      input = this.v1;
      out = this.v2;
    } else {
      input = this.v2;
      out = this.v1;
    }
    out.walkStrength = this.strength.weakest(input.walkStrength);
    out.stay = input.stay;
    if (out.stay) {
      this.execute();
    }
  }
}

// v1 = v2.
class EqualityConstraint extends BinaryConstraint {
  constructor(var1, var2, strength, planner) {
    super(var1, var2, strength);
    this.addConstraint(planner);
  }

  execute() {
    if (this.direction === FORWARD) {
      this.v2.value = this.v1.value;
    } else {
      this.v1.value = this.v2.value;
    }
  }
}

// v2 = v1 * scale + offset.
class ScaleConstraint extends BinaryConstraint {
  constructor(src, scale, offset, dest, strength, planner) {
    super(src, dest, strength);
    this.scale = scale;
    this.offset = offset;
    this.addConstraint(planner);
  }

  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
    this.direction = null;
  }

  removeFromGraph() {
    if (this.v1 !== null) {
      this.v1.removeConstraint(this);
    }
    if (this.v2 !== null) {
      this.v2.removeConstraint(this);
    }
    if (this.scale !== null) {
      this.scale.removeConstraint(this);
    }
    if (this.offset !== null) {
      this.offset.removeConstraint(this);
    }
    this.direction = null;
  }

  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = mark;
    this.offset.mark = mark;
  }

  execute() {
    if (this.direction === FORWARD) {
      this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    } else {
      // integer division as in the suite (non-negative operands that divide exactly here)
      this.v1.value = Math.floor((this.v2.value - this.offset.value) / this.scale.value);
    }
  }

  inputsDo(fn) {
    if (this.direction === FORWARD) {
      fn(this.v1);
    } else {
      fn(this.v2);
    }
    fn(this.scale);
    fn(this.offset);
  }

  inputsHasOne(fn) {
    if (this.direction === FORWARD) {
      return fn(this.v1) || fn(this.scale) || fn(this.offset);
    }
    return fn(this.v2) || fn(this.scale) || fn(this.offset);
  }

  recalculate() {
    let input;
    let out;
    if (this.direction === FORWARD) {
      input = this.v1;
      out = this.v2;
    } else {
      input = this.v2;
      out = this.v1;
    }
    out.walkStrength = this.strength.weakest(input.walkStrength);
    out.stay = input.stay && this.scale.stay && this.offset.stay;
    if (out.stay) {
      this.execute();
    }
  }
}

// An ordered list of constraints to execute.
class Plan extends Vector {
  constructor() {
    super(15);
  }

  execute() {
    this.forEach((c) => c.execute());
  }
}

// Adds and removes constraints incrementally and extracts plans.
class Planner {
  constructor() {
    this.currentMark = 1;
  }

  incrementalAdd(c) {
    const mark = this.newMark();
    let overridden = c.satisfy(mark, this);
    while (overridden !== null) {
      overridden = overridden.satisfy(mark, this);
    }
  }

  incrementalRemove(c) {
    const out = c.output();
    c.markUnsatisfied();
    c.removeFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    unsatisfied.forEach((u) => this.incrementalAdd(u));
  }

  extractPlanFromConstraints(constraints) {
    const sources = new Vector();
    constraints.forEach((c) => {
      if (c.isInput() && c.isSatisfied()) {
        sources.append(c);
      }
    });
    return this.makePlan(sources);
  }

  makePlan(sources) {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = sources;
    while (!todo.isEmpty()) {
      const c = todo.removeFirst();
      if (c.output().mark !== mark && c.inputsKnown(mark)) {
        plan.append(c);
        c.output().mark = mark;
        this.addConstraintsConsumingTo(c.output(), todo);
      }
    }
    return plan;
  }

  propagateFrom(v) {
    const todo = new Vector();
    this.addConstraintsConsumingTo(v, todo);
    while (!todo.isEmpty()) {
      const c = todo.removeFirst();
      c.execute();
      this.addConstraintsConsumingTo(c.output(), todo);
    }
  }

  addConstraintsConsumingTo(v, coll) {
    const determining = v.determinedBy;
    v.constraints.forEach((c) => {
      if (c !== determining && c.isSatisfied()) {
        coll.append(c);
      }
    });
  }

  addPropagate(c, mark) {
    const todo = Vector.with(c);
    while (!todo.isEmpty()) {
      const d = todo.removeFirst();
      if (d.output().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.addConstraintsConsumingTo(d.output(), todo);
    }
    return true;
  }

  change(v, newValue) {
    const edit = new EditConstraint(v, PREFERRED, this);
    const plan = this.extractPlanFromConstraints(Vector.with(edit));
    for (let i = 0; i < 10; i++) {
      v.value = newValue;
      plan.execute();
    }
    edit.destroyConstraint(this);
  }

  constraintsConsuming(v, fn) {
    const determining = v.determinedBy;
    v.constraints.forEach((c) => {
      if (c !== determining && c.isSatisfied()) {
        fn(c);
      }
    });
  }

  newMark() {
    return ++this.currentMark;
  }

  removePropagateFrom(out) {
    const unsatisfied = new Vector();
    out.determinedBy = null;
    out.walkStrength = ABSOLUTE_WEAKEST_STRENGTH;
    out.stay = true;
    const todo = Vector.with(out);
    while (!todo.isEmpty()) {
      const v = todo.removeFirst();
      v.constraints.forEach((c) => {
        if (!c.isSatisfied()) {
          unsatisfied.append(c);
        }
      });
      this.constraintsConsuming(v, (c) => {
        c.recalculate();
        todo.append(c.output());
      });
    }
    unsatisfied.sort((c1, c2) => (c1.strength.stronger(c2.strength) ? -1 : 1));
    return unsatisfied;
  }

  // A chain of n equality constraints, then 100 changes at its head that must reach its tail.
  static chainTest(n) {
    const planner = new Planner();
    const vars = [];
    for (let i = 0; i <= n; i++) {
      vars.push(new Variable());
    }
    for (let i = 0; i < n; i++) {
      new EqualityConstraint(vars[i], vars[i + 1], REQUIRED, planner);
    }
    new StayConstraint(vars[n], STRONG_DEFAULT, planner);
    const edit = new EditConstraint(vars[0], PREFERRED, planner);
    const plan = planner.extractPlanFromConstraints(Vector.with(edit));
    for (let i = 0; i < 100; i++) {
      vars[0].value = i;
      plan.execute();
      if (vars[n].value !== i) {
        throw new Error('Chain test failed!');
      }
    }
    edit.destroyConstraint(planner);
  }

  // n scale constraints sharing one scale and one offset, changed from either end.
  static projectionTest(n) {
    const planner = new Planner();
    const dests = new Vector();
    const scale = new Variable(10);
    const offset = new Variable(1000);
    let src = null;
    let dst = null;
    for (let i = 1; i <= n; i++) {
      src = new Variable(i);
      dst = new Variable(i);
      dests.append(dst);
      new StayConstraint(src, NORMAL, planner);
      new ScaleConstraint(src, scale, offset, dst, REQUIRED, planner);
    }
    planner.change(src, 17);
    if (dst.value !== 1170) {
      throw new Error('Projection test 1 failed!');
    }
    planner.change(dst, 1050);
    if (src.value !== 5) {
      throw new Error('Projection test 2 failed!');
    }
    planner.change(scale, 5);
    for (let i = 0; i < n - 1; i++) {
      if (dests.at(i).value !== (i + 1) * 5 + 1000) {
        throw new Error('Projection test 3 failed!');
      }
    }
    planner.change(offset, 2000);
    for (let i = 0; i < n - 1; i++) {
      if (dests.at(i).value !== (i + 1) * 5 + 2000) {
        throw new Error('Projection test 4 failed!');
      }
    }
  }
}

// The benchmark checks itself: a failing test throws.
class DeltaBlue extends Benchmark {
  innerBenchmarkLoop(innerIterations) {
    Planner.chainTest(innerIterations);
    Planner.projectionTest(innerIterations);
    return true;
  }
}

module.exports = { DeltaBlue };
