package org.runavm.compiler.frontend.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.runavm.compiler.frontend.ast.Block;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.diag.DiagnosticSink;

/**
 * Class and actor bodies: the parent class must be a class (user or built-in error type) and not
 * the class itself through a cycle; field and method names are unique; field defaults are
 * resolved where the class is declared (they cannot use {@code Self}); every method and handler
 * is a unit of its own with {@code Self}.
 */
abstract class TypeResolver extends ExpressionResolver {

    private final Map<Symbol, Stmt.ClassDecl> classes = new HashMap<>();

    TypeResolver(DiagnosticSink sink) {
        super(sink);
    }

    abstract void block(Block b, boolean loopBody);

    abstract void statements(List<Stmt> statements);

    abstract void process(Stmt.ProcessDecl p, Stmt.ClassDecl owner);

    final void classBody(Stmt.ClassDecl c) {
        List<Symbol> declared = result.declared(c);
        if (!declared.isEmpty()) {
            classes.put(declared.get(0), c);
        }
        if (c.parent() != null) {
            checkParent(c);
        }
        Map<String, Pos> members = new HashMap<>();
        fields(c.fields(), members, "class");
        for (Stmt.ProcessDecl m : c.methods()) {
            unique(members, m.name(), m.pos(), "method");
            process(m, c);
        }
    }

    final void actorBody(Stmt.ActorDecl a) {
        Map<String, Pos> members = new HashMap<>();
        fields(a.fields(), members, "actor");
        for (Stmt.ProcessDecl h : a.handlers()) {
            unique(members, h.name(), h.pos(), h.kind() == org.runavm.compiler.frontend.ast.ProcessKind.MESSAGE ? "message" : "method");
            process(h, null);
        }
    }

    private void fields(List<Stmt.FieldDecl> fields, Map<String, Pos> members, String owner) {
        for (Stmt.FieldDecl f : fields) {
            unique(members, f.name(), f.pos(), "field");
            resolveType(f.type());
            expr(f.defaultValue());
        }
    }

    private void unique(Map<String, Pos> members, String name, Pos pos, String what) {
        Pos previous = members.putIfAbsent(name, pos);
        if (previous != null) {
            error(pos, what + " `" + name + "` is already declared at line " + previous.line());
        }
    }

    private void checkParent(Stmt.ClassDecl c) {
        Pos at = c.parentPos() != null ? c.parentPos() : c.pos();
        int dot = c.parent().indexOf('.');
        if (dot >= 0) {
            checkQualifiedParent(c.parent().substring(0, dot), at);
            return;
        }
        Symbol parent = lookup(c.parent());
        if (parent == null) {
            error(at, "class `" + c.parent() + "` is not declared");
            return;
        }
        boolean builtinError = parent.kind() == SymbolKind.BUILTIN && Builtins.ERROR_TYPES.contains(parent.name());
        if (parent.kind() != SymbolKind.CLASS && parent.kind() != SymbolKind.IMPORTED && !builtinError) {
            error(at, "`" + c.parent() + "` is a " + parent.kind().description + ", not a class: a class can only extend a class");
            return;
        }
        // Walk the chain of classes declared so far: reaching c again is a cycle.
        Stmt.ClassDecl current = classes.get(parent);
        for (int steps = 0; current != null && steps < 10_000; steps++) {
            if (current == c) {
                error(at, "class `" + c.name() + "` cannot extend itself (through `" + c.parent() + "`)");
                return;
            }
            current = current.parent() == null ? null : classes.get(scope.lookup(current.parent()));
        }
    }

    /**
     * {@code extends m.X}: {@code m} must be a module bound by an Import; whether {@code X} is a
     * class of it is known only when the module has run (the engine raises a TypeError otherwise).
     */
    private void checkQualifiedParent(String module, Pos at) {
        Symbol m = lookup(module);
        if (m == null) {
            error(at, "`" + module + "` is not declared: import the module first (Import \"FILE.runa\" as " + module + ")");
        } else if (m.kind() != SymbolKind.MODULE) {
            error(at, "`" + module + "` is a " + m.kind().description + ", not a module: write `extends " + module
                    + "` or `extends MODULE.CLASS`");
        }
    }
}
