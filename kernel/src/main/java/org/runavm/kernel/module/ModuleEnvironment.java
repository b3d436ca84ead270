package org.runavm.kernel.module;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import org.runavm.kernel.security.SecurityPolicy;

/**
 * The parts of a VM a native function may use. Every capability-bearing operation asks
 * {@link #security()} first ({@code security().require(Permission.FS_READ, path)}); a denied operation
 * must have had no side effect.
 */
@ProviderType
public interface ModuleEnvironment {
    SecurityPolicy security();

    /** Standard input; the VM flushes {@link #stdout()} before a read, as {@code cli.md} requires. */
    InputStream stdin();

    PrintStream stdout();

    PrintStream stderr();

    /** The program's arguments ({@code system.args()}). */
    List<String> programArguments();

    /** The process environment; reading a variable still needs the {@code env} permission. */
    Map<String, String> environment();

    /** The directory relative paths are resolved against. */
    Path workingDirectory();
}
