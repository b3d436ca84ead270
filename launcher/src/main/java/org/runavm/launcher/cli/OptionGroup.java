package org.runavm.launcher.cli;

/** The groups of cli.md's flag table, in its order; {@code --help} prints one section per group. */
enum OptionGroup {
    COMMON("Common"),
    MEMORY("Memory"),
    PERFORMANCE("Performance"),
    SECURITY("Security"),
    DEBUGGING("Debugging"),
    STARTUP("Startup"),
    PORTABILITY("Portability"),
    DEPLOYMENT("Deployment");

    private final String heading;

    OptionGroup(String heading) {
        this.heading = heading;
    }

    String heading() {
        return heading;
    }
}
