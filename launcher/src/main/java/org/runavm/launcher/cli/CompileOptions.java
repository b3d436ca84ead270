package org.runavm.launcher.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The flags of {@code runa compile} that are not VM options ({@code --optimize} lives in the VmConfig).
 *
 * @param output    {@code --output FILE.runab}; empty means {@code FILE.runab} next to the source
 * @param aot       {@code --aot}: also produce ahead-of-time compiled code for {@code runavm --use-aot}
 * @param debugInfo false with {@code --no-debug-info}: leave line and column tables out
 */
public record CompileOptions(Optional<Path> output, boolean aot, boolean debugInfo) {
    /** No flags: default output, no AOT, with debug information. */
    public static final CompileOptions DEFAULT = new CompileOptions(Optional.empty(), false, true);

    public CompileOptions {
        Objects.requireNonNull(output, "output");
    }

    /** The file to write for {@code source}: {@link #output()} or the source with the {@code .runab} extension. */
    public Path outputFor(Path source) {
        if (output.isPresent()) {
            return output.get();
        }
        String name = source.getFileName().toString();
        String base = name.endsWith(".runa") ? name.substring(0, name.length() - ".runa".length()) : name;
        return source.resolveSibling(base + ".runab");
    }
}
