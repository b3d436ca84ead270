package org.runavm.launcher.cli;

/**
 * A flag one command accepts, as the parser needs to know it.
 *
 * @param name       without dashes
 * @param arity      whether it takes a value; an optional value is only taken in the {@code --flag=value} form
 * @param repeatable whether it may be given more than once
 */
record FlagDef(String name, ValueType.Arity arity, boolean repeatable) {
    static FlagDef of(VmOption option) {
        return new FlagDef(option.name(), option.type().arity(), option.type().permission());
    }

    static FlagDef flag(String name) {
        return new FlagDef(name, ValueType.Arity.NONE, false);
    }

    static FlagDef value(String name) {
        return new FlagDef(name, ValueType.Arity.REQUIRED, false);
    }
}
