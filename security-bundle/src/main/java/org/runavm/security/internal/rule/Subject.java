package org.runavm.security.internal.rule;

import java.nio.file.Path;

/**
 * A request's target in the form rules match against: a canonical path, a host and port, or a name.
 * {@link #text()} is the target as judged, for decisions and audit records.
 */
public sealed interface Subject {

    String text();

    /** A canonical file system path (also a program or library named by path). */
    record PathSubject(Path path) implements Subject {
        @Override
        public String text() {
            return path.toString();
        }
    }

    /** A network endpoint; {@code port} is -1 when the request named none. */
    record Endpoint(String host, int port) implements Subject {
        @Override
        public String text() {
            String shown = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
            return port < 0 ? shown : shown + ":" + port;
        }
    }

    /** A name: an environment variable, a program or library name, a system information item. */
    record Name(String name) implements Subject {
        @Override
        public String text() {
            return name;
        }
    }
}
