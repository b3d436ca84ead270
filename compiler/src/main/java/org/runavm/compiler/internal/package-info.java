/** The compiler bundle's service component. Private. */
package org.runavm.compiler.internal;
