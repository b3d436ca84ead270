package org.runavm.ffi.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SequencedSet;
import java.util.concurrent.ConcurrentSkipListMap;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignSession;
import org.runavm.kernel.ffi.ForeignType;

/**
 * The native memory one session handed out, block by block ({@code Memory.allocate},
 * {@code to_c_string}). Every live block is recorded by address, so a free of anything else is
 * refused with a message instead of corrupting the C heap, and reads of a C string stop at the end of
 * the block that holds it. Closing frees every block still live.
 *
 * <p>Recently freed addresses are remembered (a bounded number) only to word the message for a
 * double free; an address that {@code calloc} hands out again is forgotten there.
 */
final class NativeMemory {
    private static final int REMEMBERED_FREES = 4096;

    private final NavigableMap<Long, Long> live = new ConcurrentSkipListMap<>();
    private final SequencedSet<Long> freed = new LinkedHashSet<>();

    long allocate(long bytes) {
        if (bytes < 0) {
            throw new ForeignException("cannot allocate " + bytes + " bytes of native memory");
        }
        long address = CRuntime.calloc(Math.max(bytes, 1));
        if (address == 0) {
            throw new ForeignException("out of native memory allocating " + bytes + " bytes");
        }
        synchronized (freed) {
            freed.remove(address);
        }
        live.put(address, bytes);
        return address;
    }

    void free(long address) {
        if (live.remove(address) == null) {
            boolean twice;
            synchronized (freed) {
                twice = freed.contains(address);
            }
            Map.Entry<Long, Long> block = live.floorEntry(address);
            if (!twice && block != null && address < block.getKey() + block.getValue()) {
                throw new ForeignException("0x" + Long.toHexString(address) + " is inside the block at 0x"
                        + Long.toHexString(block.getKey()) + ": free the address the allocation returned");
            }
            throw new ForeignException(twice
                    ? "native memory at 0x" + Long.toHexString(address) + " was already freed"
                    : "0x" + Long.toHexString(address) + " is not native memory allocated by this VM");
        }
        CRuntime.free(address);
        synchronized (freed) {
            freed.addLast(address);
            if (freed.size() > REMEMBERED_FREES) {
                freed.removeFirst();
            }
        }
    }

    long toCString(String text) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new ForeignException("text with a NUL character (at index " + nul
                    + ") cannot be a C string");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long address = allocate(bytes.length + 1L);   // calloc zeroed the terminator
        MemorySegment.copy(bytes, 0, segment(address, bytes.length), ValueLayout.JAVA_BYTE, 0, bytes.length);
        return address;
    }

    String fromCString(long address) {
        if (address == 0) {
            throw new ForeignException("cannot read a C string at the null pointer");
        }
        Map.Entry<Long, Long> block = live.floorEntry(address);
        if (block != null && address < block.getKey() + block.getValue()) {
            long limit = block.getKey() + block.getValue() - address;
            MemorySegment bounded = segment(address, limit);
            if (indexOfNul(bounded) < 0) {
                throw new ForeignException("no C string at 0x" + Long.toHexString(address)
                        + ": no NUL byte before the end of its " + block.getValue() + "-byte block");
            }
            return bounded.getString(0, StandardCharsets.UTF_8);
        }
        // memory from native code: C promises the terminator, as strlen would
        return segment(address, Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8);
    }

    /** Reads a value of {@code type} at {@code address} (see {@link ForeignSession#read}). */
    Object read(long address, ForeignType type) {
        ValueLayout layout = access(address, type, "read");
        return ResultConverter.toJava(type, layout.varHandle().get(segment(address, layout.byteSize()), 0L));
    }

    /** Writes {@code value} as {@code type} at {@code address} (see {@link ForeignSession#write}). */
    void write(long address, ForeignType type, Object value) {
        ValueLayout layout = access(address, type, "write");
        Object carrier = ArgumentConverter.toNative(type, value, "the value written at 0x" + Long.toHexString(address));
        layout.varHandle().set(segment(address, layout.byteSize()), 0L, carrier);
    }

    /** The unaligned layout of an access to {@code address}, after checking it stays inside its block. */
    private ValueLayout access(long address, ForeignType type, String verb) {
        if (type == ForeignType.VOID) {
            throw new ForeignException("cannot " + verb + " a Void value");
        }
        if (address == 0) {
            throw new ForeignException("cannot " + verb + " " + type.runaName() + " at the null pointer");
        }
        ValueLayout layout = NativeTypes.layout(type).withByteAlignment(1);
        Map.Entry<Long, Long> block = live.floorEntry(address);
        if (block != null && address < block.getKey() + Math.max(block.getValue(), 1)
                && address + layout.byteSize() > block.getKey() + block.getValue()) {
            throw new ForeignException("cannot " + verb + " " + type.runaName() + " at 0x" + Long.toHexString(address)
                    + ": it passes the end of its " + block.getValue() + "-byte block");
        }
        return layout;
    }

    /** Whether {@code address} starts a live block. */
    boolean isLive(long address) {
        return live.containsKey(address);
    }

    int liveBlocks() {
        return live.size();
    }

    /** Frees every live block. */
    void freeAll() {
        for (Long address : live.keySet()) {
            if (live.remove(address) != null) {
                CRuntime.free(address);
            }
        }
    }

    private static long indexOfNul(MemorySegment segment) {
        for (long i = 0; i < segment.byteSize(); i++) {
            if (segment.get(ValueLayout.JAVA_BYTE, i) == 0) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("restricted")   // sizes come from the session's own blocks, or C's promise of a NUL
    private static MemorySegment segment(long address, long size) {
        return MemorySegment.ofAddress(address).reinterpret(size);
    }
}
