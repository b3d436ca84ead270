package org.runavm.bytecode.internal.verify;

import java.util.HashSet;
import java.util.Set;

import org.runavm.bytecode.internal.format.RunabLayout;
import org.runavm.kernel.bytecode.DebugInfo;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.ProgramImage;

/**
 * Debug information: source file ids equal positions, the line table is sorted, inside the code
 * section and names existing files, and local names name existing function slots.
 */
final class DebugChecks {

    private final ProgramImage image;
    private final ProgramFacts facts;
    private final Problems problems;

    DebugChecks(ProgramImage image, ProgramFacts facts, Problems problems) {
        this.image = image;
        this.facts = facts;
        this.problems = problems;
    }

    void run() {
        DebugInfo debug = image.debugInfo();
        Set<Integer> files = new HashSet<>();
        for (int i = 0; i < debug.sourceFiles().size(); i++) {
            DebugInfo.SourceFile f = debug.sourceFiles().get(i);
            if (f.id() != i) {
                problem("source file " + f.path() + " has id " + f.id() + " at position " + i
                        + " (ids must equal positions)");
            }
            files.add(f.id());
        }
        int previous = -1;
        for (DebugInfo.LineEntry l : debug.lineTable()) {
            String where = "line entry at code offset " + l.codeOffset();
            if (l.codeOffset() < 0 || l.codeOffset() >= Math.max(1, image.codeLength())) {
                problem(where + " is outside the code section");
            } else if (l.codeOffset() <= previous) {
                problem(where + " is out of order");
            }
            previous = l.codeOffset();
            if (!files.contains(l.fileId())) {
                problem(where + " names unknown source file " + l.fileId());
            }
            if (l.line() < 1 || l.column() < 0) {
                problem(where + " has line " + l.line() + ", column " + l.column());
            }
        }
        for (DebugInfo.LocalName n : debug.localNames()) {
            if (n.functionId() < 0 || n.functionId() >= image.functions().size()) {
                problem("local name " + n.name() + " belongs to unknown function " + n.functionId());
                continue;
            }
            FunctionInfo f = image.functions().get(n.functionId());
            int frame = facts.frameSize(n.functionId());
            if (n.slot() >= frame) {
                problem("local name " + n.name() + " names slot " + n.slot() + " of " + CodeChecks.label(f)
                        + ", whose frame has " + frame);
            }
        }
    }

    private void problem(String message) {
        problems.add(RunabLayout.DEBUG, message);
    }
}
