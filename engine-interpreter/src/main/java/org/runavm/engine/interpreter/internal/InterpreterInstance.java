package org.runavm.engine.interpreter.internal;

import java.util.List;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.exec.EngineInstance;
import org.runavm.kernel.exec.ExecutionResult;
import org.runavm.kernel.exec.UncaughtError;
import org.runavm.kernel.exec.VmContext;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.module.ProgramExit;
import org.runavm.kernel.value.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs programs in one VM: attaches the calling thread as a mutator, loads the program, runs its
 * top-level code, then {@code main} as cli.md's "Program entry" says, and turns whatever ended the
 * run into an {@link ExecutionResult}. Every run has its own VM state ({@link Vm}: stacks, output,
 * tasks, limits); the tables and the modules loaded so far ({@link VmTables}) last from one run to
 * the next, so an imported module runs once per VM, not once per run.
 */
public final class InterpreterInstance implements EngineInstance {
    private static final Logger LOG = LoggerFactory.getLogger(InterpreterInstance.class);
    private final VmContext ctx;
    private final int maxDepth;
    /** What the VM's runs share: created by the first run, released by {@link #close}. */
    private VmTables tables;

    public InterpreterInstance(VmContext ctx) {
        this(ctx, 100_000);
    }

    /** @param maxDepth the call depth at which StackOverflowError is raised */
    public InterpreterInstance(VmContext ctx, int maxDepth) {
        this.ctx = ctx;
        this.maxDepth = maxDepth;
    }

    @Override
    public ExecutionResult run(ProgramImage image, List<String> arguments) {
        Mutator mut = ctx.heap().attach();
        Vm vm = null;
        try {
            vm = new Vm(ctx, mut, tables());
            vm.maxDepth = maxDepth;
            vm.arguments = List.copyOf(arguments);
            vm.currentTask = Tasks.mainTask(vm);
            vm.memoryProfile = MemoryProfile.startIfAsked(vm);
            vm.cpuProfile = CpuProfile.startIfAsked(vm);
            return execute(vm, image, arguments);
        } finally {
            if (vm != null) {
                if (vm.currentTask != null) {
                    // done before the run waits for the other tasks, so one awaiting the program's own
                    // task does not wait for the run that waits for it
                    vm.currentTask.thread = null;
                    vm.currentTask.done.complete(null);
                }
                vm.tasks.joinAll(vm);
                vm.flush();
                if (vm.cpuProfile != null) {
                    vm.cpuProfile.finish(vm);
                }
                if (vm.memoryProfile != null) {
                    vm.memoryProfile.finish(vm); // before the run's values are let go
                }
                ExecutionProfile.recordIfAsked(vm);
                vm.releaseRoots();
            }
            mut.close();
        }
    }

    private synchronized VmTables tables() {
        if (tables == null) {
            tables = new VmTables();
        }
        return tables;
    }

    private ExecutionResult execute(Vm vm, ProgramImage image, List<String> arguments) {
        try {
            Program program = new Program(vm, image, null, false);
            vm.main = program;
            ExecutionProfile.applyIfAsked(vm, program);
            RunaModules.runTopLevel(vm, program);
            int status = runMain(vm, program, arguments);
            vm.flush();
            return ExecutionResult.success(status);
        } catch (ThrownError e) {
            vm.flush();
            vm.tasks.cancelAll();
            return ExecutionResult.failure(Errors.uncaught(vm));
        } catch (ProgramStop stop) {
            vm.flush();
            vm.tasks.cancelAll();
            return ExecutionResult.failure(new UncaughtError(stop.type, stop.getMessage(), vm.stackFrames(), true));
        } catch (ProgramExit exit) {
            vm.flush();
            vm.tasks.cancelAll();
            return ExecutionResult.success(exit.status());
        } catch (RuntimeException | StackOverflowError fault) {
            vm.flush();
            vm.tasks.cancelAll();
            LOG.debug("engine fault", fault);
            return ExecutionResult.failure(new UncaughtError("Error", "internal error in the interpreter: " + fault,
                    List.of(), false));
        }
    }

    private static int runMain(Vm vm, Program program, List<String> arguments) {
        int slot = program.globals.slot("main");
        if (slot < 0 || program.globals.t[slot] != Tag.IMMEDIATE
                || Imm.kind(program.globals.p[slot]) != Imm.FUNCTION) {
            return 0;
        }
        Fn main = vm.fns.get(Imm.index(program.globals.p[slot]));
        if (main.calls > 0) {
            return 0;
        }
        ValueStack st = vm.st;
        int at = st.sp;
        st.push(Tag.IMMEDIATE, program.globals.p[slot]);
        int argc = 0;
        if (main.params == 1) {
            JavaValues.push(vm, new java.util.ArrayList<Object>(arguments));
            argc = 1;
        }
        vm.interp.calls().callNested(at + 1, argc);
        int status = st.t[at] == Tag.INTEGER ? (int) st.p[at] : 0;
        st.sp = at;
        return status;
    }

    @Override
    public void close() {
        // Each run attaches and detaches its own mutator; what the runs share goes with the VM.
        VmTables shared;
        synchronized (this) {
            shared = tables;
            tables = null;
        }
        if (shared != null) {
            shared.close();
        }
    }
}
