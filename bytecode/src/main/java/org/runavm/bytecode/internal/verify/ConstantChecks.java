package org.runavm.bytecode.internal.verify;

import java.util.List;

import org.runavm.bytecode.internal.format.RunabLayout;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.ProgramImage;

/**
 * Constant pool references: List and Map elements name earlier entries (so the pool has no
 * cycles), Map keys are hashable, function/type/library references are in range.
 */
final class ConstantChecks {

    private final ProgramImage image;
    private final Problems problems;

    ConstantChecks(ProgramImage image, Problems problems) {
        this.image = image;
        this.problems = problems;
    }

    void run() {
        List<Constant> pool = image.constants();
        for (int i = 0; i < pool.size(); i++) {
            current = i;
            switch (pool.get(i)) {
                case Constant.ListOf l -> l.elements().forEach(e -> earlier(e, "element"));
                case Constant.MapOf m -> {
                    m.values().forEach(v -> earlier(v, "value"));
                    for (int k : m.keys()) {
                        if (earlier(k, "key") && (pool.get(k) instanceof Constant.ListOf
                                || pool.get(k) instanceof Constant.MapOf)) {
                            problem(i, "has a List or Map as a key");
                        }
                    }
                }
                case Constant.FunctionRef f -> {
                    if (f.functionId() < 0 || f.functionId() >= image.functions().size()) {
                        problem(i, "refers to function " + f.functionId() + " of " + image.functions().size());
                    } else if (!image.functions().get(f.functionId()).upvalues().isEmpty()) {
                        problem(i, "refers to function " + f.functionId() + ", which needs a closure (it has upvalues)");
                    }
                }
                case Constant.TypeRef t -> {
                    if (t.typeId() < 0 || t.typeId() >= image.types().size()) {
                        problem(i, "refers to type " + t.typeId() + " of " + image.types().size());
                    }
                }
                case Constant.ExternalRef e -> {
                    int libs = image.header().nativeLibraries().size();
                    if (e.libraryIndex() < 0 || e.libraryIndex() >= libs) {
                        problem(i, "refers to native library " + e.libraryIndex() + " of " + libs);
                    }
                    if (e.name().isBlank()) {
                        problem(i, "is an external reference with an empty name");
                    }
                }
                default -> { }
            }
        }
    }

    private int current;

    private boolean earlier(int index, String what) {
        if (index < 0 || index >= current) {
            problem(current, "has " + what + " #" + index + ", which is not an earlier constant");
            return false;
        }
        return true;
    }

    private void problem(int index, String message) {
        problems.add(RunabLayout.CONSTANTS, "constant #" + index + " " + message);
    }
}
