package org.runavm.compiler.codegen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.resolve.FunctionInfo;
import org.runavm.compiler.frontend.resolve.Symbol;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;

/**
 * The state of one function being emitted: its slots, upvalues, inline cache counter, the
 * enclosing loops and cleanups that {@code Break}, {@code Continue} and {@code Return} must pass
 * through, and the debug scopes of its locals. Slots are handed out once per symbol (never reused)
 * so every local keeps one slot for the whole function, which is what the debug tables describe.
 */
class Frame {

    /** Something between a jump and its target: a loop (a target) or a cleanup (code to run on the way out). */
    sealed interface Exit permits Loop, Cleanup {
    }

    record Loop(CodeAssembler.Label breakTo, CodeAssembler.Label continueTo) implements Exit {
    }

    /** {@code emit} writes the cleanup inline; {@code gaps} records where, so handlers can skip those copies. */
    record Cleanup(Runnable emit, List<CodeAssembler.Label[]> gaps) implements Exit {
    }

    final Generation gen;
    final ProgramBuilder.FunctionBuilder fb;
    final CodeAssembler code;
    final FunctionInfo info;
    final Frame parent;
    private final Map<Symbol, Integer> slots = new IdentityHashMap<>();
    private final Map<Symbol, Integer> upvalueIndex = new IdentityHashMap<>();
    final Set<Symbol> knownIntegers = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Exit> exits = new ArrayList<>();
    private final List<List<Symbol>> scopes = new ArrayList<>();
    private final List<List<CodeAssembler.Label>> scopeStarts = new ArrayList<>();
    private final CodeAssembler.Label functionStart;
    private record PendingLocal(String name, int slot, CodeAssembler.Label start, CodeAssembler.Label end) {
    }

    private final List<PendingLocal> locals = new ArrayList<>();
    private int nextSlot;
    private int nextCache;
    int selfUpvalue = -1;
    boolean selfInCell;
    boolean hasSelf;
    int paramCount;
    /** How many Try blocks enclose the code being emitted (a tail call there would escape their catches). */
    int protectedDepth;

    Frame(Generation gen, ProgramBuilder.FunctionBuilder fb, FunctionInfo info, Frame parent, int firstSlot) {
        this.gen = gen;
        this.fb = fb;
        this.code = fb.code();
        this.info = info;
        this.parent = parent;
        this.nextSlot = firstSlot;
        this.functionStart = code.here();
        fb.sourceFile(gen.fileId);
    }

    /** Sets up this function's upvalue descriptors from the resolver's captures (and a captured Self). */
    void bindUpvalues() {
        if (info == null) {
            return;
        }
        for (Symbol s : info.captures()) {
            int index;
            if (parent != null && s.owner() == parent.info) {
                index = fb.upvalue(true, parent.slot(s), s.name());
            } else {
                Integer outer = parent == null ? null : parent.upvalueIndex.get(s);
                index = fb.upvalue(false, outer == null ? 0 : outer, s.name());
            }
            upvalueIndex.put(s, index);
        }
        if (info.capturesSelf() && parent != null) {
            selfUpvalue = parent.hasSelf
                    ? fb.upvalue(true, 0, "Self")
                    : fb.upvalue(false, Math.max(parent.selfUpvalue, 0), "Self");
        }
    }

    /** The slot of a symbol this function owns, handed out at first use. */
    int slot(Symbol s) {
        Integer known = slots.get(s);
        if (known != null) {
            return known;
        }
        int slot = nextSlot++;
        slots.put(s, slot);
        if (!scopes.isEmpty()) {
            scopes.getLast().add(s);
        } else {
            locals.add(new PendingLocal(s.name(), slot, functionStart, null));
        }
        return slot;
    }

    /** Binds a parameter symbol to a fixed slot. */
    void bindSlot(Symbol s, int slot) {
        slots.put(s, slot);
        locals.add(new PendingLocal(s.name(), slot, functionStart, null));
    }

    /** Names a slot that holds no symbol (a method's {@code Self}). */
    void nameSlot(String name, int slot) {
        locals.add(new PendingLocal(name, slot, functionStart, null));
    }

    /** A fresh slot for a value the source does not name (iterators, loop limits, saved errors). */
    int temp() {
        return nextSlot++;
    }

    /**
     * Declares the locals once the code is complete. The locals list also fixes the frame size, so
     * without debug information it still names the highest slot (as {@code <frame>}).
     */
    void finish() {
        CodeAssembler.Label end = code.here();
        if (!gen.debugInfo) {
            int params = paramCount;
            if (nextSlot > params) {
                fb.local("<frame>", ProgramImage.NO_ID, nextSlot - 1, functionStart, end);
            }
            return;
        }
        java.util.BitSet named = new java.util.BitSet();
        for (PendingLocal l : locals) {
            fb.local(l.name(), ProgramImage.NO_ID, l.slot(), l.start(), l.end() == null ? end : l.end());
            named.set(l.slot());
        }
        for (int slot = named.nextClearBit(0); slot < nextSlot; slot = named.nextClearBit(slot + 1)) {
            fb.local("<temp>", ProgramImage.NO_ID, slot, functionStart, end);
        }
    }

    Integer upvalue(Symbol s) {
        return upvalueIndex.get(s);
    }

    int cache() {
        return nextCache++;
    }

    /** Whether a symbol lives in this function's frame. */
    boolean owns(Symbol s) {
        return info != null && s.owner() == info;
    }

    /** Whether a symbol of this frame lives in a cell (an inner unit captures it). */
    static boolean inCell(Symbol s) {
        return s.isCaptured() && !s.isGlobal();
    }

    void openScope() {
        scopes.add(new ArrayList<>());
        scopeStarts.add(List.of(code.here()));
    }

    void closeScope() {
        List<Symbol> declared = scopes.removeLast();
        CodeAssembler.Label start = scopeStarts.removeLast().getFirst();
        CodeAssembler.Label end = code.here();
        for (Symbol s : declared) {
            locals.add(new PendingLocal(s.name(), slots.get(s), start, end));
        }
    }

    /** Records the source position of the next instruction (when debug info is on). */
    void at(Pos p) {
        if (gen.debugInfo && p != null) {
            code.position(p.line(), Math.max(p.column(), 0));
        }
    }

    void emit(Opcode op, int... operands) {
        code.emit(op, operands);
    }

    void jump(Opcode op, CodeAssembler.Label target, int... others) {
        code.emitJump(op, target, others);
    }

    boolean optimize() {
        return gen.optimizeLevel >= 1;
    }

    int noType() {
        return ProgramImage.NO_ID;
    }
}
