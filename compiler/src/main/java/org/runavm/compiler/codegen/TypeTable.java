package org.runavm.compiler.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.ast.TypeRef;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;

/**
 * The type section: one Struct per class or actor of the file, and one entry per other type name
 * an instruction or descriptor mentions, interned by the annotation's text. Built-in value types
 * are Primitive; error classes, {@code Actor} and names from modules are External (so they may be
 * extended and caught).
 */
final class TypeTable {

    private static final Set<String> PRIMITIVES = Set.of(
            "Integer", "Decimal", "Boolean", "Text", "Null", "Set", "Tuple", "Function", "Any",
            "Task", "Channel", "Pointer", "Type", "Mutex", "Semaphore", "Iterator", "Generator",
            "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64", "Float32", "Float64",
            "Bytes", "Deque", "PriorityQueue", "Counter", "Instant", "Duration", "Socket", "Server");

    private final ProgramBuilder program;
    private final Map<String, Integer> byName = new HashMap<>();
    private final Map<Stmt, Integer> structs = new IdentityHashMap<>();
    private final Map<String, Stmt> classesByName = new HashMap<>();

    TypeTable(ProgramBuilder program) {
        this.program = program;
    }

    /** Reserves a Struct id for every class and actor, so annotations can name them in any order. */
    void reserve(List<Stmt> declarations) {
        for (Stmt d : declarations) {
            String name = d instanceof Stmt.ClassDecl c ? c.name() : ((Stmt.ActorDecl) d).name();
            int id = program.type(name, new TypeInfo.Struct(List.of(), List.of(), ProgramImage.NO_ID));
            structs.put(d, id);
            classesByName.putIfAbsent(name, d);
            byName.putIfAbsent(name, id);
        }
    }

    /** Fills in every Struct: own fields with slots after the parent's, method ids, parent. */
    void define(List<Stmt> declarations, Units units) {
        for (Stmt d : declarations) {
            List<Stmt.FieldDecl> fields;
            List<Stmt.ProcessDecl> methods;
            int parent;
            if (d instanceof Stmt.ClassDecl c) {
                fields = c.fields();
                methods = c.methods();
                parent = c.parent() == null ? ProgramImage.NO_ID : named(c.parent());
            } else {
                Stmt.ActorDecl a = (Stmt.ActorDecl) d;
                fields = a.fields();
                methods = a.handlers();
                parent = named("Actor");
            }
            int slot = inheritedFieldCount(d);
            List<TypeInfo.Field> infos = new ArrayList<>();
            for (Stmt.FieldDecl f : fields) {
                int flags = f.defaultValue() != null ? TypeInfo.Field.HAS_DEFAULT : 0;
                infos.add(new TypeInfo.Field(f.name(), of(f.type()), slot++, flags));
            }
            List<Integer> methodIds = new ArrayList<>();
            ProgramBuilder.FunctionBuilder init = units.fieldInitialisers.get(d);
            if (init != null) {
                methodIds.add(init.id());
            }
            methods.forEach(m -> methodIds.add(units.functions.get(m).id()));
            program.defineType(structs.get(d), new TypeInfo.Struct(infos, methodIds, parent));
        }
    }

    /**
     * The fields of the ancestors declared in this file. An ancestor imported from another module
     * ({@code extends Benchmark}, {@code extends m.Benchmark}) is not known here, so the slots of a
     * class below it count from that ancestor's first own field onward only: the slots a Struct
     * declares are informative, and the engine lays fields out by name, parent's first, once the
     * imported parent is bound (language notes, "Inheriting from another module").
     */
    private int inheritedFieldCount(Stmt d) {
        int count = 0;
        int guard = 0;
        Stmt current = d;
        while (current instanceof Stmt.ClassDecl c && c.parent() != null && guard++ < 10_000) {
            current = classesByName.get(c.parent());
            if (current instanceof Stmt.ClassDecl p) {
                count += p.fields().size();
            }
        }
        return count;
    }

    /** The Struct id of a class or actor declared in the file. */
    int struct(Stmt declaration) {
        return structs.get(declaration);
    }

    /** The declaration of a class of this file by name, or null. */
    Stmt classNamed(String name) {
        return classesByName.get(name);
    }

    /** The id of an annotation; NO_ID for none. */
    int of(TypeRef t) {
        if (t == null) {
            return ProgramImage.NO_ID;
        }
        String key = t.display();
        Integer known = byName.get(key);
        if (known != null) {
            return known;
        }
        int id;
        if (t.optional()) {
            int inner = of(new TypeRef(t.pos(), t.name(), t.arguments(), false));
            id = program.type(key, new TypeInfo.Optional(inner));
        } else if (t.name().equals("List")) {
            int element = t.arguments().isEmpty() ? ProgramImage.NO_ID : of(t.arguments().get(0));
            id = program.type(key, new TypeInfo.ListOf(element));
        } else if (t.name().equals("Map")) {
            int k = t.arguments().isEmpty() ? ProgramImage.NO_ID : of(t.arguments().get(0));
            int v = t.arguments().size() < 2 ? ProgramImage.NO_ID : of(t.arguments().get(1));
            id = program.type(key, new TypeInfo.MapOf(k, v));
        } else if (!t.arguments().isEmpty()) {
            return of(TypeRef.simple(t.pos(), t.name()));
        } else {
            return named(t.name());
        }
        byName.put(key, id);
        return id;
    }

    /** A type by plain name: a class of the file, a Primitive, or External. */
    int named(String name) {
        Integer known = byName.get(name);
        if (known != null) {
            return known;
        }
        TypeInfo.Shape shape = PRIMITIVES.contains(name) ? new TypeInfo.Primitive() : new TypeInfo.External();
        int id = program.type(name, shape);
        byName.put(name, id);
        return id;
    }
}
