package org.runavm.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PermissionFlagTest {
    @Test
    void keepsTheRawValueAndKnowsItsFamily() {
        PermissionFlag flag = new PermissionFlag("allow-fs", "read:/data,write:/tmp/out");
        assertEquals("read:/data,write:/tmp/out", flag.value());
        assertEquals("fs", flag.permission());
        assertTrue(flag.allow());
        assertFalse(new PermissionFlag("deny-net", "example.com").allow());
    }

    @Test
    void aMissingValueIsEmpty() {
        PermissionFlag flag = new PermissionFlag("allow-env", null);
        assertEquals("", flag.value());
        assertFalse(flag.hasValue());
    }

    @Test
    void listsFourteenFlags() {
        assertEquals(14, PermissionFlag.flagNames().size());
        assertEquals("allow-fs", PermissionFlag.flagNames().getFirst());
        assertEquals("deny-user", PermissionFlag.flagNames().getLast());
    }

    @Test
    void fsAndNetNeedAValue() {
        ConfigException e = assertThrows(ConfigException.class, () -> new PermissionFlag("allow-fs", ""));
        assertEquals("--allow-fs: needs a value (e.g. --allow-fs=read:/data)", e.getMessage());
        assertThrows(ConfigException.class, () -> new PermissionFlag("deny-net", " "));
    }

    @Test
    void sysAndUserTakeNoValue() {
        ConfigException e = assertThrows(ConfigException.class, () -> new PermissionFlag("allow-sys", "os"));
        assertEquals("--allow-sys: takes no value (got 'os')", e.getMessage());
    }

    @Test
    void rejectsUnknownFlags() {
        ConfigException e = assertThrows(ConfigException.class, () -> new PermissionFlag("allow-disk", "/"));
        assertEquals("--allow-disk", e.option());
    }
}
