package org.runavm.compiler.frontend.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.runavm.compiler.frontend.ast.Node;
import org.runavm.compiler.frontend.ast.ProcessKind;
import org.runavm.compiler.frontend.ast.Stmt;

/**
 * What the resolver learned about one unit of code generation: a process, a method, a message
 * handler, a lambda, or the file's top level. Lists are in declaration / first-use order, which
 * code generation can use directly as slot and upvalue order.
 */
public final class FunctionInfo {

    /** What kind of code unit this is. */
    public enum Kind { TOP_LEVEL, PROCESS, LAMBDA }

    private final Kind kind;
    private final Node node;
    private final FunctionInfo parent;
    private final Stmt.ProcessDecl process;
    private final Stmt.ClassDecl ownerClass;
    private final List<Symbol> locals = new ArrayList<>();
    private final List<Symbol> captures = new ArrayList<>();
    private boolean capturesSelf;

    FunctionInfo(Kind kind, Node node, FunctionInfo parent, Stmt.ProcessDecl process, Stmt.ClassDecl ownerClass) {
        this.kind = kind;
        this.node = node;
        this.parent = parent;
        this.process = process;
        this.ownerClass = ownerClass;
    }

    public Kind kind() {
        return kind;
    }

    /** The {@link Stmt.ProcessDecl}, {@link org.runavm.compiler.frontend.ast.Expr.Lambda} or top-level block. */
    public Node node() {
        return node;
    }

    /** The lexically enclosing unit; null for the top level. */
    public FunctionInfo parent() {
        return parent;
    }

    /** The declaration when this is a process, method or handler; else null. */
    public Stmt.ProcessDecl process() {
        return process;
    }

    /** The class whose method this is, or null. */
    public Stmt.ClassDecl ownerClass() {
        return ownerClass;
    }

    /** Whether this unit is a method or handler, i.e. has its own {@code Self}. */
    public boolean hasOwnSelf() {
        return process != null && process.kind() != ProcessKind.PLAIN;
    }

    /** Parameters first, then every other name this unit declares (excluding module globals). */
    public List<Symbol> locals() {
        return Collections.unmodifiableList(locals);
    }

    /** Names of enclosing units this unit reads or writes (its upvalues), in first-use order. */
    public List<Symbol> captures() {
        return Collections.unmodifiableList(captures);
    }

    /** Whether it uses {@code Self} of an enclosing method (a lambda or inner process of a method). */
    public boolean capturesSelf() {
        return capturesSelf;
    }

    void addLocal(Symbol s) {
        locals.add(s);
    }

    void addCapture(Symbol s) {
        if (!captures.contains(s)) {
            captures.add(s);
        }
    }

    void markCapturesSelf() {
        capturesSelf = true;
    }

    @Override
    public String toString() {
        return kind + (process != null ? " " + process.name() : "");
    }
}
