package org.runavm.compiler.frontend.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameHintsTest {

    @Test
    void editDistanceWithCap() {
        assertEquals(1, NameHints.distance("totl", "total", 2));
        assertEquals(1, NameHints.distance("Total", "total", 2));
        assertEquals(1, NameHints.distance("numbrs", "numbers", 2));
        assertEquals(3, NameHints.distance("abcdef", "uvwxyz", 2));
    }

    @Test
    void hintsOnlyWhenLikely() {
        Scope root = new Scope(null, null, false);
        root.put(new Symbol("counter", SymbolKind.VARIABLE, null, null, true, false));
        root.put(new Symbol("abc", SymbolKind.VARIABLE, null, null, true, false));
        assertEquals("`countr` is not declared (did you mean `counter`?)", NameHints.undeclared("countr", root));
        assertEquals("`abd` is not declared", NameHints.undeclared("abd", root));
        assertEquals("`sqrt` is not declared (it is in the standard module `math`: `Import sqrt from \"math\"`)",
                NameHints.undeclared("sqrt", root));
        assertEquals("`DefaultMap` is not declared (it is in the standard module `collections`: "
                + "`Import DefaultMap from \"collections\"`)", NameHints.undeclared("DefaultMap", root));
        assertEquals("`AtomicInteger` is not declared (it is in the standard module `concurrency`: "
                + "`Import AtomicInteger from \"concurrency\"`)", NameHints.undeclared("AtomicInteger", root));
        assertEquals("`print` is not declared (to write a line, use `Display value`)", NameHints.undeclared("print", root));
    }
}
