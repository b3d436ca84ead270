package org.runavm.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PermissionTest {

    @Test
    void displayNamesAreTheUserFacingNames() {
        assertEquals(List.of("fs read", "fs write", "net connect", "net listen", "process", "env", "sys", "user",
                        "time", "random", "ffi", "device"),
                Arrays.stream(Permission.values()).map(Permission::displayName).toList());
        assertEquals("fs read", Permission.FS_READ.toString());
    }

    @Test
    void lookUpByDisplayOrConstantName() {
        assertEquals(Optional.of(Permission.NET_CONNECT), Permission.byName("net connect"));
        assertEquals(Optional.of(Permission.NET_CONNECT), Permission.byName("NET_CONNECT"));
        assertEquals(Optional.of(Permission.ENV), Permission.byName(" Env "));
        assertEquals(Optional.empty(), Permission.byName("network"));
    }

    @Test
    void families() {
        assertTrue(Permission.FS_WRITE.isFileSystem());
        assertFalse(Permission.DEVICE.isFileSystem());
        assertTrue(Permission.NET_LISTEN.isNetwork());
        assertEquals(List.of(Permission.TIME, Permission.RANDOM),
                Arrays.stream(Permission.values()).filter(Permission::allowedByDefault).toList());
    }
}
