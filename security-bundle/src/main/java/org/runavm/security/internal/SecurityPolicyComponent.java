package org.runavm.security.internal;

import org.osgi.service.component.annotations.Component;
import org.runavm.kernel.security.AuditSink;
import org.runavm.kernel.security.PolicyException;
import org.runavm.kernel.security.SandboxSettings;
import org.runavm.kernel.security.SecurityPolicy;
import org.runavm.kernel.security.SecurityPolicyFactory;

/**
 * The OSGi face of the security bundle: provides {@link SecurityPolicyFactory} through Declarative
 * Services and hands every call to {@link PolicyFactory}. Policies it created stay valid when the
 * bundle stops; new VMs get the factory of whichever bundle version is active.
 */
@Component(service = SecurityPolicyFactory.class)
public final class SecurityPolicyComponent implements SecurityPolicyFactory {

    private final PolicyFactory factory = new PolicyFactory();

    @Override
    public SecurityPolicy create(SandboxSettings settings) throws PolicyException {
        return factory.create(settings);
    }

    @Override
    public SecurityPolicy create(SandboxSettings settings, AuditSink sink) throws PolicyException {
        return factory.create(settings, sink);
    }
}
