package org.runavm.engine.interpreter.internal;

/**
 * An imported module: its members by name (native functions and constants of a native module, or the
 * globals of a Runa module), rooted so Text constants stay valid.
 */
record ModuleInfo(int index, String name, RootedTable members) {
}
