package org.runavm.bytecode.internal.verify;

import java.util.List;

import org.runavm.bytecode.internal.format.RunabLayout;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.InstructionReader;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.OperandKind;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.StackDepths;
import org.runavm.kernel.bytecode.TypeInfo;

/**
 * The instructions of one function: they decode, every operand indexes something that exists and
 * has the right kind, jump and switch targets are instruction starts inside the function, the
 * stack depth is the same on every path and within max stack, exception ranges fall on
 * instruction boundaries, and control cannot fall off the end.
 */
final class CodeChecks {

    private final ProgramImage image;
    private final FunctionInfo function;
    private final ProgramFacts facts;
    private final Problems problems;
    private final byte[] code;
    private final int frameSize;

    /** Checks function number {@code index} (its position: the id field may be wrong). */
    CodeChecks(ProgramImage image, int index, ProgramFacts facts, Problems problems) {
        this.image = image;
        this.function = image.functions().get(index);
        this.facts = facts;
        this.problems = problems;
        this.code = image.codeOf(function);
        this.frameSize = facts.frameSize(index);
    }

    /** How problems name a function: its name and id. */
    static String label(FunctionInfo f) {
        return f.name() + " #" + f.id();
    }

    void run() {
        if (code.length == 0) {
            return;
        }
        int[] handlers = function.exceptionTable().stream()
                .mapToInt(FunctionInfo.ExceptionEntry::handler).filter(h -> h >= 0 && h < code.length).toArray();
        StackDepths.Result depths = StackDepths.compute(code, 0, code.length, handlers, facts::switchCases);
        for (StackDepths.Problem p : depths.problems()) {
            problem(p.offset(), p.message());
        }
        boolean[] starts = new boolean[code.length + 1];
        InstructionReader in = new InstructionReader(code);
        try {
            while (in.next()) {
                starts[in.offset()] = true;
                operands(in);
                stackLimit(in, depths.depthAt()[in.offset()]);
            }
        } catch (InstructionReader.MalformedCodeException e) {
            return; // reported by StackDepths
        }
        starts[code.length] = true;
        for (FunctionInfo.ExceptionEntry e : function.exceptionTable()) {
            boundary(starts, e.start(), "exception range start");
            boundary(starts, e.end(), "exception range end");
            // handlers are entry points of the stack analysis, which reports one inside an instruction
        }
    }

    private void boundary(boolean[] starts, int offset, String what) {
        if (offset >= 0 && offset <= code.length && !starts[offset]) {
            problem(offset, what + " is inside an instruction");
        }
    }

    private void stackLimit(InstructionReader in, int before) {
        if (before < 0) {
            return;
        }
        int[] ops = in.operands();
        Opcode op = in.opcode();
        int after = before - op.stack().pops(ops) + Math.max(op.stack().pushes(ops), op.stack().branchPushes(ops));
        if (Math.max(before, after) > function.maxStack()) {
            problem(in.offset(), op.mnemonic() + " takes the stack to " + Math.max(before, after)
                    + " values, over the declared max stack " + function.maxStack());
        }
    }

    private void operands(InstructionReader in) {
        Opcode op = in.opcode();
        List<OperandKind> kinds = op.operands();
        for (int i = 0; i < kinds.size(); i++) {
            operand(in, op, kinds.get(i), in.operand(i));
        }
        special(in, op);
    }

    private void operand(InstructionReader in, Opcode op, OperandKind kind, int value) {
        int at = in.offset();
        String what = op.mnemonic() + " ";
        switch (kind) {
            case CONSTANT -> constant(at, what, value);
            case NAME -> {
                if (constant(at, what, value) && !(image.constants().get(value) instanceof Constant.Text)) {
                    problem(at, what + "names constant #" + value + ", which is not Text");
                }
            }
            case NAMES -> names(at, what, value, in.operand(op.operands().indexOf(OperandKind.ARG_COUNT)));
            case EXTERNAL -> {
                if (constant(at, what, value) && !(image.constants().get(value) instanceof Constant.ExternalRef)) {
                    problem(at, what + "uses constant #" + value + ", which is not an external reference");
                }
            }
            case SWITCH_TABLE -> {
                if (constant(at, what, value) && facts.switchCases(value) == null) {
                    problem(at, what + "uses constant #" + value + ", which is not a Map of Integer offsets");
                }
            }
            case TYPE -> {
                if (value >= image.types().size()) {
                    problem(at, what + "uses type " + value + " but there are " + image.types().size());
                }
            }
            case FUNCTION -> {
                if (value >= image.functions().size()) {
                    problem(at, what + "uses function " + value + " but there are " + image.functions().size());
                }
            }
            case LOCAL -> {
                if (value >= frameSize) {
                    problem(at, what + "uses local " + value + " but the frame has " + frameSize + " slots");
                }
            }
            case UPVALUE -> {
                if (value >= function.upvalues().size()) {
                    problem(at, what + "uses upvalue " + value + " but the function has " + function.upvalues().size());
                }
            }
            default -> { }
        }
    }

    private boolean constant(int at, String what, int index) {
        if (index >= image.constants().size()) {
            problem(at, what + "uses constant #" + index + " but the pool has " + image.constants().size());
            return false;
        }
        return true;
    }

    private void names(int at, String what, int index, int argCount) {
        if (!constant(at, what, index)) {
            return;
        }
        if (!facts.isTextList(index)) {
            problem(at, what + "uses constant #" + index + ", which is not a List of Text");
        } else if (((Constant.ListOf) image.constants().get(index)).elements().size() > argCount) {
            int named = ((Constant.ListOf) image.constants().get(index)).elements().size();
            problem(at, what + "names " + named + " arguments but passes only " + argCount);
        }
    }

    /** Checks that depend on the opcode, beyond operand ranges. */
    private void special(InstructionReader in, Opcode op) {
        int at = in.offset();
        switch (op) {
            case NEW -> struct(at, in.operand(0), false);
            case CALL_SUPER -> struct(at, in.operand(0), true);
            case LAMBDA -> closureFree(at, in.operand(0));
            case CALL_KNOWN, TAIL_CALL_KNOWN -> {
                if (closureFree(at, in.operand(0))) {
                    arity(at, in.operand(0), in.operand(1));
                }
            }
            case CLOSURE -> captures(at, in.operand(0));
            case YIELD -> {
                if (!function.has(FunctionInfo.GENERATOR)) {
                    problem(at, "YIELD outside a GENERATOR function");
                }
            }
            case JUMP_IF_ARG_SET -> {
                if (in.operand(0) >= function.parameters().size()) {
                    problem(at, "JUMP_IF_ARG_SET tests slot " + in.operand(0) + ", which is not a parameter");
                }
            }
            case RANGE_TEST -> {
                if (in.operand(0) + 2 >= frameSize) {
                    problem(at, "RANGE_TEST needs slots " + in.operand(0) + ".." + (in.operand(0) + 2)
                            + " but the frame has " + frameSize);
                }
            }
            case INVOKE_FFI -> {
                if (!image.header().has(Header.REQUIRES_FFI)) {
                    problem(at, "INVOKE_FFI in a program whose header lacks REQUIRES_FFI");
                }
            }
            default -> { }
        }
    }

    private void struct(int at, int typeId, boolean needsParent) {
        if (typeId >= image.types().size()) {
            return;
        }
        TypeInfo t = image.types().get(typeId);
        if (!(t.shape() instanceof TypeInfo.Struct s)) {
            problem(at, "type " + typeId + " " + t.name() + " is not a class");
        } else if (needsParent && s.parentId() == ProgramImage.NO_ID) {
            problem(at, "CALL_SUPER in class " + t.name() + ", which has no parent");
        }
    }

    private boolean closureFree(int at, int functionId) {
        if (functionId >= image.functions().size()) {
            return false;
        }
        if (!image.functions().get(functionId).upvalues().isEmpty()) {
            problem(at, "function " + functionId + " captures variables, so it needs CLOSURE");
            return false;
        }
        return true;
    }

    private void arity(int at, int calleeId, int argCount) {
        FunctionInfo callee = image.functions().get(calleeId);
        int required = facts.requiredParameters(calleeId);
        boolean varargs = callee.has(FunctionInfo.VARARGS);
        if (argCount < required || (!varargs && argCount > callee.parameters().size())) {
            problem(at, "calls " + label(callee) + " with " + argCount + " arguments; it takes "
                    + required + ".." + callee.parameters().size());
        }
    }

    private void captures(int at, int functionId) {
        if (functionId >= image.functions().size()) {
            return;
        }
        int local = facts.maxLocalCapture(functionId);
        int upvalue = facts.maxUpvalueCapture(functionId);
        if (local >= frameSize) {
            problem(at, "CLOSURE of function " + functionId + " captures local " + local
                    + ", which this function does not have");
        }
        if (upvalue >= function.upvalues().size()) {
            problem(at, "CLOSURE of function " + functionId + " captures upvalue " + upvalue
                    + ", which this function does not have");
        }
    }

    private void problem(int offset, String message) {
        problems.add(RunabLayout.CODE, label(function), offset, message);
    }
}
