package org.runavm.engine.jit.internal;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_byte;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.InstructionReader;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.StackDepths;
import org.runavm.kernel.bytecode.TypeInfo;
import org.runavm.kernel.exec.CompiledFunction;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

/**
 * Translates one Runa function to a JVM class implementing {@link CompiledFunction}: the baseline
 * tier's template compiler. Every instruction becomes a short sequence over the engine's value stack;
 * the common cases run inline (through {@link Fast}), everything else goes back to the engine
 * ({@code TierRuntime.step}), so the compiled function behaves exactly as the interpreted one.
 *
 * <p>The stack pointer is never kept at run time: the verifier guarantees one operand-stack depth per
 * instruction ({@link StackDepths}), so each instruction's slots are {@code base} plus a constant.
 * The class's {@code body} starts with a switch over the offsets it may be entered at: the start, the
 * starts after the parameter-check prologue, resume points after calls, branch targets (a loop head
 * where the engine took control back) and error handlers.
 */
final class FunctionTranslator {
    /** Runa code longer than this is left to the interpreter (the JVM method would be too large). */
    static final int MAX_SOURCE_BYTES = 2_000;
    /** HotSpot compiles no method larger than 8,000 bytes of bytecode; such a translation is declined. */
    static final int MAX_METHOD_BYTES = 7_900;

    // the JVM locals of body(rt, pc)
    private static final int RT = 0;
    private static final int PC = 1;
    private static final int P = 2;
    private static final int T = 3;
    private static final int BASE = 4;
    private static final int MEM = 5;
    private static final int N = 6;

    private static final ClassDesc CD_RUNTIME = ClassDesc.of("org.runavm.kernel.exec.TierRuntime");
    private static final ClassDesc CD_FUNCTION = ClassDesc.of(CompiledFunction.class.getName());
    private static final ClassDesc CD_MEMORY = ClassDesc.of("org.runavm.kernel.heap.HeapMemory");
    private static final ClassDesc CD_FAST = ClassDesc.of(Fast.class.getName());
    private static final ClassDesc CD_LONGS = CD_long.arrayType();
    private static final ClassDesc CD_BYTES = CD_byte.arrayType();
    private static final MethodTypeDesc BODY = MethodTypeDesc.of(CD_int, CD_RUNTIME, CD_int);
    private static final MethodTypeDesc PC_SP = MethodTypeDesc.of(CD_int, CD_int, CD_int);
    private static final MethodTypeDesc FAST_BOOL = MethodTypeDesc.of(CD_boolean, CD_LONGS, CD_BYTES, CD_int);
    private static final MethodTypeDesc FAST_INT = MethodTypeDesc.of(CD_int, CD_LONGS, CD_BYTES, CD_int);

    /** The instructions after which the engine may resume the frame: those that may push a frame. */
    private static final Set<Opcode> SUSPENDS = EnumSet.of(Opcode.CALL, Opcode.CALL_KNOWN, Opcode.CALL_NAMED,
            Opcode.CALL_METHOD, Opcode.CALL_METHOD_IC, Opcode.CALL_METHOD_NAMED, Opcode.CALL_SUPER, Opcode.NEW,
            Opcode.CALL_SPREAD, Opcode.FOR_ITER);

    private final ProgramImage image;
    private final FunctionInfo function;
    private final ClassDesc self;
    private final byte[] code;
    private final int start;
    private final int length;
    private int[] depthAt;
    private final List<Instruction> instructions = new ArrayList<>();
    private Label[] labels;
    private Label suspend;

    private record Instruction(int offset, Opcode op, int[] operands, int next) {
    }

    FunctionTranslator(ProgramImage image, FunctionInfo function, ClassDesc self) {
        this.image = image;
        this.function = function;
        this.self = self;
        this.code = image.code();
        this.start = function.codeOffset();
        this.length = function.codeLength();
    }

    /** The class file, or empty when the function uses what this tier does not compile. */
    Optional<byte[]> translate(ClassLoader loader) {
        if (function.has(FunctionInfo.GENERATOR) || function.has(FunctionInfo.ASYNC) || function.has(FunctionInfo.EXTERNAL)
                || function.has(FunctionInfo.NATIVE) || length == 0 || length > MAX_SOURCE_BYTES) {
            return Optional.empty();
        }
        int[] handlers = function.exceptionTable().stream().mapToInt(FunctionInfo.ExceptionEntry::handler).toArray();
        StackDepths.Result depths = StackDepths.compute(code, start, start + length, handlers, this::switchCases);
        if (!depths.ok()) {
            return Optional.empty();
        }
        depthAt = depths.depthAt();
        InstructionReader in = new InstructionReader(code, start, start + length);
        while (in.next()) {
            if (in.opcode() == Opcode.YIELD) {
                return Optional.empty();
            }
            instructions.add(new Instruction(in.offset(), in.opcode(), in.operands().clone(), in.nextOffset()));
        }
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofClassLoading(loader))));
        byte[] bytes = cf.build(self, cb -> {
            cb.withFlags(AccessFlag.PUBLIC, AccessFlag.FINAL, AccessFlag.SYNTHETIC);
            cb.withInterfaceSymbols(CD_FUNCTION);
            cb.withMethodBody("<init>", MethodTypeDesc.of(CD_void), ClassFile.ACC_PUBLIC, c -> {
                c.aload(0);
                c.invokespecial(CD_Object, "<init>", MethodTypeDesc.of(CD_void));
                c.return_();
            });
            cb.withMethodBody("run", BODY, ClassFile.ACC_PUBLIC, c -> {
                c.aload(1);
                c.iload(2);
                c.invokestatic(self, "body", BODY);
                c.ireturn();
            });
            cb.withMethodBody("body", BODY, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, this::body);
        });
        return methodSize(cf, bytes) <= MAX_METHOD_BYTES ? Optional.of(bytes) : Optional.empty();
    }

    private static int methodSize(ClassFile cf, byte[] bytes) {
        return cf.parse(bytes).methods().stream()
                .filter(m -> m.methodName().equalsString("body"))
                .flatMap(m -> m.code().stream())
                .mapToInt(c -> c instanceof CodeAttribute a ? a.codeLength() : Integer.MAX_VALUE)
                .max().orElse(Integer.MAX_VALUE);
    }

    private void body(CodeBuilder c) {
        labels = new Label[length + 1];
        for (Instruction i : instructions) {
            labels[i.offset] = c.newLabel();
        }
        suspend = c.newLabel();
        Label notEntry = c.newLabel();
        reload(c);
        c.aload(RT);
        c.invokeinterface(CD_RUNTIME, "base", MethodTypeDesc.of(CD_int));
        c.istore(BASE);
        c.aload(RT);
        c.invokeinterface(CD_RUNTIME, "memory", MethodTypeDesc.of(CD_MEMORY));
        c.astore(MEM);
        List<SwitchCase> cases = new ArrayList<>();
        for (int entry : entries()) {
            cases.add(SwitchCase.of(start + entry, labels[entry]));
        }
        c.iload(PC);
        c.lookupswitch(notEntry, cases);
        for (Instruction i : instructions) {
            c.labelBinding(labels[i.offset]);
            if (depthAt[i.offset] >= 0) {
                emit(c, i);
            } else {
                c.goto_(suspend); // unreachable code: never entered, but the label must lead somewhere
            }
        }
        c.labelBinding(suspend);
        c.loadConstant(CompiledFunction.SUSPENDED);
        c.ireturn();
        c.labelBinding(notEntry);
        c.loadConstant(CompiledFunction.NOT_ENTRY);
        c.ireturn();
    }

    /** The offsets the engine may enter at (function-relative). */
    private TreeSet<Integer> entries() {
        TreeSet<Integer> entries = new TreeSet<>();
        entries.add(0);
        // the parameter-check prologue (LOAD_LOCAL, CHECK_TYPE, POP each), which a call may skip
        int at = 0;
        while (at + 9 <= length && op(at) == Opcode.LOAD_LOCAL && op(at + 3) == Opcode.CHECK_TYPE && op(at + 8) == Opcode.POP) {
            at += 9;
            entries.add(at);
        }
        for (FunctionInfo.ExceptionEntry e : function.exceptionTable()) {
            entries.add(e.handler());
        }
        for (Instruction i : instructions) {
            if (SUSPENDS.contains(i.op) && i.next < length) {
                entries.add(i.next);
            }
            for (int target : branchTargets(i)) {
                entries.add(target);
            }
        }
        entries.removeIf(e -> e >= length || depthAt[e] < 0);
        return entries;
    }

    private Opcode op(int offset) {
        return Opcode.byCode(code[start + offset] & 0xFF);
    }

    private List<Integer> branchTargets(Instruction i) {
        List<Integer> targets = new ArrayList<>();
        int jump = i.op.jumpOperand();
        if (jump >= 0) {
            targets.add(i.offset + i.operands[jump]);
        }
        if (i.op == Opcode.SWITCH) {
            int[] cases = switchCases(i.operands[0]);
            if (cases != null) {
                for (int k : cases) {
                    targets.add(i.offset + k);
                }
            }
        }
        return targets;
    }

    private int[] switchCases(int constant) {
        if (constant < 0 || constant >= image.constants().size() || !(image.constants().get(constant) instanceof Constant.MapOf m)) {
            return null;
        }
        int[] cases = new int[m.values().size()];
        for (int k = 0; k < cases.length; k++) {
            int v = m.values().get(k);
            if (v < 0 || v >= image.constants().size() || !(image.constants().get(v) instanceof Constant.Int off)
                    || off.value() != (int) off.value()) {
                return null;
            }
            cases[k] = (int) off.value();
        }
        return cases;
    }

    /** The slot of the operand-stack position {@code depth} (0 = the first operand) at this instruction. */
    private int stackSlot(Instruction i, int fromTop) {
        return function.frameSize() + depthAt[i.offset] - fromTop;
    }

    private void emit(CodeBuilder c, Instruction i) {
        int s = stackSlot(i, 0); // the first free operand slot
        int pc = start + i.offset;
        int[] o = i.operands;
        switch (i.op) {
            case NOP, DEBUG_BREAK, POP -> {
            }
            case DUP -> copy(c, s, s - 1);
            case DUP2 -> {
                copy(c, s, s - 2);
                copy(c, s + 1, s - 1);
            }
            case SWAP -> fastVoid(c, "swap", s - 2);
            case LOAD_NULL -> put(c, s, Tag.NULL, 0);
            case LOAD_TRUE -> put(c, s, Tag.BOOLEAN, Values.TRUE);
            case LOAD_FALSE -> put(c, s, Tag.BOOLEAN, Values.FALSE);
            case LOAD_INT -> put(c, s, Tag.INTEGER, (short) o[0]);
            case LOAD_CONST -> {
                Constant k = image.constants().get(o[0]);
                switch (k) {
                    case Constant.Int n -> put(c, s, Tag.INTEGER, n.value());
                    case Constant.Decimal d -> put(c, s, Tag.DECIMAL, Values.decimalBits(d.value()));
                    case Constant.Bool b -> put(c, s, Tag.BOOLEAN, Values.booleanBits(b.value()));
                    case Constant.Null n -> put(c, s, Tag.NULL, 0);
                    case Constant.Text _, Constant.ListOf _, Constant.MapOf _ -> runtime(c, "loadConstant", pc, s);
                    default -> stepToNext(c, i, s);
                }
            }
            case LOAD_LOCAL -> copy(c, s, o[0]);
            case STORE_LOCAL -> copy(c, o[0], s - 1);
            case INC_LOCAL -> fastOrStep(c, i, s, o[0], "increment", CD_int, b -> b.loadConstant((int) (byte) o[1]));
            case ADD, ADD_INT -> fastOrStep(c, i, s, s - 2, "add");
            case SUB, SUB_INT -> fastOrStep(c, i, s, s - 2, "sub");
            case MUL, MUL_INT -> fastOrStep(c, i, s, s - 2, "mul");
            case DIV -> fastOrStep(c, i, s, s - 2, "div");
            case MOD -> fastOrStep(c, i, s, s - 2, "mod");
            case FLOOR_DIV -> fastOrStep(c, i, s, s - 2, "floorDiv");
            case BIT_AND -> fastOrStep(c, i, s, s - 2, "bitAnd");
            case BIT_OR -> fastOrStep(c, i, s, s - 2, "bitOr");
            case BIT_XOR -> fastOrStep(c, i, s, s - 2, "bitXor");
            case NEG -> fastOrStep(c, i, s, s - 1, "neg");
            case NOT -> fastOrStep(c, i, s, s - 1, "not");
            case LT, LT_INT -> fastOrStep(c, i, s, s - 2, "compareValue", CD_int, b -> b.loadConstant(0));
            case LE, LE_INT -> fastOrStep(c, i, s, s - 2, "compareValue", CD_int, b -> b.loadConstant(1));
            case GT -> fastOrStep(c, i, s, s - 2, "compareValue", CD_int, b -> b.loadConstant(2));
            case GE -> fastOrStep(c, i, s, s - 2, "compareValue", CD_int, b -> b.loadConstant(3));
            case EQ, EQ_INT, NE -> fastOrStep(c, i, s, s - 2, "equalValue", CD_boolean,
                    b -> b.loadConstant(i.op == Opcode.NE ? 1 : 0));
            case GET_INDEX, GET_INDEX_INT -> fastOrStep(c, i, s, s - 2, "index", CD_MEMORY, b -> b.aload(MEM));
            case JUMP -> jump(c, i, i.offset + o[0]);
            case JUMP_IF_TRUE, JUMP_IF_FALSE -> {
                fastInt(c, "truth", s - 1);
                branchOn(c, i, s, i.op == Opcode.JUMP_IF_TRUE);
            }
            case AND_JUMP, OR_JUMP -> {
                fastInt(c, "truth", s - 1);
                branchOn(c, i, s, i.op == Opcode.OR_JUMP);
            }
            case JUMP_IF_EQ, JUMP_IF_NE -> {
                fastInt(c, "equal", s - 2);
                branchOn(c, i, s, i.op == Opcode.JUMP_IF_EQ);
            }
            case JUMP_IF_LT, JUMP_IF_LE, JUMP_IF_GT, JUMP_IF_GE -> {
                arrays(c);
                slot(c, s - 2);
                c.loadConstant(switch (i.op) {
                    case JUMP_IF_LT -> 0;
                    case JUMP_IF_LE -> 1;
                    case JUMP_IF_GT -> 2;
                    default -> 3;
                });
                c.invokestatic(CD_FAST, "compare", MethodTypeDesc.of(CD_int, CD_LONGS, CD_BYTES, CD_int, CD_int));
                branchOn(c, i, s, true);
            }
            case JUMP_IF_NULL, JUMP_IF_NOT_NULL -> {
                c.aload(T);
                slot(c, s - 1);
                c.baload();
                c.loadConstant((int) Tag.NULL);
                Label taken = c.newLabel();
                if (i.op == Opcode.JUMP_IF_NULL) {
                    c.if_icmpeq(taken);
                } else {
                    c.if_icmpne(taken);
                }
                c.goto_(labels[i.next]);
                c.labelBinding(taken);
                jump(c, i, i.offset + o[0]);
            }
            case RANGE_TEST -> {
                // jumps (forward, out of the loop) when the counter is past the end
                fastInt(c, "inRange", o[0]);
                Label slow = c.newLabel();
                c.dup();
                c.iflt(slow);
                c.ifeq(labels[i.offset + o[1]]);
                c.goto_(labels[i.next]);
                c.labelBinding(slow);
                c.pop();
                stepAndBranch(c, i, s, List.of(i.next, i.offset + o[1]));
            }
            case RETURN, RETURN_NULL -> {
                c.aload(RT);
                slot(c, s);
                c.loadConstant(i.op == Opcode.RETURN_NULL ? 1 : 0);
                c.invokeinterface(CD_RUNTIME, "ret", MethodTypeDesc.of(CD_int, CD_int, CD_boolean));
                c.ireturn();
            }
            case CALL_KNOWN -> callDirect(c, i, s, "enterKnown", o[0], o[1], o[0] == function.id());
            case CALL_METHOD_IC -> callDirect(c, i, s, "enterMethod", o[1], o[2], false);
            case CALL, CALL_NAMED, CALL_METHOD, CALL_METHOD_NAMED, CALL_SUPER, NEW, CALL_SPREAD -> {
                call(c, pc, s);
                c.ifne(suspend);
                reload(c);
            }
            case TAIL_CALL, TAIL_CALL_KNOWN -> {
                call(c, pc, s); // the frame is replaced or finished: the engine goes on from there
                c.pop();
                c.goto_(suspend);
            }
            case CHECK_TYPE -> checkType(c, pc, s, image.types().get(o[0]));
            case LOAD_GLOBAL, LOAD_GLOBAL_IC -> runtime(c, "loadGlobal", pc, s);
            case NEW_LIST, NEW_TUPLE, NEW_SET, NEW_MAP -> runtime(c, "build", pc, s);
            case GET_FIELD, GET_FIELD_IC -> runtime(c, "getField", pc, s);
            case SET_FIELD, SET_FIELD_IC -> runtime(c, "setField", pc, s);
            case FOR_ITER, JUMP_IF_ARG_SET -> stepAndBranch(c, i, s, List.of(i.next, i.offset + o[1]));
            case SWITCH -> {
                List<Integer> targets = branchTargets(i);
                stepAndBranch(c, i, s, targets);
            }
            default -> {
                if (i.op.fallsThrough()) {
                    stepToNext(c, i, s);
                } else { // THROW, UNWIND, TASK_GROUP_ABORT: an error; the engine finds its handler
                    step(c, pc, s);
                    c.pop();
                    c.goto_(suspend);
                }
            }
        }
    }

    // --- templates

    /**
     * CALL_KNOWN or CALL_METHOD_IC: the engine pushes the callee's frame ({@code enter}, with the
     * function id or method cache {@code target}); a compiled callee then runs here as a JVM call
     * ({@code itself}: this very function, called directly), anything else through the engine.
     */
    private void callDirect(CodeBuilder c, Instruction i, int s, String enter, int target, int argc, boolean itself) {
        Label notDirect = c.newLabel();
        Label done = c.newLabel();
        c.aload(RT);
        c.loadConstant(target);
        c.loadConstant(argc);
        c.loadConstant(start + i.offset);
        slot(c, s);
        c.invokeinterface(CD_RUNTIME, enter, MethodTypeDesc.of(CD_int, CD_int, CD_int, CD_int, CD_int));
        c.istore(N);
        c.iload(N);
        c.iflt(notDirect);
        // the callee's frame is pushed and it is compiled: run it here, as a JVM call
        if (itself) {
            c.aload(RT);
            c.iload(N);
            c.invokestatic(self, "body", BODY);
        } else {
            c.aload(RT);
            c.invokeinterface(CD_RUNTIME, "calleeCode", MethodTypeDesc.of(CD_FUNCTION));
            c.aload(RT);
            c.iload(N);
            c.invokeinterface(CD_FUNCTION, "run", BODY);
        }
        c.aload(RT);
        c.invokeinterface(CD_RUNTIME, "leave", MethodTypeDesc.of(CD_void));
        c.ifne(suspend); // the callee did not return yet: its frame and ours wait on the engine's stack
        c.goto_(done);
        c.labelBinding(notDirect);
        c.iload(N);
        c.loadConstant(-1);
        c.if_icmpeq(suspend); // pushed, to be interpreted
        call(c, start + i.offset, s);
        c.ifne(suspend);
        c.labelBinding(done);
        reload(c);
    }

    /**
     * CHECK_TYPE: an annotation of a built-in type (bytecode.md: a primitive type named Any, Integer,
     * Decimal, Boolean, Tuple, List, Map, Set or Bytes) passes inline on the value's tag or its object's
     * shape; everything else, and every failure, is the engine's.
     */
    private void checkType(CodeBuilder c, int pc, int s, TypeInfo type) {
        Label done = c.newLabel();
        if (type.shape() instanceof TypeInfo.Primitive) {
            switch (type.name()) {
                case "Any" -> {
                    return;
                }
                case "Integer", "Decimal", "Boolean" -> {
                    c.aload(T);
                    slot(c, s - 1);
                    c.baload();
                    c.loadConstant((int) switch (type.name()) {
                        case "Integer" -> Tag.INTEGER;
                        case "Decimal" -> Tag.DECIMAL;
                        default -> Tag.BOOLEAN;
                    });
                    c.if_icmpeq(done); // an Integer where a Decimal is declared is the engine's to accept
                }
                case "Tuple", "List", "Map", "Set", "Bytes" -> {
                    arrays(c);
                    slot(c, s - 1);
                    c.aload(MEM);
                    c.loadConstant(switch (type.name()) {
                        case "Tuple" -> Shapes.TUPLE;
                        case "List" -> Shapes.LIST;
                        case "Map" -> Shapes.MAP;
                        case "Set" -> Shapes.SET;
                        default -> Shapes.BYTES;
                    });
                    c.invokestatic(CD_FAST, "hasShape", MethodTypeDesc.of(CD_boolean, CD_LONGS, CD_BYTES, CD_int, CD_MEMORY, CD_int));
                    c.ifne(done);
                }
                default -> {
                }
            }
        }
        runtime(c, "checkType", pc, s);
        c.labelBinding(done);
    }

    /**
     * An instruction the engine does in a method of its own, which returns when it is done (or raises);
     * it may have run Runa code (a property of a built-in value), so the stack arrays are read again.
     */
    private void runtime(CodeBuilder c, String method, int pc, int s) {
        c.aload(RT);
        c.loadConstant(pc);
        slot(c, s);
        c.invokeinterface(CD_RUNTIME, method, MethodTypeDesc.of(CD_void, CD_int, CD_int));
        reload(c);
    }

    private void call(CodeBuilder c, int pc, int s) {
        c.aload(RT);
        c.loadConstant(pc);
        slot(c, s);
        c.invokeinterface(CD_RUNTIME, "call", PC_SP);
    }

    private void step(CodeBuilder c, int pc, int s) {
        c.aload(RT);
        c.loadConstant(pc);
        slot(c, s);
        c.invokeinterface(CD_RUNTIME, "step", PC_SP);
    }

    /** The engine executes the instruction; the code goes on with the next one, or gives control back. */
    private void stepToNext(CodeBuilder c, Instruction i, int s) {
        step(c, start + i.offset, s);
        c.loadConstant(start + i.next);
        c.if_icmpne(suspend);
        reload(c);
    }

    /** The engine executes a branching instruction; the code goes on at whichever successor it chose. */
    private void stepAndBranch(CodeBuilder c, Instruction i, int s, List<Integer> successors) {
        step(c, start + i.offset, s);
        c.istore(N);
        reload(c);
        for (int successor : new TreeSet<>(successors)) {
            if (successor >= 0 && successor < length && depthAt[successor] >= 0) {
                c.iload(N);
                c.loadConstant(start + successor);
                c.if_icmpeq(labels[successor]);
            }
        }
        c.goto_(suspend);
    }

    /**
     * With a {@link Fast} int result on the stack (1, 0 or SLOW): branches to the instruction's target
     * when it is 1 ({@code when} true) or 0 ({@code when} false), goes on otherwise, and lets the
     * engine decide on SLOW.
     */
    private void branchOn(CodeBuilder c, Instruction i, int s, boolean when) {
        int target = i.offset + i.operands[i.op.jumpOperand()];
        Label slow = c.newLabel();
        Label taken = c.newLabel();
        c.dup();
        c.iflt(slow);
        if (when) {
            c.ifne(taken);
        } else {
            c.ifeq(taken);
        }
        c.goto_(labels[i.next]);
        c.labelBinding(taken);
        jump(c, i, target);
        c.labelBinding(slow);
        c.pop();
        stepAndBranch(c, i, s, List.of(target, i.next));
    }

    /** A jump; a backward one is a loop's back-edge, where the engine polls and may take control back. */
    private void jump(CodeBuilder c, Instruction i, int target) {
        if (target <= i.offset) {
            c.aload(RT);
            c.loadConstant(start + target);
            slot(c, function.frameSize() + depthAt[target]);
            c.loadConstant((int) instructions.stream().filter(k -> k.offset >= target && k.offset <= i.offset).count());
            c.invokeinterface(CD_RUNTIME, "backEdge", MethodTypeDesc.of(CD_boolean, CD_int, CD_int, CD_int));
            c.ifne(suspend);
        }
        c.goto_(labels[target]);
    }

    /** A {@link Fast} helper on the slots from {@code at}, which returns false when the engine must do the instruction. */
    private void fastOrStep(CodeBuilder c, Instruction i, int s, int at, String helper) {
        fastOrStep(c, i, s, at, helper, null, null);
    }

    /** The same, for a helper with one more argument, of type {@code extra}, which {@code argument} pushes. */
    private void fastOrStep(CodeBuilder c, Instruction i, int s, int at, String helper, ClassDesc extra,
                            Consumer<CodeBuilder> argument) {
        Label done = c.newLabel();
        arrays(c);
        slot(c, at);
        if (argument != null) {
            argument.accept(c);
        }
        c.invokestatic(CD_FAST, helper, extra == null ? FAST_BOOL
                : MethodTypeDesc.of(CD_boolean, CD_LONGS, CD_BYTES, CD_int, extra));
        c.ifne(done);
        stepToNext(c, i, s);
        c.labelBinding(done);
    }

    private void fastInt(CodeBuilder c, String helper, int at) {
        arrays(c);
        slot(c, at);
        c.invokestatic(CD_FAST, helper, FAST_INT);
    }

    private void fastVoid(CodeBuilder c, String helper, int at) {
        arrays(c);
        slot(c, at);
        c.invokestatic(CD_FAST, helper, MethodTypeDesc.of(CD_void, CD_LONGS, CD_BYTES, CD_int));
    }

    private void copy(CodeBuilder c, int to, int from) {
        arrays(c);
        slot(c, to);
        slot(c, from);
        c.invokestatic(CD_FAST, "copy", MethodTypeDesc.of(CD_void, CD_LONGS, CD_BYTES, CD_int, CD_int));
    }

    private void put(CodeBuilder c, int at, byte tag, long payload) {
        arrays(c);
        slot(c, at);
        c.loadConstant((int) tag);
        c.loadConstant(payload);
        c.invokestatic(CD_FAST, "put", MethodTypeDesc.of(CD_void, CD_LONGS, CD_BYTES, CD_int, CD_byte, CD_long));
    }

    private static void arrays(CodeBuilder c) {
        c.aload(P);
        c.aload(T);
    }

    private static void slot(CodeBuilder c, int offset) {
        c.iload(BASE);
        if (offset != 0) {
            c.loadConstant(offset);
            c.iadd();
        }
    }

    private static void reload(CodeBuilder c) {
        c.aload(RT);
        c.invokeinterface(CD_RUNTIME, "payloads", MethodTypeDesc.of(CD_LONGS));
        c.astore(P);
        c.aload(RT);
        c.invokeinterface(CD_RUNTIME, "tags", MethodTypeDesc.of(CD_BYTES));
        c.astore(T);
    }
}
