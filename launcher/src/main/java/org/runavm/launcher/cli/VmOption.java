package org.runavm.launcher.cli;

import org.runavm.kernel.config.VmConfig;

/**
 * One VM option: its flag name (without dashes, which is also its config-file key), group, value
 * type, help text and how a value sets it on a {@link VmConfig.Builder}.
 *
 * @param name        {@code gc-max-heap}
 * @param label       the value's placeholder in help ({@code SIZE}), empty for a switch
 * @param description one plain sentence for {@code --help}
 * @param applier     sets the raw value on a builder; null for permission flags, which are collected
 *                    into one ordered list instead
 */
record VmOption(String name, OptionGroup group, ValueType type, String label, String description,
        Applier applier) {

    /** Sets one raw value (see {@link Setting#value()}) on a builder. */
    @FunctionalInterface
    interface Applier {
        void apply(VmConfig.Builder builder, String value);
    }

    /** The flag as typed: {@code --gc-max-heap}. */
    String flag() {
        return "--" + name;
    }

    /** The flag with its value placeholder, as {@code --help} shows it. */
    String synopsis() {
        return switch (type.arity()) {
            case NONE -> flag();
            case REQUIRED -> flag() + " " + label;
            case OPTIONAL -> flag() + "[=" + label + "]";
        };
    }
}
