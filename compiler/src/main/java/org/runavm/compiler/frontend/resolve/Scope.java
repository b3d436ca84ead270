package org.runavm.compiler.frontend.resolve;

import java.util.HashMap;
import java.util.Map;

/**
 * One block's names. Scopes chain outwards; the root holds the built-in names. A scope knows the
 * unit it belongs to, which is how the resolver tells shadowing inside one process (an error) from
 * an inner process reusing an outer name (allowed).
 */
final class Scope {

    final Scope parent;
    final FunctionInfo function;
    /** Names declared here are fresh per iteration: a loop body or inside one (same unit). */
    final boolean perIteration;
    private Map<String, Symbol> names;

    Scope(Scope parent, FunctionInfo function, boolean perIteration) {
        this.parent = parent;
        this.function = function;
        this.perIteration = perIteration;
    }

    Symbol local(String name) {
        return names == null ? null : names.get(name);
    }

    void put(Symbol s) {
        if (names == null) {
            names = new HashMap<>(8);
        }
        names.put(s.name(), s);
    }

    /** The names declared here (for "did you mean" hints). */
    java.util.Set<String> names() {
        return names == null ? java.util.Set.of() : names.keySet();
    }

    Symbol lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Symbol found = s.local(name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
