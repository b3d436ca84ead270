package org.runavm.engine.interpreter.internal;

/**
 * An imported module: its members by name (native functions and constants of a native module, or the
 * globals of a Runa module), rooted so Text constants stay valid.
 */
final class ModuleInfo {
    private final int index;
    private final String name;
    private final RootedTable members;
    /**
     * True while a Runa module's top level runs. A module that imports, directly or not, a module
     * whose top level is still running (a circular import) sees it as it is at that moment.
     */
    volatile boolean running;

    ModuleInfo(int index, String name, RootedTable members) {
        this.index = index;
        this.name = name;
        this.members = members;
    }

    int index() {
        return index;
    }

    String name() {
        return name;
    }

    RootedTable members() {
        return members;
    }

    /** The AttributeError for a member the module does not have (yet, when it is still running). */
    RunaException noMember(String member) {
        String message = "module " + name + " has no member " + member;
        if (running) {
            message += " yet: its top level is still running (a circular import reached it before "
                    + member + " was defined)";
        }
        return new RunaException("AttributeError", message);
    }
}
