package org.runavm.ffi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignType;
import org.runavm.kernel.ffi.Pointer;

@SuppressWarnings("restricted")   // the tests look at native memory directly
class NativeMemoryTest {
    private final NativeMemory memory = new NativeMemory();

    @AfterEach
    void freeAll() {
        memory.freeAll();
    }

    @Test
    void allocatesZeroedMemoryAndFreesIt() {
        long address = memory.allocate(32);
        MemorySegment block = MemorySegment.ofAddress(address).reinterpret(32);
        for (long i = 0; i < 32; i++) {
            assertEquals(0, block.get(ValueLayout.JAVA_BYTE, i));
        }
        assertTrue(memory.isLive(address));
        memory.free(address);
        assertFalse(memory.isLive(address));
        assertEquals(0, memory.liveBlocks());
    }

    @Test
    void aDoubleFreeIsAnErrorNotACrash() {
        long address = memory.allocate(8);
        memory.free(address);
        ForeignException e = assertThrows(ForeignException.class, () -> memory.free(address));
        assertEquals("native memory at 0x" + Long.toHexString(address) + " was already freed", e.getMessage());
    }

    @Test
    void freeingMemoryNotAllocatedHereIsRefused() {
        long address = memory.allocate(8);
        ForeignException inside = assertThrows(ForeignException.class, () -> memory.free(address + 1));
        assertEquals("0x" + Long.toHexString(address + 1) + " is inside the block at 0x" + Long.toHexString(address)
                + ": free the address the allocation returned", inside.getMessage());
        assertEquals("0x10 is not native memory allocated by this VM",
                assertThrows(ForeignException.class, () -> memory.free(16)).getMessage());
        assertThrows(ForeignException.class, () -> memory.free(0));
        assertTrue(memory.isLive(address), "a refused free frees nothing");
    }

    @Test
    void anAddressHandedOutAgainCanBeFreedAgain() {
        long first = memory.allocate(24);
        memory.free(first);
        long second = memory.allocate(24);   // malloc usually reuses the block just freed
        memory.free(second);
        assertEquals(0, memory.liveBlocks());
    }

    @Test
    void negativeSizesAreRefusedAndZeroIsAllowed() {
        assertEquals("cannot allocate -1 bytes of native memory",
                assertThrows(ForeignException.class, () -> memory.allocate(-1)).getMessage());
        long empty = memory.allocate(0);
        assertNotEquals(0, empty);
        memory.free(empty);
    }

    @Test
    void cStringsRoundTripIncludingNonAscii() {
        for (String text : new String[] {"", "hello", "héllo wörld", "日本語テキスト", "emoji 🎉 ok"}) {
            long address = memory.toCString(text);
            assertEquals(text, memory.fromCString(address));
            memory.free(address);
        }
    }

    @Test
    void cStringsAreUtf8AndNulTerminated() {
        long address = memory.toCString("é");
        MemorySegment bytes = MemorySegment.ofAddress(address).reinterpret(3);
        assertEquals((byte) 0xC3, bytes.get(ValueLayout.JAVA_BYTE, 0));
        assertEquals((byte) 0xA9, bytes.get(ValueLayout.JAVA_BYTE, 1));
        assertEquals(0, bytes.get(ValueLayout.JAVA_BYTE, 2));
    }

    @Test
    void textWithNulCannotBeACString() {
        assertEquals("text with a NUL character (at index 1) cannot be a C string",
                assertThrows(ForeignException.class, () -> memory.toCString("a\0b")).getMessage());
    }

    @Test
    void readsStopAtTheEndOfTheBlock() {
        long address = memory.allocate(4);
        MemorySegment.ofAddress(address).reinterpret(4).fill((byte) 'x');
        ForeignException e = assertThrows(ForeignException.class, () -> memory.fromCString(address + 1));
        assertEquals("no C string at 0x" + Long.toHexString(address + 1)
                + ": no NUL byte before the end of its 4-byte block", e.getMessage());
        MemorySegment.ofAddress(address).reinterpret(4).set(ValueLayout.JAVA_BYTE, 3, (byte) 0);
        assertEquals("xx", memory.fromCString(address + 1));
    }

    @Test
    void theNullPointerIsNoString() {
        assertEquals("cannot read a C string at the null pointer",
                assertThrows(ForeignException.class, () -> memory.fromCString(0)).getMessage());
    }

    @Test
    void readsAndWritesTypedValues() {
        long block = memory.allocate(16);
        memory.write(block, ForeignType.INT32, -5L);
        memory.write(block + 4, ForeignType.UINT16, 65535L);
        memory.write(block + 6, ForeignType.INT8, -1L);
        memory.write(block + 7, ForeignType.UINT8, 200L);
        memory.write(block + 8, ForeignType.DECIMAL, 0.25);
        assertEquals(-5L, memory.read(block, ForeignType.INT32));
        assertEquals(65535L, memory.read(block + 4, ForeignType.UINT16));
        assertEquals(-1L, memory.read(block + 6, ForeignType.INT8));
        assertEquals(200L, memory.read(block + 7, ForeignType.UINT8));
        assertEquals(0.25, memory.read(block + 8, ForeignType.DECIMAL));
        memory.write(block + 8, ForeignType.POINTER, new Pointer(block));
        assertEquals(new Pointer(block), memory.read(block + 8, ForeignType.POINTER));
        assertEquals(-1L, memory.read(block + 5, ForeignType.INT16), "an unaligned read");
    }

    @Test
    void accessesStayInsideTheirBlock() {
        long block = memory.allocate(6);
        ForeignException read = assertThrows(ForeignException.class, () -> memory.read(block + 4, ForeignType.INT32));
        assertEquals("cannot read Int32 at 0x" + Long.toHexString(block + 4) + ": it passes the end of its 6-byte block",
                read.getMessage());
        assertThrows(ForeignException.class, () -> memory.write(block, ForeignType.INT64, 1L));
        assertEquals("cannot write Int32 at the null pointer",
                assertThrows(ForeignException.class, () -> memory.write(0, ForeignType.INT32, 1L)).getMessage());
    }

    @Test
    void writtenValuesAreRangeChecked() {
        long block = memory.allocate(1);
        ForeignException e = assertThrows(ForeignException.class, () -> memory.write(block, ForeignType.UINT8, 256L));
        assertEquals("the value written at 0x" + Long.toHexString(block) + " (UInt8) cannot hold 256; its range is 0..255",
                e.getMessage());
    }
}
