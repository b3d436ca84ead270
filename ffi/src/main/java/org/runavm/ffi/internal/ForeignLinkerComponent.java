package org.runavm.ffi.internal;

import org.osgi.service.component.annotations.Component;
import org.runavm.kernel.ffi.ForeignLinker;
import org.runavm.kernel.ffi.ForeignSession;

/** The {@link ForeignLinker} service: each VM gets a {@link NativeSession} of its own. */
@Component(service = ForeignLinker.class)
public final class ForeignLinkerComponent implements ForeignLinker {
    @Override
    public ForeignSession openSession() {
        return new NativeSession();
    }
}
