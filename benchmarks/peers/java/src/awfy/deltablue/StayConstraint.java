package awfy.deltablue;

/** Asks the planner to keep a variable's value unchanged. */
final class StayConstraint extends UnaryConstraint {
  StayConstraint(Variable v, Strength.Sym strength, Planner planner) {
    super(v, strength, planner);
  }
}
