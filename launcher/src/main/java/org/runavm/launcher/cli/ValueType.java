package org.runavm.launcher.cli;

/**
 * The kind of value a VM option takes. It decides how the command line is read (no value, a required
 * value, a value only in the {@code --flag=value} form) and which JSON types a config file may use.
 */
enum ValueType {
    /** A switch without value ({@code --gc-log}); JSON {@code true}/{@code false}. */
    FLAG(Arity.NONE, "true or false"),
    /** A byte size ({@code 128m}); JSON string or number of bytes. */
    SIZE(Arity.REQUIRED, "a size such as \"128m\" or a number of bytes"),
    /** A whole number; JSON number. */
    INTEGER(Arity.REQUIRED, "a whole number"),
    /** One word of a fixed set; JSON string. */
    CHOICE(Arity.REQUIRED, "a string"),
    /** A file path; JSON string (relative paths in a config file are relative to that file). */
    FILE(Arity.REQUIRED, "a file path string"),
    /** A name ({@code --snapshot-main PROCESS}); JSON string. */
    NAME(Arity.REQUIRED, "a string"),
    /** On, optionally with a file ({@code --profile-gen[=FILE]}); JSON boolean or string. */
    OPTIONAL_FILE(Arity.OPTIONAL, "true, false or a file path string"),
    /** A repeatable permission flag that needs a SPEC; JSON string or array of strings. */
    PERMISSION_SPEC(Arity.REQUIRED, "a string or an array of strings"),
    /** A repeatable permission flag with an optional list; JSON boolean, string or array of strings. */
    PERMISSION_LIST(Arity.OPTIONAL, "true, a string or an array of strings"),
    /** A permission flag without value ({@code --allow-sys}); JSON boolean. */
    PERMISSION_SWITCH(Arity.NONE, "true or false");

    /** How many values the flag takes on the command line. */
    enum Arity { NONE, REQUIRED, OPTIONAL }

    private final Arity arity;
    private final String json;

    ValueType(Arity arity, String json) {
        this.arity = arity;
        this.json = json;
    }

    Arity arity() {
        return arity;
    }

    /** What a config file must give for this type, for error messages. */
    String expectedJson() {
        return json;
    }

    boolean permission() {
        return this == PERMISSION_SPEC || this == PERMISSION_LIST || this == PERMISSION_SWITCH;
    }

    boolean path() {
        return this == FILE || this == OPTIONAL_FILE;
    }
}
