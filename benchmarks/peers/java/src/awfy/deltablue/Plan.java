package awfy.deltablue;

import awfy.som.Vector;

/** The constraints to execute, in order, to propagate a change of the plan's inputs. */
final class Plan extends Vector<AbstractConstraint> {
  Plan() {
    super(15);
  }

  void execute() {
    forEach(AbstractConstraint::execute);
  }
}
