package awfy.deltablue;

import awfy.som.Vector;

/** The DeltaBlue planner: adds and removes constraints incrementally and extracts execution plans. */
final class Planner {
  private int currentMark = 1;

  /** Satisfies {@code c}, then re-satisfies whatever it overrode, until nothing more is overridden. */
  void incrementalAdd(AbstractConstraint c) {
    int mark = newMark();
    AbstractConstraint overridden = c.satisfy(mark, this);
    while (overridden != null) {
      overridden = overridden.satisfy(mark, this);
    }
  }

  /** Removes {@code c} and tries to satisfy the constraints it left unsatisfied, strongest first. */
  void incrementalRemove(AbstractConstraint c) {
    Variable out = c.getOutput();
    c.markUnsatisfied();
    c.removeFromGraph();
    Vector<AbstractConstraint> unsatisfied = removePropagateFrom(out);
    unsatisfied.sort((c1, c2) -> c1.strength.stronger(c2.strength) ? -1 : c2.strength.stronger(c1.strength) ? 1 : 0);
    unsatisfied.forEach(this::incrementalAdd);
  }

  private int newMark() {
    return currentMark++;
  }

  /** Orders the constraints reachable from {@code sources} so that each runs after its inputs are known. */
  Plan makePlan(Vector<AbstractConstraint> sources) {
    int mark = newMark();
    Plan plan = new Plan();
    Vector<AbstractConstraint> todo = sources;
    while (!todo.isEmpty()) {
      AbstractConstraint c = todo.removeFirst();
      if (c.getOutput().mark != mark && c.inputsKnown(mark)) {
        plan.append(c);
        c.getOutput().mark = mark;
        addConstraintsConsumingTo(c.getOutput(), todo);
      }
    }
    return plan;
  }

  Plan extractPlanFromConstraints(Vector<AbstractConstraint> constraints) {
    Vector<AbstractConstraint> sources = new Vector<>();
    constraints.forEach(c -> {
      if (c.isInput() && c.isSatisfied()) {
        sources.append(c);
      }
    });
    return makePlan(sources);
  }

  /**
   * Recomputes the walkabout strengths and stays downstream of {@code c}; false (after undoing {@code c})
   * when that reaches a variable marked in this pass, which means a cycle.
   */
  boolean addPropagate(AbstractConstraint c, int mark) {
    Vector<AbstractConstraint> todo = Vector.with(c);
    while (!todo.isEmpty()) {
      AbstractConstraint d = todo.removeFirst();
      if (d.getOutput().mark == mark) {
        incrementalRemove(c);
        return false;
      }
      d.recalculate();
      addConstraintsConsumingTo(d.getOutput(), todo);
    }
    return true;
  }

  private void addConstraintsConsumingTo(Variable v, Vector<AbstractConstraint> coll) {
    AbstractConstraint determining = v.determinedBy;
    v.constraints.forEach(c -> {
      if (c != determining && c.isSatisfied()) {
        coll.append(c);
      }
    });
  }

  /** Forgets what determined {@code out} downstream; returns the constraints now unsatisfied. */
  private Vector<AbstractConstraint> removePropagateFrom(Variable out) {
    Vector<AbstractConstraint> unsatisfied = new Vector<>();
    out.determinedBy = null;
    out.walkStrength = Strength.absoluteWeakest();
    out.stay = true;
    Vector<Variable> todo = Vector.with(out);
    while (!todo.isEmpty()) {
      Variable v = todo.removeFirst();
      v.constraints.forEach(c -> {
        if (!c.isSatisfied()) {
          unsatisfied.append(c);
        }
      });
      AbstractConstraint determining = v.determinedBy;
      v.constraints.forEach(next -> {
        if (next != determining && next.isSatisfied()) {
          next.recalculate();
          todo.append(next.getOutput());
        }
      });
    }
    return unsatisfied;
  }

  /** Sets {@code v} to {@code newValue} through an edit constraint, ten times, as a user interaction. */
  void change(Variable v, int newValue) {
    EditConstraint edit = new EditConstraint(v, Strength.PREFERRED, this);
    Plan plan = extractPlanFromConstraints(Vector.with(edit));
    for (int i = 0; i < 10; i++) {
      v.value = newValue;
      plan.execute();
    }
    edit.destroyConstraint(this);
  }

  /**
   * A chain of n equality constraints with a stay at the end and an edit at the start; every edit must
   * reach the last variable. Returns null on success, else what went wrong.
   */
  static String chainTest(int n) {
    Planner planner = new Planner();
    Variable[] vars = new Variable[n + 1];
    for (int i = 0; i <= n; i++) {
      vars[i] = new Variable();
    }
    for (int i = 0; i < n; i++) {
      new EqualityConstraint(vars[i], vars[i + 1], Strength.REQUIRED, planner);
    }
    new StayConstraint(vars[n], Strength.STRONG_DEFAULT, planner);
    EditConstraint edit = new EditConstraint(vars[0], Strength.PREFERRED, planner);
    Plan plan = planner.extractPlanFromConstraints(Vector.with(edit));
    for (int i = 0; i < 100; i++) {
      vars[0].value = i;
      plan.execute();
      if (vars[n].value != i) {
        return "chain test failed: expected " + i + " but got " + vars[n].value;
      }
    }
    edit.destroyConstraint(planner);
    return null;
  }

  /**
   * n scale constraints dst = src * scale + offset sharing scale and offset; changing any variable must
   * be propagated in the right direction. Returns null on success, else what went wrong.
   */
  static String projectionTest(int n) {
    Planner planner = new Planner();
    Vector<Variable> dests = new Vector<>();
    Variable scale = Variable.value(10);
    Variable offset = Variable.value(1000);
    Variable src = null;
    Variable dst = null;
    for (int i = 1; i <= n; i++) {
      src = Variable.value(i);
      dst = Variable.value(i);
      dests.append(dst);
      new StayConstraint(src, Strength.DEFAULT, planner);
      new ScaleConstraint(src, scale, offset, dst, Strength.REQUIRED, planner);
    }
    planner.change(src, 17);
    if (dst.value != 1170) {
      return "projection test 1 failed: expected 1170 but got " + dst.value;
    }
    planner.change(dst, 1050);
    if (src.value != 5) {
      return "projection test 2 failed: expected 5 but got " + src.value;
    }
    planner.change(scale, 5);
    for (int i = 0; i < n - 1; i++) {
      if (dests.at(i).value != (i + 1) * 5 + 1000) {
        return "projection test 3 failed at " + i + ": got " + dests.at(i).value;
      }
    }
    planner.change(offset, 2000);
    for (int i = 0; i < n - 1; i++) {
      if (dests.at(i).value != (i + 1) * 5 + 2000) {
        return "projection test 4 failed at " + i + ": got " + dests.at(i).value;
      }
    }
    return null;
  }
}
