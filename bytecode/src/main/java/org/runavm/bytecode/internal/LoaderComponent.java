package org.runavm.bytecode.internal;

import java.io.IOException;

import org.osgi.service.component.annotations.Component;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.loader.Loader;
import org.runavm.kernel.loader.VerificationException;

/** Registers the {@link RunabLoader} as the framework's {@link Loader} service. */
@Component(service = Loader.class)
public final class LoaderComponent implements Loader {

    private final Loader delegate = new RunabLoader();

    @Override
    public ProgramImage load(byte[] bytes, String origin) throws VerificationException {
        return delegate.load(bytes, origin);
    }

    @Override
    public void verify(ProgramImage image, String origin) throws VerificationException {
        delegate.verify(image, origin);
    }

    @Override
    public byte[] write(ProgramImage image) {
        return delegate.write(image);
    }

    @Override
    public void disassemble(ProgramImage image, Appendable out) throws IOException {
        delegate.disassemble(image, out);
    }
}
