package org.runavm.compiler.frontend.resolve;

import org.runavm.compiler.frontend.ast.Stmt;

/**
 * Declares the names an {@code Import} binds: the module under its alias, or under its own name
 * ({@code "math"} binds {@code math}; {@code "lib/geometry.runa"} binds {@code geometry}), or the
 * listed names of {@code Import a, b from "m"}.
 */
final class ImportBinder {

    private final Resolver r;

    ImportBinder(Resolver resolver) {
        this.r = resolver;
    }

    void bind(Stmt.Import i) {
        if (!i.names().isEmpty()) {
            for (Stmt.ImportedName n : i.names()) {
                r.declare(n, n.name(), SymbolKind.IMPORTED, n.pos());
            }
            return;
        }
        String name = i.alias() != null ? i.alias() : moduleName(i.module());
        if (name == null) {
            r.error(i.pos(), "module \"" + i.module() + "\" has no usable name: write `Import \"" + i.module()
                    + "\" as NAME`");
            return;
        }
        r.declare(i, name, SymbolKind.MODULE, i.pos());
    }

    /** The last path segment without {@code .runa}, when it is a valid name. */
    static String moduleName(String module) {
        String base = module.substring(module.lastIndexOf('/') + 1);
        if (base.endsWith(".runa")) {
            base = base.substring(0, base.length() - 5);
        }
        if (base.isEmpty() || !(Character.isLetter(base.codePointAt(0)) || base.charAt(0) == '_')) {
            return null;
        }
        for (int k = 0; k < base.length(); k++) {
            char c = base.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return null;
            }
        }
        return org.runavm.compiler.frontend.lexer.Keyword.lookup(base) == null ? base : null;
    }
}
