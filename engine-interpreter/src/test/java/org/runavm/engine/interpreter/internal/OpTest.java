package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.Opcode;

class OpTest {
    @Test
    void everyConstantMatchesTheOpcodeTable() throws IllegalAccessException {
        int checked = 0;
        for (Field f : Op.class.getDeclaredFields()) {
            if (f.getType() == int.class && Modifier.isStatic(f.getModifiers())) {
                assertEquals(Opcode.valueOf(f.getName()).code(), f.getInt(null), f.getName());
                assertEquals(Opcode.valueOf(f.getName()).length(), Op.LEN[f.getInt(null)], f.getName());
                checked++;
            }
        }
        assertEquals(Opcode.values().length, checked);
    }
}
