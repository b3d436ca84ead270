package org.runavm.boot;

import java.util.Map;

/**
 * The entry point of a distribution jar ({@code java -jar runavm-standard.jar ...}). The system
 * property {@code runavm.command} chooses the command ({@code runavm}, the default, or {@code runa}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int status = run(System.getProperty("runavm.command", "runavm"), args, System.getenv());
        System.out.flush();
        System.exit(status);
    }

    /** Boots the running distribution, runs {@code command} with {@code args}, and returns its exit status. */
    static int run(String command, String[] args, Map<String, String> env) {
        LogSetup.configure(LogSetup.level(args, env));
        try (RunaFramework framework = RunaFramework.boot(Distribution.open(Distribution.running()), env, Map.of())) {
            return framework.command(command).applyAsInt(args);
        } catch (BootException e) {
            System.err.println(e.getMessage());
            return e.exitStatus();
        }
    }
}
