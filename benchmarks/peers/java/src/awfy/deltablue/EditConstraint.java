package awfy.deltablue;

/** Marks a variable that the user changes: an input of the plan. */
final class EditConstraint extends UnaryConstraint {
  EditConstraint(Variable v, Strength.Sym strength, Planner planner) {
    super(v, strength, planner);
  }

  @Override
  boolean isInput() {
    return true;
  }
}
