package org.runavm.engine.interpreter;

import org.osgi.service.component.annotations.Component;
import org.runavm.engine.interpreter.internal.InterpreterInstance;
import org.runavm.kernel.exec.EngineInstance;
import org.runavm.kernel.exec.ExecutionEngine;
import org.runavm.kernel.exec.VmContext;

/** The bytecode interpreter as an OSGi service; every VM gets its own {@link InterpreterInstance}. */
@Component(service = ExecutionEngine.class, property = ExecutionEngine.NAME_PROPERTY + "=interpreter")
public final class InterpreterEngine implements ExecutionEngine {
    @Override
    public String name() {
        return "interpreter";
    }

    @Override
    public EngineInstance attach(VmContext vm) {
        return new InterpreterInstance(vm);
    }
}
