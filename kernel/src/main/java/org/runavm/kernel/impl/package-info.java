/**
 * Private: the VM lifecycle behind {@link org.runavm.kernel.RunaVmFactory}. {@code VmFactoryComponent}
 * tracks the implementation services (dynamically, so bundles can come and go while the framework
 * runs); each {@code VmInstance} binds the ones its configuration names when it is created.
 */
package org.runavm.kernel.impl;
