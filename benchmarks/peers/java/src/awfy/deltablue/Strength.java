package awfy.deltablue;

import awfy.som.CustomHash;
import awfy.som.IdentityDictionary;

/** A constraint's strength: a symbol and its arithmetic value (smaller is stronger). */
final class Strength {
  /** A strength's name; looked up by identity in the tables below. */
  static final class Sym implements CustomHash {
    private final int hash;

    Sym(int hash) {
      this.hash = hash;
    }

    @Override
    public int customHash() {
      return hash;
    }
  }

  static final Sym ABSOLUTE_STRONGEST = new Sym(0);
  static final Sym REQUIRED = new Sym(1);
  static final Sym STRONG_PREFERRED = new Sym(2);
  static final Sym PREFERRED = new Sym(3);
  static final Sym STRONG_DEFAULT = new Sym(4);
  static final Sym DEFAULT = new Sym(5);
  static final Sym WEAK_DEFAULT = new Sym(6);
  static final Sym ABSOLUTE_WEAKEST = new Sym(7);

  private static final IdentityDictionary<Sym, Integer> STRENGTH_TABLE = createStrengthTable();
  private static final IdentityDictionary<Sym, Strength> STRENGTH_CONSTANTS = createStrengthConstants();

  private final int arithmeticValue;
  private final Sym symbolicValue;

  private Strength(Sym symbolicValue) {
    this.symbolicValue = symbolicValue;
    this.arithmeticValue = STRENGTH_TABLE.at(symbolicValue);
  }

  static Strength of(Sym strength) {
    return STRENGTH_CONSTANTS.at(strength);
  }

  static Strength absoluteWeakest() {
    return of(ABSOLUTE_WEAKEST);
  }

  static Strength required() {
    return of(REQUIRED);
  }

  boolean sameAs(Strength s) {
    return arithmeticValue == s.arithmeticValue;
  }

  boolean stronger(Strength s) {
    return arithmeticValue < s.arithmeticValue;
  }

  boolean weaker(Strength s) {
    return arithmeticValue > s.arithmeticValue;
  }

  Strength strongest(Strength s) {
    return s.stronger(this) ? s : this;
  }

  Strength weakest(Strength s) {
    return s.weaker(this) ? s : this;
  }

  Sym symbolicValue() {
    return symbolicValue;
  }

  private static IdentityDictionary<Sym, Integer> createStrengthTable() {
    IdentityDictionary<Sym, Integer> table = new IdentityDictionary<>();
    table.atPut(ABSOLUTE_STRONGEST, -10000);
    table.atPut(REQUIRED, -800);
    table.atPut(STRONG_PREFERRED, -600);
    table.atPut(PREFERRED, -400);
    table.atPut(STRONG_DEFAULT, -200);
    table.atPut(DEFAULT, 0);
    table.atPut(WEAK_DEFAULT, 500);
    table.atPut(ABSOLUTE_WEAKEST, 10000);
    return table;
  }

  private static IdentityDictionary<Sym, Strength> createStrengthConstants() {
    IdentityDictionary<Sym, Strength> constants = new IdentityDictionary<>();
    STRENGTH_TABLE.getKeys().forEach(key -> constants.atPut(key, new Strength(key)));
    return constants;
  }
}
