package org.runavm.stdlib.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.module.NativeFunction;
import org.runavm.kernel.module.NativeModule;
import org.runavm.kernel.module.NativeObject;
import org.runavm.kernel.security.SecurityViolation;

/**
 * A native module bound as one VM would bind it ({@link NativeModule#define} called once), with
 * calls by name. {@link #raises} and {@link #denied} assert the failure a call must end in.
 */
public final class ModuleHarness {
    private record Declared(int min, int max, NativeFunction function) {
    }

    private final TestEnvironment environment;
    private final Map<String, Declared> functions = new LinkedHashMap<>();
    private final Map<String, Object> constants = new LinkedHashMap<>();
    private final Map<String, Map<String, NativeFunction>> types = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();

    public ModuleHarness(NativeModule module, TestEnvironment environment) {
        this.environment = environment;
        module.define(new ModuleDefinition() {
            @Override
            public void function(String name, int minArity, int maxArity, NativeFunction function) {
                if (minArity < 0 || maxArity != ANY && maxArity < minArity) {
                    throw new AssertionError(name + ": bad arity " + minArity + ".." + maxArity);
                }
                declareOnce(name, functions.put(name, new Declared(minArity, maxArity, function)));
            }

            @Override
            public void constant(String name, Object value) {
                JavaValues.requireMapped(value);
                declareOnce(name, constants.put(name, value));
            }

            @Override
            public void type(String typeName, Map<String, NativeFunction> methods) {
                declareOnce(typeName, types.put(typeName, Map.copyOf(methods)));
            }

            @Override
            public void source(String fileName, String runaSource) {
                if (runaSource == null || runaSource.isBlank()) {
                    throw new AssertionError(fileName + ": empty Runa source");
                }
                declareOnce(fileName, sources.put(fileName, runaSource));
            }
        });
    }

    /** A harness for {@code module} with every permission granted. */
    public static ModuleHarness of(NativeModule module) {
        return new ModuleHarness(module, TestEnvironment.unrestricted());
    }

    private static void declareOnce(String name, Object previous) {
        if (previous != null) {
            throw new AssertionError(name + " declared twice");
        }
    }

    public TestEnvironment environment() {
        return environment;
    }

    public Set<String> functionNames() {
        return functions.keySet();
    }

    public Set<String> constantNames() {
        return constants.keySet();
    }

    /** The methods declared for native type {@code typeName}. */
    public Set<String> methodNames(String typeName) {
        Map<String, NativeFunction> methods = types.get(typeName);
        if (methods == null) {
            throw new AssertionError("no native type " + typeName);
        }
        return methods.keySet();
    }

    /** The Runa source the module contributes, by file name (the harness does not compile it). */
    public Map<String, String> sources() {
        return java.util.Collections.unmodifiableMap(sources);
    }

    public Object constant(String name) {
        if (!constants.containsKey(name)) {
            throw new AssertionError("no constant " + name);
        }
        return constants.get(name);
    }

    /** Calls function {@code name}, checking its declared arity as an engine does. */
    public Object call(String name, Object... arguments) {
        Declared declared = functions.get(name);
        if (declared == null) {
            throw new AssertionError("no function " + name);
        }
        int n = arguments.length;
        if (n < declared.min() || declared.max() != ModuleDefinition.ANY && n > declared.max()) {
            throw new NativeError("TypeError", name + " takes " + declared.min() + ".." + declared.max()
                    + " arguments, not " + n);
        }
        TestCall call = new TestCall(environment, null, arguments);
        declared.function().invoke(call);
        return call.result();
    }

    /** Calls method {@code name} of a native-type value. */
    public Object callMethod(Object receiver, String name, Object... arguments) {
        if (!(receiver instanceof NativeObject object)) {
            throw new AssertionError("not a native object: " + receiver);
        }
        NativeFunction method = types.getOrDefault(object.typeName(), Map.of()).get(name);
        if (method == null) {
            throw new AssertionError(object.typeName() + " has no method " + name);
        }
        TestCall call = new TestCall(environment, object, arguments);
        method.invoke(call);
        return call.result();
    }

    /** Asserts that calling {@code name} raises a Runa error of {@code errorType}; returns its message. */
    public String raises(String errorType, String name, Object... arguments) {
        return expectError(errorType, () -> call(name, arguments));
    }

    /** Asserts that calling method {@code name} raises a Runa error of {@code errorType}. */
    public String methodRaises(String errorType, Object receiver, String name, Object... arguments) {
        return expectError(errorType, () -> callMethod(receiver, name, arguments));
    }

    private static String expectError(String errorType, Runnable action) {
        try {
            action.run();
        } catch (NativeError e) {
            if (!e.errorType().equals(errorType)) {
                throw new AssertionError("expected " + errorType + " but got " + e.errorType() + ": " + e.getMessage(), e);
            }
            return e.getMessage();
        }
        throw new AssertionError("expected " + errorType + " but the call succeeded");
    }

    /** Asserts that calling {@code name} is denied by the security policy; returns the message. */
    public String denied(String name, Object... arguments) {
        try {
            call(name, arguments);
        } catch (SecurityViolation e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a security violation but " + name + " succeeded");
    }
}
