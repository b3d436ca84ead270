package org.runavm.kernel.bytecode;

import static org.runavm.kernel.bytecode.OperandKind.ARG_COUNT;
import static org.runavm.kernel.bytecode.OperandKind.CACHE;
import static org.runavm.kernel.bytecode.OperandKind.CONSTANT;
import static org.runavm.kernel.bytecode.OperandKind.COUNT;
import static org.runavm.kernel.bytecode.OperandKind.EXTERNAL;
import static org.runavm.kernel.bytecode.OperandKind.FUNCTION;
import static org.runavm.kernel.bytecode.OperandKind.INT16;
import static org.runavm.kernel.bytecode.OperandKind.INT8;
import static org.runavm.kernel.bytecode.OperandKind.LOCAL;
import static org.runavm.kernel.bytecode.OperandKind.NAME;
import static org.runavm.kernel.bytecode.OperandKind.NAMES;
import static org.runavm.kernel.bytecode.OperandKind.OFFSET;
import static org.runavm.kernel.bytecode.OperandKind.SMALL_COUNT;
import static org.runavm.kernel.bytecode.OperandKind.SWITCH_TABLE;
import static org.runavm.kernel.bytecode.OperandKind.TYPE;
import static org.runavm.kernel.bytecode.OperandKind.UPVALUE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Runa instruction set: one constant per instruction, read by every tool that touches code.
 *
 * <p>Runa bytecode is a stack machine. An instruction is a one-byte opcode followed by operands of
 * fixed widths ({@link OperandKind}), so its length is known from the opcode. The numbering keeps
 * the published frame of format 1.2 (docs/language-notes.md, "Instruction set"):
 * <ul>
 *   <li>{@code 0x01 NOP … 0x33 IMPORT}: the classic groups (stack, locals, globals, fields, NEW,
 *       calls, jumps, arithmetic, comparisons, logic, lists/maps, exceptions, closures, type checks,
 *       modules);</li>
 *   <li>{@code 0x40 YIELD … 0x4F DEBUG_BREAK}: generators, await, iterators, introspection, lambdas,
 *       unpacking, switch tables, FFI, conversions, concatenation, unwinding, breakpoints;</li>
 *   <li>{@code 0x50 … 0x63}: the rest of the language (sets, tuples, bitwise operators, Display,
 *       defaults, actors, task groups, named method calls);</li>
 *   <li>{@code 0x68 …}: specialised forms. Each means exactly what a sequence of general
 *       instructions means; it only gives the engines a faster path (integer arithmetic,
 *       compare-and-branch, inline caches, known and tail calls).</li>
 * </ul>
 *
 * <p>The stack column uses the notation of {@link StackEffect}. Flag letters: B branch, E no
 * fall-through, T may throw, C call (implies T and a safepoint), S safepoint, R leaves the function,
 * W switch table. In meanings, "a b -&gt; c" lists the stack top last, and letters name operands:
 * s a local slot, c a constant, n a name (Text constant) or a count, t a type, f a function, u an upvalue,
 * k an inline cache slot, i an immediate, ms a timeout in milliseconds.
 */
public enum Opcode {
    // ---- 0x01-0x33: classic groups -----------------------------------------------------------
    NOP(0x01, "0>0", "", "do nothing"),
    POP(0x02, "1>0", "", "v -> ; discard the top value"),
    DUP(0x03, "1>2", "", "v -> v v"),
    SWAP(0x04, "2>2", "", "a b -> b a"),
    LOAD_CONST(0x05, "0>1", "T", "push constant #c (a List or Map constant as a fresh copy)", CONSTANT),
    LOAD_NULL(0x06, "0>1", "", "push null"),
    LOAD_TRUE(0x07, "0>1", "", "push true"),
    LOAD_FALSE(0x08, "0>1", "", "push false"),
    LOAD_LOCAL(0x09, "0>1", "", "push local slot s", LOCAL),
    STORE_LOCAL(0x0A, "1>0", "", "v -> ; store into local slot s", LOCAL),
    LOAD_GLOBAL(0x0B, "0>1", "T", "push global n (NameError when undefined)", NAME),
    STORE_GLOBAL(0x0C, "1>0", "T", "v -> ; define or assign global n", NAME),
    GET_FIELD(0x0D, "1>1", "T", "obj -> obj.n (AttributeError when undeclared)", NAME),
    SET_FIELD(0x0E, "2>0", "T", "obj v -> ; obj.n = v", NAME),
    NEW(0x0F, "a1>1", "C", "args -> new instance of struct t: field defaults, then initialize(args)",
            TYPE, ARG_COUNT),
    CALL(0x10, "1+a0>1", "C", "f args -> f(args)", ARG_COUNT),
    CALL_METHOD(0x11, "1+a1>1", "C", "obj args -> obj.n(args)", NAME, ARG_COUNT),
    CALL_SUPER(0x12, "1+a2>1", "C", "self args -> the parent of t's method n, on self", TYPE, NAME, ARG_COUNT),
    CALL_NAMED(0x13, "1+a1>1", "C", "f args -> f(args), the last ones named by list #c", NAMES, ARG_COUNT),
    RETURN(0x14, "1>0", "ER", "v -> ; return v to the caller"),
    JUMP(0x15, "0>0", "BE", "jump to the target", OFFSET),
    JUMP_IF_FALSE(0x16, "1>0", "BT", "b -> ; jump when b is false (TypeError unless Boolean)", OFFSET),
    JUMP_IF_TRUE(0x17, "1>0", "BT", "b -> ; jump when b is true (TypeError unless Boolean)", OFFSET),
    ADD(0x18, "2>1", "C", "a b -> a + b (numbers; Text when either side is Text)"),
    SUB(0x19, "2>1", "T", "a b -> a - b"),
    MUL(0x1A, "2>1", "T", "a b -> a * b"),
    DIV(0x1B, "2>1", "T", "a b -> a / b, as Decimal"),
    FLOOR_DIV(0x1C, "2>1", "T", "a b -> a // b (floor)"),
    MOD(0x1D, "2>1", "T", "a b -> a % b (floor modulo)"),
    POW(0x1E, "2>1", "T", "a b -> a ** b"),
    NEG(0x1F, "1>1", "T", "a -> -a"),
    EQ(0x20, "2>1", "C", "a b -> a == b (structural; equals() on instances)"),
    NE(0x21, "2>1", "C", "a b -> a != b"),
    LT(0x22, "2>1", "T", "a b -> a < b (numbers or Text)"),
    LE(0x23, "2>1", "T", "a b -> a <= b"),
    GT(0x24, "2>1", "T", "a b -> a > b"),
    GE(0x25, "2>1", "T", "a b -> a >= b"),
    NOT(0x26, "1>1", "T", "b -> not b (TypeError unless Boolean)"),
    NEW_LIST(0x27, "a0>1", "T", "n values -> a List of them", COUNT),
    NEW_MAP(0x28, "2a0>1", "C", "n key/value pairs -> a Map of them", COUNT),
    GET_INDEX(0x29, "2>1", "C", "c i -> c[i]"),
    SET_INDEX(0x2A, "3>0", "C", "c i v -> ; c[i] = v"),
    THROW(0x2B, "1>0", "ET", "e -> ; throw e (a Text becomes an Error), recording its stack trace"),
    CLOSURE(0x2C, "0>1", "T", "push a closure of function f, capturing its upvalues", FUNCTION),
    LOAD_UPVALUE(0x2D, "0>1", "", "push the value of upvalue u", UPVALUE),
    STORE_UPVALUE(0x2E, "1>0", "", "v -> ; store into upvalue u", UPVALUE),
    MAKE_CELL(0x2F, "0>0", "T", "move local s into a fresh cell, for closures that capture it", LOCAL),
    LOAD_CELL(0x30, "0>1", "", "push the value held in local s's cell", LOCAL),
    STORE_CELL(0x31, "1>0", "", "v -> ; store into local s's cell", LOCAL),
    CHECK_TYPE(0x32, "1>1", "T", "v -> v; TypeError naming n unless v has type t", TYPE, NAME),
    IMPORT(0x33, "0>1", "C", "push module n, loading and running it once per VM", NAME),

    // ---- 0x40-0x4F: generators, iteration, introspection, FFI ----------------------------------
    YIELD(0x40, "1>1", "S", "v -> r; suspend the generator yielding v, resume with r"),
    AWAIT(0x41, "1>1", "TS", "task -> its result (rethrows its error; CancelledError)"),
    GET_ITER(0x42, "1>1", "C", "x -> an iterator over x"),
    FOR_ITER(0x43, "0>1|0", "BC", "push the next value of the iterator in local s, or jump when done",
            LOCAL, OFFSET),
    TYPE_OF(0x44, "1>1", "", "v -> type of v"),
    IS_A(0x45, "1>1", "", "v -> v is a t", TYPE),
    LAMBDA(0x46, "0>1", "", "push function f, which captures nothing, as a value", FUNCTION),
    UNPACK(0x47, "1>a0", "T", "seq -> its n elements, last on top (ValueError unless exactly n)",
            SMALL_COUNT),
    CALL_SPREAD(0x48, "2>1", "C", "f list -> f(list's elements)"),
    SWITCH(0x49, "1>0", "BETW", "v -> ; jump to table #c's offset for v, else to the target",
            SWITCH_TABLE, OFFSET),
    INVOKE_FFI(0x4A, "a1>1", "C", "args -> the result of external function #c", EXTERNAL, ARG_COUNT),
    TO_INTEGER(0x4B, "1>1", "T", "n -> n as Integer (Decimal truncates toward zero)"),
    TO_DECIMAL(0x4C, "1>1", "T", "n -> n as Decimal"),
    CONCAT(0x4D, "a0>1", "C", "n values -> their text forms joined", SMALL_COUNT),
    UNWIND(0x4E, "1>0", "ET", "e -> ; rethrow e, keeping its stack trace (ends finally and filters)"),
    DEBUG_BREAK(0x4F, "0>0", "S", "stop in the debugger when one is attached"),

    // ---- 0x50-0x63: the rest of the language ---------------------------------------------------
    CONTAINS(0x50, "2>1", "C", "c x -> c contains x"),
    NEW_TUPLE(0x51, "a0>1", "T", "n values -> a Tuple of them", COUNT),
    NEW_SET(0x52, "a0>1", "C", "n values -> a Set of them", COUNT),
    BIT_AND(0x53, "2>1", "T", "a b -> a & b"),
    BIT_OR(0x54, "2>1", "T", "a b -> a | b"),
    BIT_XOR(0x55, "2>1", "T", "a b -> a ^ b"),
    BIT_NOT(0x56, "1>1", "T", "a -> ~a"),
    SHL(0x57, "2>1", "T", "a b -> a << b"),
    SHR(0x58, "2>1", "T", "a b -> a >> b"),
    DISPLAY(0x59, "1>0", "C", "v -> ; write v's text form and a newline to standard output"),
    LENGTH(0x5A, "1>1", "C", "x -> length of x"),
    JUMP_IF_ARG_SET(0x5B, "0>0", "B", "jump when the caller passed parameter s (skips its default)",
            LOCAL, OFFSET),
    SEND(0x5C, "1+a1>0", "T", "actor args -> ; enqueue message n", NAME, ARG_COUNT),
    ASK(0x5D, "1+a1>1", "TS", "actor args -> the reply to message n", NAME, ARG_COUNT),
    ASK_WITHIN(0x5E, "2+a1>1", "TS", "actor args ms -> the reply to n (TimeoutError after ms)",
            NAME, ARG_COUNT),
    TASK_GROUP_ENTER(0x5F, "0>1", "T", "push a new task group, the scope of tasks started in it"),
    TASK_GROUP_EXIT(0x60, "1>0", "TS", "g -> ; wait for g's tasks, rethrowing the first error"),
    TASK_GROUP_ABORT(0x61, "2>0", "ETS", "g e -> ; cancel g's tasks, wait for them, rethrow e"),
    CALL_METHOD_NAMED(0x62, "1+a2>1", "C", "obj args -> obj.n(args), the last ones named by list #c",
            NAME, NAMES, ARG_COUNT),
    DUP2(0x63, "2>4", "", "a b -> a b a b"),

    // ---- 0x68-: specialised forms --------------------------------------------------------------
    LOAD_INT(0x68, "0>1", "", "push Integer i", INT16),
    INC_LOCAL(0x69, "0>0", "T", "local s += i (as ADD)", LOCAL, INT8),
    ADD_INT(0x6A, "2>1", "C", "ADD, expecting Integers"),
    SUB_INT(0x6B, "2>1", "T", "SUB, expecting Integers"),
    MUL_INT(0x6C, "2>1", "T", "MUL, expecting Integers"),
    LT_INT(0x6D, "2>1", "T", "LT, expecting Integers"),
    LE_INT(0x6E, "2>1", "T", "LE, expecting Integers"),
    EQ_INT(0x6F, "2>1", "C", "EQ, expecting Integers"),
    JUMP_IF_LT(0x70, "2>0", "BT", "a b -> ; jump when a < b", OFFSET),
    JUMP_IF_LE(0x71, "2>0", "BT", "a b -> ; jump when a <= b", OFFSET),
    JUMP_IF_GT(0x72, "2>0", "BT", "a b -> ; jump when a > b", OFFSET),
    JUMP_IF_GE(0x73, "2>0", "BT", "a b -> ; jump when a >= b", OFFSET),
    JUMP_IF_EQ(0x74, "2>0", "BC", "a b -> ; jump when a == b", OFFSET),
    JUMP_IF_NE(0x75, "2>0", "BC", "a b -> ; jump when a != b", OFFSET),
    JUMP_IF_NULL(0x76, "1>0", "B", "v -> ; jump when v is null", OFFSET),
    JUMP_IF_NOT_NULL(0x77, "1>0", "B", "v -> ; jump when v is not null", OFFSET),
    AND_JUMP(0x78, "1>0|1", "BT", "b -> b and jump when b is false; b -> when true (for 'and')", OFFSET),
    OR_JUMP(0x79, "1>0|1", "BT", "b -> b and jump when b is true; b -> when false (for 'or')", OFFSET),
    CALL_KNOWN(0x7A, "a1>1", "C", "args -> function f(args)", FUNCTION, ARG_COUNT),
    TAIL_CALL(0x7B, "1+a0>0", "CER", "f args -> ; return f(args), reusing this frame", ARG_COUNT),
    TAIL_CALL_KNOWN(0x7C, "a1>0", "CER", "args -> ; return function f(args), reusing this frame",
            FUNCTION, ARG_COUNT),
    RETURN_NULL(0x7D, "0>0", "ER", "return null"),
    GET_FIELD_IC(0x7E, "1>1", "T", "GET_FIELD with the field slot cached per shape in cache k", NAME, CACHE),
    SET_FIELD_IC(0x7F, "2>0", "T", "SET_FIELD with the field slot cached per shape in cache k", NAME, CACHE),
    CALL_METHOD_IC(0x80, "1+a2>1", "C", "CALL_METHOD with the target cached per shape in cache k",
            NAME, CACHE, ARG_COUNT),
    LOAD_GLOBAL_IC(0x81, "0>1", "T", "LOAD_GLOBAL with the binding cached in cache k", NAME, CACHE),
    GET_INDEX_INT(0x82, "2>1", "C", "GET_INDEX, expecting a List and an Integer"),
    SET_INDEX_INT(0x83, "3>0", "C", "SET_INDEX, expecting a List and an Integer"),
    RANGE_TEST(0x84, "0>0", "BT", "jump unless local s is within local s+1 stepping by local s+2",
            LOCAL, OFFSET);

    private static final Opcode[] BY_CODE = new Opcode[256];

    static {
        for (Opcode op : values()) {
            if (BY_CODE[op.code] != null) {
                throw new ExceptionInInitializerError("opcode byte used twice: " + op);
            }
            BY_CODE[op.code] = op;
        }
    }

    private final int code;
    private final StackEffect stack;
    private final Set<OpFlag> flags;
    private final String meaning;
    private final List<OperandKind> operands;
    private final int length;

    Opcode(int code, String stack, String flagLetters, String meaning, OperandKind... operands) {
        this.code = code;
        this.stack = StackEffect.parse(stack);
        this.flags = parseFlags(flagLetters);
        this.meaning = meaning;
        this.operands = List.of(operands);
        int size = 1;
        for (OperandKind kind : operands) {
            size += kind.width();
        }
        this.length = size;
    }

    private static Set<OpFlag> parseFlags(String letters) {
        EnumSet<OpFlag> set = EnumSet.noneOf(OpFlag.class);
        for (char c : letters.toCharArray()) {
            switch (c) {
                case 'B' -> set.add(OpFlag.BRANCH);
                case 'E' -> set.add(OpFlag.NO_FALL_THROUGH);
                case 'T' -> set.add(OpFlag.MAY_THROW);
                case 'C' -> set.addAll(EnumSet.of(OpFlag.CALL, OpFlag.MAY_THROW, OpFlag.SAFEPOINT));
                case 'S' -> set.add(OpFlag.SAFEPOINT);
                case 'R' -> set.add(OpFlag.RETURN);
                case 'W' -> set.add(OpFlag.SWITCH);
                default -> throw new IllegalArgumentException("unknown flag letter " + c);
            }
        }
        return Set.copyOf(set);
    }

    /** The opcode with this byte, or {@code null} when the byte is no instruction. */
    public static Opcode byCode(int code) {
        return code >= 0 && code < 256 ? BY_CODE[code] : null;
    }

    /** The opcode byte. */
    public int code() {
        return code;
    }

    /** The mnemonic printed by the disassembler and accepted by the assembler. */
    public String mnemonic() {
        return name();
    }

    /** The operand kinds, in code order. */
    public List<OperandKind> operands() {
        return operands;
    }

    /** Bytes of one instruction: the opcode and its operands. */
    public int length() {
        return length;
    }

    /** The stack effect formula. */
    public StackEffect stack() {
        return stack;
    }

    /** One line saying what the instruction does, for the disassembler and documentation. */
    public String meaning() {
        return meaning;
    }

    /** The flags of this opcode. */
    public Set<OpFlag> flags() {
        return flags;
    }

    /** Whether this opcode has the flag. */
    public boolean has(OpFlag flag) {
        return flags.contains(flag);
    }

    /** Whether control may continue with the next instruction. */
    public boolean fallsThrough() {
        return !flags.contains(OpFlag.NO_FALL_THROUGH);
    }

    /**
     * Whether this instruction polls for a safepoint: calls, suspension points, and branches whose
     * offset goes backward (loop back-edges), so every loop and every call chain reaches a poll.
     */
    public boolean isSafepoint(int jumpOffset) {
        return flags.contains(OpFlag.SAFEPOINT) || (flags.contains(OpFlag.BRANCH) && jumpOffset <= 0);
    }

    /** The index of this opcode's jump operand, or -1. */
    public int jumpOperand() {
        return operands.indexOf(OFFSET);
    }
}
