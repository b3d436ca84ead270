package awfy.deltablue;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** v2 = v1 * scale + offset; scale and offset are inputs in both directions. */
final class ScaleConstraint extends BinaryConstraint {
  private final Variable scale;
  private final Variable offset;

  ScaleConstraint(Variable src, Variable scale, Variable offset, Variable dest, Strength.Sym strength,
      Planner planner) {
    super(src, dest, strength);
    this.scale = scale;
    this.offset = offset;
    addConstraint(planner);
  }

  @Override
  void addToGraph() {
    super.addToGraph();
    scale.addConstraint(this);
    offset.addConstraint(this);
  }

  @Override
  void removeFromGraph() {
    super.removeFromGraph();
    scale.removeConstraint(this);
    offset.removeConstraint(this);
  }

  @Override
  void execute() {
    if (direction == Direction.FORWARD) {
      v2.value = v1.value * scale.value + offset.value;
    } else {
      v1.value = (v2.value - offset.value) / scale.value;
    }
  }

  @Override
  void inputsDo(Consumer<Variable> fn) {
    fn.accept(input());
    fn.accept(scale);
    fn.accept(offset);
  }

  @Override
  boolean inputsHasOne(Predicate<Variable> fn) {
    return fn.test(input()) || fn.test(scale) || fn.test(offset);
  }

  @Override
  void recalculate() {
    Variable in = input();
    Variable out = getOutput();
    out.walkStrength = strength.weakest(in.walkStrength);
    out.stay = in.stay && scale.stay && offset.stay;
    if (out.stay) {
      execute();
    }
  }
}
