package org.runavm.bytecode.internal.verify;

import java.util.List;

import org.runavm.bytecode.internal.format.RunabLayout;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.MetadataEntry;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.loader.VerificationProblem;

/**
 * Checks everything {@code spec/bytecode.md} promises under "What the verifier guarantees" that the
 * reader has not already checked: versions, every index in range, code structure and stack depths,
 * exception tables, debug information. Returns every problem found, never throws for any image.
 *
 * <p>The checks are split by section: {@link ConstantChecks}, {@link TypeChecks},
 * {@link FunctionChecks} (records), {@link CodeChecks} (instructions) and {@link DebugChecks}.
 */
public final class Verifier {

    /** The VM version this verifier accepts programs for (minimum VM version in the header). */
    public static final int VM_MAJOR = 0;
    public static final int VM_MINOR = 1;

    private static final int KNOWN_HEADER_FLAGS = 0xFF;

    /** All problems of the image; empty when it is valid. */
    public List<VerificationProblem> verify(ProgramImage image) {
        Problems problems = new Problems();
        header(image.header(), problems);
        new ConstantChecks(image, problems).run();
        new TypeChecks(image, problems).run();
        FunctionChecks functions = new FunctionChecks(image, problems);
        functions.run();
        ProgramFacts facts = new ProgramFacts(image);
        for (int i = 0; i < image.functions().size(); i++) {
            FunctionInfo f = image.functions().get(i);
            if (functions.codeRangeValid(f) && !functions.overlaps(i)) {
                new CodeChecks(image, i, facts, problems).run();
            }
        }
        metadata(image.metadata(), problems);
        new DebugChecks(image, facts, problems).run();
        return problems.toList();
    }

    private static void header(Header h, Problems p) {
        String s = RunabLayout.HEADER;
        if (h.formatMajor() != Header.FORMAT_MAJOR || h.formatMinor() != Header.FORMAT_MINOR) {
            p.add(s, "format version " + h.formatMajor() + "." + h.formatMinor()
                    + " is not supported (this VM reads 1.2)");
        }
        if (h.minVmMajor() > VM_MAJOR || (h.minVmMajor() == VM_MAJOR && h.minVmMinor() > VM_MINOR)) {
            p.add(s, "the program needs VM version " + h.minVmMajor() + "." + h.minVmMinor()
                    + " or newer (this is " + VM_MAJOR + "." + VM_MINOR + ")");
        }
        if ((h.flags() & ~KNOWN_HEADER_FLAGS) != 0) {
            p.add(s, String.format("unknown header flags 0x%X", h.flags() & ~KNOWN_HEADER_FLAGS));
        }
        for (int i = 0; i < h.nativeLibraries().size(); i++) {
            if (h.nativeLibraries().get(i).isBlank()) {
                p.add(s, "native library #" + i + " has an empty name");
            }
        }
    }

    private static void metadata(List<MetadataEntry> entries, Problems p) {
        for (int i = 0; i < entries.size(); i++) {
            int type = entries.get(i).type();
            if (type < MetadataEntry.SOURCE_PATH || type > MetadataEntry.SECURITY_REQUIREMENTS) {
                p.add(RunabLayout.METADATA, String.format("entry #%d has unknown type 0x%02X", i, type));
            }
        }
    }
}
