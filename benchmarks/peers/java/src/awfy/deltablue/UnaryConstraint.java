package awfy.deltablue;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** A constraint on one variable: satisfied or not, it has no input. */
abstract class UnaryConstraint extends AbstractConstraint {
  private final Variable output;
  private boolean satisfied;

  UnaryConstraint(Variable v, Strength.Sym strength, Planner planner) {
    super(strength);
    output = v;
    addConstraint(planner);
  }

  @Override
  final void addToGraph() {
    output.addConstraint(this);
    satisfied = false;
  }

  @Override
  final void removeFromGraph() {
    output.removeConstraint(this);
    satisfied = false;
  }

  @Override
  final boolean isSatisfied() {
    return satisfied;
  }

  @Override
  final void markUnsatisfied() {
    satisfied = false;
  }

  @Override
  final void chooseMethod(int mark) {
    satisfied = output.mark != mark && strength.stronger(output.walkStrength);
  }

  @Override
  void execute() {
    // a stay or edit constraint computes nothing: the value is set from outside
  }

  @Override
  final void inputsDo(Consumer<Variable> fn) {
    // no inputs
  }

  @Override
  final boolean inputsHasOne(Predicate<Variable> fn) {
    return false;
  }

  @Override
  final Variable getOutput() {
    return output;
  }

  @Override
  final void recalculate() {
    output.walkStrength = strength;
    output.stay = !isInput();
    if (output.stay) {
      execute();
    }
  }
}
