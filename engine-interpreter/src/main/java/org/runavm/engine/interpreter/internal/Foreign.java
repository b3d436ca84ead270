package org.runavm.engine.interpreter.internal;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignLibrary;
import org.runavm.kernel.ffi.ForeignSession;
import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.Decision;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.SecurityPolicy;
import org.runavm.kernel.security.SecurityViolation;

/**
 * One run's foreign-function state, shared by the run's tasks: the VM's {@link ForeignSession}
 * (opened on first use; the VM closes it, which frees the native memory still held), the libraries
 * opened and the functions linked so far, the native blocks the program allocated, and the callbacks
 * made from Runa processes.
 *
 * <p>Blocks are numbered, never reusing a number, and a Pointer remembers the number of the block it
 * points into. So a Pointer to freed memory is recognised even after C hands the same address out
 * again: using it is an {@code FFIError}, not a read of someone else's memory.
 */
final class Foreign {
    /** Target of the {@code ffi} permission for memory operations of a program that declares no library. */
    static final String MEMORY_TARGET = "memory";

    private final Vm vm;
    private final Map<String, ForeignLibrary> libraries = new ConcurrentHashMap<>();
    /** Linked functions by engine function index. */
    private final Map<Integer, ForeignCalls.Linked> linked = new ConcurrentHashMap<>();
    /** Live blocks: number to {base address, size}, and base address to {number, size}. */
    private final Map<Long, long[]> blockAddresses = new ConcurrentHashMap<>();
    private final NavigableMap<Long, long[]> blocksByAddress = new ConcurrentSkipListMap<>();
    private final AtomicLong nextBlock = new AtomicLong(1);
    /** Libraries the loaded programs declare (a memory operation is allowed when calling one of them is). */
    private final Set<String> declared = ConcurrentHashMap.newKeySet();
    /** Callbacks made from functions without captures, by function index and signature. */
    final Map<String, Long> callbacks = new ConcurrentHashMap<>();
    /** Processes with captures handed to C: rooted here for the rest of the run, since C may keep them. */
    final RootedTable callbackTargets = new RootedTable();
    /** How many closures were rooted in {@link #callbackTargets} (their slot names); guarded by it. */
    int closures;

    Foreign(Vm vm) {
        this.vm = vm;
        vm.addRoots(callbackTargets);
    }

    /** The VM's session; FFIError when the distribution has no foreign-function support. */
    ForeignSession session() {
        return vm.ctx.foreign().orElseThrow(() -> new ForeignException(
                "this distribution has no foreign-function support (the ffi bundle is not installed); "
                        + "run the program with one that has it (standard or server)"));
    }

    /** Library {@code name}, opened once per run. */
    ForeignLibrary library(String name) {
        ForeignLibrary library = libraries.get(name);
        if (library == null) {
            library = libraries.computeIfAbsent(name, n -> session().open(n));
        }
        return library;
    }

    ForeignCalls.Linked linked(Fn fn) {
        return linked.get(fn.index);
    }

    void link(Fn fn, ForeignCalls.Linked function) {
        linked.putIfAbsent(fn.index, function);
    }

    // ---- security --------------------------------------------------------------------------------

    /** Requires the {@code ffi} permission for {@code library} (no side effect happened yet). */
    void requireLibrary(String library) {
        vm.ctx.security().require(Permission.FFI, library);
    }

    void declare(List<String> libraries) {
        declared.addAll(libraries);
    }

    /**
     * Requires the {@code ffi} permission for a native-memory operation: allowed when calling one of
     * the libraries the program declares is allowed ({@code --allow-ffi=libc} lets the seed's
     * {@code printf} program make its C strings), or, without a declared library, for target
     * {@code memory}. A sandbox without the permission cannot read or write native memory at all.
     */
    void requireMemory() {
        SecurityPolicy policy = vm.ctx.security();
        List<String> targets = declared.isEmpty() ? List.of(MEMORY_TARGET) : List.copyOf(declared);
        AccessRequest deniedRequest = null;
        Decision denied = null;
        for (String target : targets) {
            AccessRequest request = new AccessRequest(Permission.FFI, target);
            Decision decision = policy.check(request);
            if (decision.allowed()) {
                return;
            }
            if (denied == null) {
                deniedRequest = request;
                denied = decision;
            }
        }
        throw new SecurityViolation(deniedRequest, denied);
    }

    // ---- native memory ---------------------------------------------------------------------------

    /** Records a block the session allocated; returns its number. */
    long addBlock(long address, long size) {
        long number = nextBlock.getAndIncrement();
        blockAddresses.put(number, new long[] {address, size});
        blocksByAddress.put(address, new long[] {number, size});
        return number;
    }

    /** Whether block {@code number} is still allocated (0, memory from C, always counts as live). */
    boolean isLive(long number) {
        return number == 0 || blockAddresses.containsKey(number);
    }

    /** Forgets block {@code number} once the session freed it. */
    void removeBlock(long number) {
        long[] block = blockAddresses.remove(number);
        if (block != null) {
            blocksByAddress.remove(block[0]);
        }
    }

    /** The number of the live block that holds {@code address}, or 0 (memory from C). */
    long blockAt(long address) {
        Map.Entry<Long, long[]> e = blocksByAddress.floorEntry(address);
        if (e != null && address < e.getKey() + Math.max(e.getValue()[1], 1)) {
            return e.getValue()[0];
        }
        return 0;
    }

    /** Raises FFIError when {@code block} was freed: a freed Pointer is never handed to C or read. */
    void checkLive(long block, long address, String use) {
        if (!isLive(block)) {
            throw new ForeignException(use + ": the native memory at 0x" + Long.toHexString(address)
                    + " was already freed");
        }
    }

    /**
     * Checks an access of {@code bytes} at {@code address} through a Pointer of {@code block}: the block
     * must be live and, for the VM's own memory, hold the whole access (memory from C is trusted, as C
     * trusts it).
     */
    void checkAccess(long block, long pointer, long address, long bytes, String use) {
        checkLive(block, pointer, use);
        long[] b = block == 0 ? null : blockAddresses.get(block);
        if (b != null && (address < b[0] || address + bytes > b[0] + b[1])) {
            throw new ForeignException(use + ": " + bytes + " byte" + (bytes == 1 ? "" : "s") + " at offset "
                    + (address - b[0]) + " are outside the " + b[1] + "-byte block at 0x" + Long.toHexString(b[0]));
        }
    }
}
