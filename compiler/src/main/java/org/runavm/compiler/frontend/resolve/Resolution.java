package org.runavm.compiler.frontend.resolve;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Node;

/**
 * The resolver's results, keyed by AST node identity: what each name use refers to, what each
 * declaring node declares, and the {@link FunctionInfo} of each process, lambda and the top level.
 * This is what code generation reads; the AST itself stays immutable.
 */
public final class Resolution {

    private final Map<Expr.Name, Symbol> uses = new IdentityHashMap<>();
    private final Map<Node, List<Symbol>> declarations = new IdentityHashMap<>();
    private final Map<Node, FunctionInfo> functions = new IdentityHashMap<>();
    private final java.util.List<Symbol> globals = new java.util.ArrayList<>();

    /** The symbol a name use refers to; null only for uses that were reported as errors. */
    public Symbol symbol(Expr.Name use) {
        return uses.get(use);
    }

    /**
     * The symbols a node declares: one for {@code Let}, {@code Define}, a process, class, actor,
     * parameter, {@code Catch}, {@code Task Group}, pattern binding or imported name; one or two for
     * {@code For}/{@code For each}; empty for anything else.
     */
    public List<Symbol> declared(Node node) {
        return declarations.getOrDefault(node, List.of());
    }

    /** The unit of a {@code ProcessDecl}, a {@code Lambda}, or the program's top-level block. */
    public FunctionInfo function(Node node) {
        return functions.get(node);
    }

    /**
     * The module globals: every name declared directly in the file's top-level block, in declaration
     * order (hoisted processes, classes, actors and externals first, as they are bound first).
     */
    public List<Symbol> globals() {
        return Collections.unmodifiableList(globals);
    }

    public Map<Node, FunctionInfo> functions() {
        return Collections.unmodifiableMap(functions);
    }

    void use(Expr.Name name, Symbol s) {
        uses.put(name, s);
    }

    void declare(Node node, Symbol s) {
        List<Symbol> existing = declarations.get(node);
        declarations.put(node, existing == null ? List.of(s) : List.of(existing.get(0), s));
    }

    void global(Symbol s) {
        globals.add(s);
    }

    void function(Node node, FunctionInfo f) {
        functions.put(node, f);
    }
}
