package org.runavm.engine.interpreter.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A class as the engine sees it: a user class of a loaded program, a built-in error class, or a
 * built-in type (Integer, Text, List ...) that {@code type of} returns and {@code is a} tests.
 *
 * <p>Field layout: the engine assigns slots by name, parent's fields first, so a subclass of a
 * built-in error class simply continues after {@code message} and {@code stack_trace}; the slots a
 * program's type section declares are not relied on.
 */
final class ClassInfo {
    /** Built-in type codes; {@link #USER} for classes defined by programs and error classes. */
    static final int USER = 0;

    final int index;
    final String name;
    /**
     * The parent class. Set at construction, except for a class extending a class of another module:
     * that parent is known only once the import binding its name has run, and {@link #linkParent}
     * sets it then.
     */
    ClassInfo parent;
    /** Built-in type code ({@link BuiltinTypes}) or {@link #USER}. */
    final int builtin;
    final List<String> fields = new ArrayList<>();
    final Map<String, Integer> fieldIndex = new HashMap<>();
    /** Method name to global function index, own and inherited. */
    final Map<String, Integer> methods = new HashMap<>();
    /** Own method names in declaration order, for {@code methods()}. */
    final List<String> ownMethods = new ArrayList<>();
    /** Own methods (name to global function index) and own field names, to lay the class out again. */
    private final Map<String, Integer> ownMethodIndex = new HashMap<>();
    private final List<String> ownFields = new ArrayList<>();
    /** The classes created with this one as parent, laid out again when this one is. */
    private final List<ClassInfo> subclasses = new ArrayList<>();
    /** Own declared field type ids (for CHECK_TYPE on assignment), by field name. */
    final Map<String, Integer> fieldTypes = new LinkedHashMap<>();
    /** The function computing this class's own field defaults, or -1. */
    int fieldDefaults = -1;
    /** The program that defines the class, or null for built-in ones. */
    Program program;

    ClassInfo(int index, String name, ClassInfo parent, int builtin) {
        this.index = index;
        this.name = name;
        this.parent = parent;
        this.builtin = builtin;
        if (parent != null) {
            for (String f : parent.fields) {
                addField(f);
            }
            methods.putAll(parent.methods);
            parent.subclasses.add(this);
        }
    }

    /** Declares a field of the class itself (after the inherited ones). */
    void addOwnField(String field) {
        ownFields.add(field);
        addField(field);
    }

    /** Declares a method of the class itself, overriding an inherited one of that name. */
    void addOwnMethod(String method, int function) {
        ownMethodIndex.put(method, function);
        methods.put(method, function);
        ownMethods.add(method);
    }

    /**
     * Gives a class created without its parent (a class of another module, bound by an import that
     * had not run when the class was loaded) that parent: the inherited fields come first, then the
     * own ones, and inherited methods are added under the own ones. Subclasses are laid out again the
     * same way. Done before any instance of these classes exists, since it moves the own fields.
     */
    void linkParent(ClassInfo newParent) {
        parent = newParent;
        newParent.subclasses.add(this);
        layOut();
    }

    private void layOut() {
        fields.clear();
        fieldIndex.clear();
        methods.clear();
        if (parent != null) {
            parent.fields.forEach(this::addField);
            methods.putAll(parent.methods);
        }
        ownFields.forEach(this::addField);
        methods.putAll(ownMethodIndex);
        declaredFieldTypes = null;
        for (ClassInfo sub : subclasses) {
            sub.layOut();
        }
    }

    void addField(String field) {
        if (!fieldIndex.containsKey(field)) {
            fieldIndex.put(field, fields.size());
            fields.add(field);
        }
    }

    /**
     * The declared type of field slot {@code field} and the program its type id belongs to, or
     * {@code null} when the field has no annotation. Computed once per class, on the first write
     * through a reference ({@code p.age = v}), so the check costs an array read afterwards.
     */
    FieldType fieldType(int field) {
        FieldType[] types = declaredFieldTypes;
        if (types == null) {
            types = new FieldType[fields.size()];
            for (int i = 0; i < types.length; i++) {
                String name = fields.get(i);
                for (ClassInfo c = this; c != null; c = c.parent) {
                    Integer typeId = c.fieldTypes.get(name);
                    if (typeId != null) {
                        types[i] = typeId < 0 || c.program == null ? null : new FieldType(c.program, typeId, name);
                        break;
                    }
                }
            }
            declaredFieldTypes = types;
        }
        return field < types.length ? types[field] : null;
    }

    /** A field's annotation: its type id in the program that declared the field. */
    record FieldType(Program program, int typeId, String name) {
    }

    private volatile FieldType[] declaredFieldTypes;

    /** Whether this class is {@code other} or extends it. */
    boolean isSubclassOf(ClassInfo other) {
        for (ClassInfo c = this; c != null; c = c.parent) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    /** All method names, inherited first, for introspection. */
    List<String> allMethodNames() {
        List<String> out = parent == null ? new ArrayList<>() : parent.allMethodNames();
        for (String m : ownMethods) {
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
