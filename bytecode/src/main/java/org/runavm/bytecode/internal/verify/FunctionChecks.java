package org.runavm.bytecode.internal.verify;

import java.util.List;

import org.runavm.bytecode.internal.format.RunabLayout;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.bytecode.TypeInfo;

/**
 * Function records: ids, type references, parameter and local descriptors, the code range inside
 * the code section, exception table ranges and flags. Instruction-level checks are
 * {@link CodeChecks}'.
 */
final class FunctionChecks {

    private static final int KNOWN_FLAGS = 0xFF;
    private static final int KNOWN_PARAMETER_FLAGS = FunctionInfo.Parameter.HAS_DEFAULT | FunctionInfo.Parameter.REST;

    private final ProgramImage image;
    private final Problems problems;
    private final java.util.Set<FunctionInfo> overlapping =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    FunctionChecks(ProgramImage image, Problems problems) {
        this.image = image;
        this.problems = problems;
    }

    void run() {
        List<FunctionInfo> functions = image.functions();
        if (functions.isEmpty()) {
            problems.add(RunabLayout.FUNCTIONS, "the program has no functions (function 0 is its top level)");
        } else if (!functions.getFirst().parameters().isEmpty() || !functions.getFirst().upvalues().isEmpty()) {
            problem(functions.getFirst(), "is the entry function, so it can take no parameters and capture nothing");
        }
        for (int i = 0; i < functions.size(); i++) {
            FunctionInfo f = functions.get(i);
            if (f.id() != i) {
                problem(f, "has id " + f.id() + " at position " + i + " (ids must equal positions)");
            }
            if (f.name().isEmpty()) {
                problem(f, "has an empty name");
            }
            if (f.typeId() != ProgramImage.NO_ID && (!typeInRange(f.typeId())
                    || !(image.types().get(f.typeId()).shape() instanceof TypeInfo.FunctionSig))) {
                problem(f, "has type " + f.typeId() + ", which is not a function signature type");
            }
            if ((f.flags() & ~KNOWN_FLAGS) != 0) {
                problem(f, String.format("has unknown flags 0x%X", f.flags() & ~KNOWN_FLAGS));
            }
            parameters(f);
            codeRange(f);
            if (codeRangeValid(f)) {
                locals(f);
                exceptionTable(f);
            }
        }
        findOverlaps(functions);
    }

    /** Whether the function's code overlaps another's (then its instructions are not checked twice). */
    boolean overlaps(int index) {
        return overlapping.contains(image.functions().get(index));
    }

    /**
     * Code slices must not overlap: besides being meaningless, overlaps would let a small file make
     * the verifier check the same bytes once per function, which is how a file could make it hang.
     */
    private void findOverlaps(List<FunctionInfo> functions) {
        List<FunctionInfo> byOffset = functions.stream().filter(f -> codeRangeValid(f) && f.codeLength() > 0)
                .sorted(java.util.Comparator.comparingInt(FunctionInfo::codeOffset)).toList();
        long end = -1;
        FunctionInfo last = null;
        for (FunctionInfo f : byOffset) {
            if (f.codeOffset() < end) {
                overlapping.add(f);
                problem(f, "has code at " + f.codeOffset() + " that overlaps the code of " + CodeChecks.label(last));
            }
            if ((long) f.codeOffset() + f.codeLength() > end) {
                end = (long) f.codeOffset() + f.codeLength();
                last = f;
            }
        }
    }

    /** Whether the function's code lies inside the code section (so its instructions can be checked). */
    boolean codeRangeValid(FunctionInfo f) {
        return f.codeOffset() >= 0 && f.codeLength() >= 0
                && (long) f.codeOffset() + f.codeLength() <= image.codeLength();
    }

    private void codeRange(FunctionInfo f) {
        if (!codeRangeValid(f)) {
            problem(f, "has code [" + f.codeOffset() + ", +" + f.codeLength() + ") outside the "
                    + image.codeLength() + "-byte code section");
        } else if (f.codeLength() == 0 && !f.has(FunctionInfo.EXTERNAL) && !f.has(FunctionInfo.NATIVE)) {
            problem(f, "has no code but is neither EXTERNAL nor NATIVE");
        }
    }

    private void parameters(FunctionInfo f) {
        List<FunctionInfo.Parameter> params = f.parameters();
        for (int i = 0; i < params.size(); i++) {
            FunctionInfo.Parameter p = params.get(i);
            if (p.typeId() != ProgramImage.NO_ID && !typeInRange(p.typeId())) {
                problem(f, "parameter " + p.name() + " has type " + p.typeId() + " of " + image.types().size());
            }
            if ((p.flags() & ~KNOWN_PARAMETER_FLAGS) != 0) {
                problem(f, "parameter " + p.name() + " has unknown flags " + p.flags());
            }
            if (p.has(FunctionInfo.Parameter.REST) && (i != params.size() - 1 || !f.has(FunctionInfo.VARARGS))) {
                problem(f, "parameter " + p.name() + " collects the rest, but is not the last of a VARARGS function");
            }
        }
    }

    private void locals(FunctionInfo f) {
        for (FunctionInfo.Local l : f.locals()) {
            if (l.typeId() != ProgramImage.NO_ID && !typeInRange(l.typeId())) {
                problem(f, "local " + l.name() + " has type " + l.typeId() + " of " + image.types().size());
            }
            if (l.scopeStart() < 0 || l.scopeStart() > l.scopeEnd() || l.scopeEnd() > f.codeLength()) {
                problem(f, "local " + l.name() + " has scope [" + l.scopeStart() + ", " + l.scopeEnd()
                        + ") outside its " + f.codeLength() + " bytes of code");
            }
        }
    }

    private void exceptionTable(FunctionInfo f) {
        for (FunctionInfo.ExceptionEntry e : f.exceptionTable()) {
            String where = "exception entry [" + e.start() + ", " + e.end() + ") -> " + e.handler();
            if (e.start() < 0 || e.start() >= e.end() || e.end() > f.codeLength()) {
                problem(f, where + " has an empty or out-of-range protected range");
            }
            if (e.handler() < 0 || e.handler() >= f.codeLength()) {
                problem(f, where + " has its handler outside the function");
            }
            if (e.catchTypeId() != ProgramImage.NO_ID) {
                if (e.isFinally()) {
                    problem(f, where + " is a finally entry with a catch type");
                } else if (!typeInRange(e.catchTypeId())
                        || image.types().get(e.catchTypeId()).shape() instanceof TypeInfo.Primitive) {
                    problem(f, where + " catches type " + e.catchTypeId() + ", which is not an error class");
                }
            }
        }
    }

    private boolean typeInRange(int id) {
        return id >= 0 && id < image.types().size();
    }

    private void problem(FunctionInfo f, String message) {
        problems.add(RunabLayout.FUNCTIONS, CodeChecks.label(f), -1, message);
    }
}
