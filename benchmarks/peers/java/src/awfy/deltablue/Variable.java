package awfy.deltablue;

import awfy.som.Vector;

/** A constrained variable: its value, the constraints on it, and what the planner knows about it. */
final class Variable {
  int value;
  final Vector<AbstractConstraint> constraints = new Vector<>(2);
  AbstractConstraint determinedBy;
  int mark;
  Strength walkStrength = Strength.absoluteWeakest();
  boolean stay = true;

  static Variable value(int initialValue) {
    Variable v = new Variable();
    v.value = initialValue;
    return v;
  }

  void addConstraint(AbstractConstraint c) {
    constraints.append(c);
  }

  void removeConstraint(AbstractConstraint c) {
    constraints.remove(c);
    if (determinedBy == c) {
      determinedBy = null;
    }
  }
}
