package org.runavm.bytecode.internal.verify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.runavm.bytecode.internal.format.RunabLayout;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;

/**
 * The type section: ids equal positions, every type id reference is in range (or NO_ID where
 * "none" makes sense), struct fields have distinct names and slots, methods are functions, and the
 * parent chain is acyclic and made of structs or external types.
 */
final class TypeChecks {

    private static final int KNOWN_FIELD_FLAGS =
            TypeInfo.Field.PRIVATE | TypeInfo.Field.HAS_DEFAULT | TypeInfo.Field.CONSTANT;

    private final ProgramImage image;
    private final Problems problems;

    TypeChecks(ProgramImage image, Problems problems) {
        this.image = image;
        this.problems = problems;
    }

    void run() {
        List<TypeInfo> types = image.types();
        for (int i = 0; i < types.size(); i++) {
            TypeInfo t = types.get(i);
            if (t.id() != i) {
                problem(t, "has id " + t.id() + " at position " + i + " (ids must equal positions)");
            }
            if (t.name().isEmpty()) {
                problem(t, "has an empty name");
            }
            switch (t.shape()) {
                case TypeInfo.Struct s -> struct(t, s);
                case TypeInfo.ListOf l -> ref(t, l.elementTypeId(), "element type");
                case TypeInfo.MapOf m -> {
                    ref(t, m.keyTypeId(), "key type");
                    ref(t, m.valueTypeId(), "value type");
                }
                case TypeInfo.FunctionSig f -> {
                    f.parameterTypeIds().forEach(p -> ref(t, p, "parameter type"));
                    ref(t, f.returnTypeId(), "return type");
                }
                case TypeInfo.Optional o -> required(t, o.innerTypeId(), "inner type");
                case TypeInfo.Union u -> u.memberTypeIds().forEach(m -> required(t, m, "member type"));
                default -> { }
            }
        }
    }

    private void struct(TypeInfo t, TypeInfo.Struct s) {
        Set<String> names = new HashSet<>();
        Set<Integer> slots = new HashSet<>();
        for (TypeInfo.Field f : s.fields()) {
            if (!names.add(f.name())) {
                problem(t, "declares field " + f.name() + " twice");
            }
            if (!slots.add(f.slot())) {
                problem(t, "gives slot " + f.slot() + " to two fields");
            }
            ref(t, f.typeId(), "type of field " + f.name());
            if ((f.flags() & ~KNOWN_FIELD_FLAGS) != 0) {
                problem(t, "field " + f.name() + " has unknown flags " + f.flags());
            }
        }
        for (int m : s.methodIds()) {
            if (m < 0 || m >= image.functions().size()) {
                problem(t, "has method " + m + " but there are " + image.functions().size() + " functions");
            } else if (!image.functions().get(m).upvalues().isEmpty()) {
                problem(t, "has method " + m + ", which captures variables (a method cannot be a closure)");
            }
        }
        if (s.parentId() != ProgramImage.NO_ID && required(t, s.parentId(), "parent")) {
            TypeInfo.Shape parent = image.types().get(s.parentId()).shape();
            if (!(parent instanceof TypeInfo.Struct) && !(parent instanceof TypeInfo.External)) {
                problem(t, "extends type " + s.parentId() + ", which is not a class");
            } else if (cyclic(t.id())) {
                problem(t, "is its own ancestor");
            }
        }
    }

    /**
     * Whether the parent chain from a type comes back to a type on it. Linear over all types: each
     * chain is walked once, and types already known to reach a root stop later walks.
     */
    private boolean cyclic(int start) {
        if (acyclic == null) {
            acyclic = new byte[image.types().size()];
        }
        java.util.List<Integer> path = new java.util.ArrayList<>();
        java.util.Set<Integer> onPath = new HashSet<>();
        int at = start;
        boolean cycle = false;
        while (at >= 0 && at < image.types().size() && acyclic[at] == 0
                && image.types().get(at).shape() instanceof TypeInfo.Struct s) {
            if (!onPath.add(at)) {
                cycle = true;
                break;
            }
            path.add(at);
            at = s.parentId();
        }
        if (at >= 0 && at < acyclic.length && acyclic[at] == 2) {
            cycle = true;
        }
        for (int t : path) {
            acyclic[t] = (byte) (cycle ? 2 : 1);
        }
        return cycle;
    }

    /** Per type: 0 unknown, 1 reaches a root, 2 on or leads into a cycle. */
    private byte[] acyclic;

    /** A type id that may be NO_ID (untyped). */
    private void ref(TypeInfo t, int id, String what) {
        if (id != ProgramImage.NO_ID) {
            required(t, id, what);
        }
    }

    private boolean required(TypeInfo t, int id, String what) {
        if (id < 0 || id >= image.types().size()) {
            problem(t, "has " + what + " " + id + " but there are " + image.types().size() + " types");
            return false;
        }
        return true;
    }

    private void problem(TypeInfo t, String message) {
        problems.add(RunabLayout.TYPES, "type #" + t.id() + " " + t.name() + " " + message);
    }
}
