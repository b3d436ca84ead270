package org.runavm.stdlib.system.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.Permission;

/**
 * {@code args()}, {@code env(name, default)} and {@code env_all()}. {@code env_all} returns the
 * variables the policy lets the program read, each checked by name, so {@code --allow-env=HOME} shows
 * {@code HOME} only and {@code --deny-env=AWS_*} hides those variables (decision 084). It never raises.
 */
final class EnvironmentFunctions {
    private EnvironmentFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function("args", 0, 0, call -> call.returnValue(new ArrayList<Object>(call.environment().programArguments())));
        d.function("env", 1, 2, call -> {
            String name = call.text(0);
            call.environment().security().require(Permission.ENV, name);
            String value = call.environment().environment().get(name);
            if (value != null) {
                call.returnText(value);
            } else if (call.argumentCount() > 1) {
                call.returnValue(call.argument(1));
            } else {
                call.returnNull();
            }
        });
        d.function("env_all", 0, 0, call -> {
            Map<Object, Object> visible = new LinkedHashMap<>();
            // sorted, so the result does not depend on the host's hash order
            new TreeMap<>(call.environment().environment()).forEach((name, value) -> {
                if (call.environment().security().check(AccessRequest.of(Permission.ENV, name)).allowed()) {
                    visible.put(name, value);
                }
            });
            call.returnValue(visible);
        });
    }
}
