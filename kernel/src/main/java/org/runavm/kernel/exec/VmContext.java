package org.runavm.kernel.exec;

import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import org.runavm.kernel.VmStreams;
import org.runavm.kernel.compile.Compiler;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.ffi.ForeignSession;
import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.spi.HeapInspector;
import org.runavm.kernel.loader.Loader;
import org.runavm.kernel.module.NativeModule;
import org.runavm.kernel.sched.Scheduler;
import org.runavm.kernel.security.SecurityPolicy;

/**
 * One VM instance as its engine sees it: the services bound for this instance. Module and tier
 * look-ups go to the service registry on every call, so an engine that asks at a call boundary gets
 * the current bundle (hot swap) while a call in progress finishes with what it had.
 */
@ProviderType
public interface VmContext {
    /** A name for this VM, unique in the framework, for logs and metrics. */
    String id();

    VmConfig config();

    VmStreams streams();

    Heap heap();

    Scheduler scheduler();

    SecurityPolicy security();

    Loader loader();

    /** The compiler, for {@code Import} of {@code .runa} files; empty in a runtime without one. */
    Optional<Compiler> compiler();

    /** The native module called {@code name} as installed now. */
    Optional<NativeModule> module(String name);

    /** The names of the native modules installed now. */
    Set<String> moduleNames();

    /** The tier compiler, unless the JIT is off ({@code --jit off}) or not installed. */
    Optional<TierCompiler> tierCompiler();

    /** This VM's native session (opened on first use); empty without the {@code ffi} bundle. */
    Optional<ForeignSession> foreign();

    /**
     * Walks this VM's live objects ({@code --profile-memory}); empty where the collector offers none.
     *
     * @since 1.1
     */
    default Optional<HeapInspector> heapInspector() {
        return Optional.empty();
    }
}
