package awfy.deltablue;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** A constraint between two variables; satisfied in one direction or the other. */
abstract class BinaryConstraint extends AbstractConstraint {
  protected final Variable v1;
  protected final Variable v2;
  /** Null while the constraint is unsatisfied. */
  protected Direction direction;

  BinaryConstraint(Variable var1, Variable var2, Strength.Sym strength) {
    super(strength);
    v1 = var1;
    v2 = var2;
  }

  @Override
  final boolean isSatisfied() {
    return direction != null;
  }

  @Override
  void addToGraph() {
    v1.addConstraint(this);
    v2.addConstraint(this);
    direction = null;
  }

  @Override
  void removeFromGraph() {
    v1.removeConstraint(this);
    v2.removeConstraint(this);
    direction = null;
  }

  /**
   * Decides the direction: the output must not carry this pass's mark and must be weaker than this
   * constraint. When neither variable is marked, the weaker one becomes the output.
   */
  @Override
  final void chooseMethod(int mark) {
    if (v1.mark == mark) {
      direction = v2.mark != mark && strength.stronger(v2.walkStrength) ? Direction.FORWARD : null;
      return;
    }
    if (v2.mark == mark) {
      direction = v1.mark != mark && strength.stronger(v1.walkStrength) ? Direction.BACKWARD : null;
      return;
    }
    if (v1.walkStrength.weaker(v2.walkStrength)) {
      direction = strength.stronger(v1.walkStrength) ? Direction.BACKWARD : null;
    } else {
      direction = strength.stronger(v2.walkStrength) ? Direction.FORWARD : null;
    }
  }

  @Override
  void inputsDo(Consumer<Variable> fn) {
    fn.accept(input());
  }

  @Override
  boolean inputsHasOne(Predicate<Variable> fn) {
    return fn.test(input());
  }

  @Override
  final void markUnsatisfied() {
    direction = null;
  }

  @Override
  final Variable getOutput() {
    return direction == Direction.FORWARD ? v2 : v1;
  }

  final Variable input() {
    return direction == Direction.FORWARD ? v1 : v2;
  }

  @Override
  void recalculate() {
    Variable in = input();
    Variable out = getOutput();
    out.walkStrength = strength.weakest(in.walkStrength);
    out.stay = in.stay;
    if (out.stay) {
      execute();
    }
  }
}
