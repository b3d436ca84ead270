package awfy.deltablue;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** A constraint between variables, with a strength; subclasses choose which variable it determines. */
abstract class AbstractConstraint {
  final Strength strength;

  AbstractConstraint(Strength.Sym strength) {
    this.strength = Strength.of(strength);
  }

  boolean isInput() {
    return false;
  }

  /** Adds this constraint to the graph and tries to satisfy it. */
  final void addConstraint(Planner planner) {
    addToGraph();
    planner.incrementalAdd(this);
  }

  final void destroyConstraint(Planner planner) {
    if (isSatisfied()) {
      planner.incrementalRemove(this);
    }
    removeFromGraph();
  }

  /** Whether every input is known: marked in this pass, a stay, or not determined by any constraint. */
  final boolean inputsKnown(int mark) {
    return !inputsHasOne(v -> !(v.mark == mark || v.stay || v.determinedBy == null));
  }

  /**
   * Tries to satisfy this constraint; returns the constraint it overrides (now unsatisfied), or null.
   * Raises when a required constraint cannot be satisfied or a cycle is found.
   */
  final AbstractConstraint satisfy(int mark, Planner planner) {
    chooseMethod(mark);
    if (!isSatisfied()) {
      if (strength.sameAs(Strength.required())) {
        throw new IllegalStateException("Could not satisfy a required constraint");
      }
      return null;
    }
    inputsDo(in -> in.mark = mark);
    Variable out = getOutput();
    AbstractConstraint overridden = out.determinedBy;
    if (overridden != null) {
      overridden.markUnsatisfied();
    }
    out.determinedBy = this;
    if (!planner.addPropagate(this, mark)) {
      throw new IllegalStateException("Cycle encountered");
    }
    out.mark = mark;
    return overridden;
  }

  abstract void addToGraph();

  abstract void removeFromGraph();

  abstract boolean isSatisfied();

  abstract void markUnsatisfied();

  abstract void chooseMethod(int mark);

  abstract void execute();

  abstract void inputsDo(Consumer<Variable> fn);

  abstract boolean inputsHasOne(Predicate<Variable> fn);

  abstract Variable getOutput();

  /** Recomputes the output's walkabout strength and stay flag, and its value when it stays. */
  abstract void recalculate();
}
