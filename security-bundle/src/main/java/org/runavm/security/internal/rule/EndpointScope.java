package org.runavm.security.internal.rule;

/**
 * A host pattern and a port range. Specificity ranks the host first (exact host over
 * {@code *.example.com}, a longer suffix over a shorter one, {@code *} last), then the port (one port
 * over a range, a narrower range over a wider one, any port last).
 *
 * @param host exact lower-case host, {@code *.suffix} or {@code *}
 * @param low  lowest port covered, or -1 for any port
 * @param high highest port covered, or -1 for any port
 */
public record EndpointScope(String host, int low, int high) implements Scope {

    private static final long EXACT_HOST = 1_000;
    private static final long PORT_WEIGHT = 100_000;

    @Override
    public long specificity(Subject subject) {
        if (!(subject instanceof Subject.Endpoint(String targetHost, int port))) {
            return NO_MATCH;
        }
        long hostScore = hostScore(targetHost);
        if (hostScore == NO_MATCH) {
            return NO_MATCH;
        }
        if (low < 0) {
            return hostScore * PORT_WEIGHT;
        }
        if (port < low || port > high) {
            return NO_MATCH;
        }
        return hostScore * PORT_WEIGHT + (65_536 - (high - low));
    }

    private long hostScore(String target) {
        if (host.equals("*")) {
            return 0;
        }
        if (host.startsWith("*.")) {
            String suffix = host.substring(1);
            // *.example.com covers a.example.com and a.b.example.com, not example.com itself.
            return target.endsWith(suffix) && target.length() > suffix.length()
                    ? 1 + suffix.chars().filter(c -> c == '.').count()
                    : NO_MATCH;
        }
        return host.equals(target) ? EXACT_HOST : NO_MATCH;
    }
}
