package org.runavm.kernel.compile;

import org.runavm.kernel.config.VmConfig;

/**
 * How to compile: the settings of {@code runa compile} ({@code --optimize}, {@code --no-debug-info},
 * {@code --aot}).
 *
 * @param optimizeLevel 0 (none) to 3 (most); level 0 still folds nothing away that changes behaviour
 * @param debugInfo     whether line/column and local-variable tables are emitted
 * @param aot           whether ahead-of-time code is produced as well
 */
public record CompileOptions(int optimizeLevel, boolean debugInfo, boolean aot) {

    /** The CLI defaults: optimize level 1, debug info on, no AOT. */
    public static final CompileOptions DEFAULTS = new CompileOptions(1, true, false);

    public CompileOptions {
        if (optimizeLevel < 0 || optimizeLevel > 3) {
            throw new IllegalArgumentException("optimize level must be 0-3, not " + optimizeLevel);
        }
    }

    /**
     * The options a VM compiles a program to run with: {@code config}'s optimize level and
     * {@code --use-aot}, debug information on (stack traces name files and lines).
     *
     * @since 1.1
     */
    public static CompileOptions forRun(VmConfig config) {
        return new CompileOptions(config.optimize(), true, config.useAot());
    }

    public CompileOptions withOptimizeLevel(int level) {
        return new CompileOptions(level, debugInfo, aot);
    }

    public CompileOptions withDebugInfo(boolean on) {
        return new CompileOptions(optimizeLevel, on, aot);
    }

    public CompileOptions withAot(boolean on) {
        return new CompileOptions(optimizeLevel, debugInfo, on);
    }
}
