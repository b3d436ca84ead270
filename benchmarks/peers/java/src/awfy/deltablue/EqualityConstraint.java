package awfy.deltablue;

/** v1 = v2. */
final class EqualityConstraint extends BinaryConstraint {
  EqualityConstraint(Variable var1, Variable var2, Strength.Sym strength, Planner planner) {
    super(var1, var2, strength);
    addConstraint(planner);
  }

  @Override
  void execute() {
    if (direction == Direction.FORWARD) {
      v2.value = v1.value;
    } else {
      v1.value = v2.value;
    }
  }
}
