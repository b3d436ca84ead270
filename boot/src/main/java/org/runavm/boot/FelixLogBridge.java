package org.runavm.boot;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the framework's own log to SLF4J. A throwable's stack trace is logged only at trace level:
 * users never see a Java stack trace unless they ask for {@code --log-level trace}.
 */
final class FelixLogBridge extends org.apache.felix.framework.Logger {
    private static final Logger LOG = LoggerFactory.getLogger("org.runavm.framework");

    FelixLogBridge() {
        setLogLevel(felixLevel());
    }

    /** The framework's level matching SLF4J's, so the framework formats no message that is dropped. */
    static int felixLevel() {
        if (LOG.isTraceEnabled()) {
            return LOG_DEBUG;
        }
        if (LOG.isInfoEnabled()) {
            return LOG_INFO;
        }
        return LOG.isWarnEnabled() ? LOG_WARNING : LOG_ERROR;
    }

    /** The resolver's messages arrive here, without a bundle. */
    @Override
    protected void doLog(int level, String msg, Throwable throwable) {
        doLog(null, null, level, msg, throwable);
    }

    @Override
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        String text = bundle == null ? msg : bundle.getSymbolicName() + ": " + msg;
        if (throwable != null && !LOG.isTraceEnabled()) {
            text = text + " (" + throwable + ")";
            throwable = null;
        }
        switch (level) {
            case LOG_ERROR -> LOG.error(text, throwable);
            case LOG_WARNING -> LOG.warn(text, throwable);
            case LOG_INFO -> LOG.info(text, throwable);
            default -> LOG.trace(text, throwable); // wiring details: only for --log-level trace
        }
    }
}
