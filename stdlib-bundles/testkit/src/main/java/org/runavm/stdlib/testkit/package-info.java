/**
 * Test support for native modules: {@link org.runavm.stdlib.testkit.ModuleHarness} binds a
 * {@link org.runavm.kernel.module.NativeModule} the way an engine would and calls its functions with
 * Java values, so module tests need neither an engine nor an OSGi framework.
 *
 * <p>The fixture is strict where an engine is strict: arguments and results must follow the Java value
 * mapping of {@link org.runavm.kernel.module.NativeCall} (a {@code java.lang.Integer} result is a defect,
 * not a Runa Integer), arity is checked as declared, and scalar accessors raise {@code TypeError} for a
 * wrong type. For convenience, {@code int} arguments written in tests are widened to {@code Long}.
 */
package org.runavm.stdlib.testkit;
