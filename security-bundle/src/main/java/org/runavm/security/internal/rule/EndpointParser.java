package org.runavm.security.internal.rule;

import java.util.Locale;

/**
 * The {@code HOST[:PORT|:LOW-HIGH]} syntax of network rules and the {@code host:port} of network
 * requests. IPv6 addresses with a port are written in brackets ({@code [::1]:8080}). Hosts are
 * compared lower-case without a trailing dot; they are never resolved through DNS, so
 * {@code localhost} and {@code 127.0.0.1} are different targets.
 */
final class EndpointParser {

    private EndpointParser() {
    }

    /** A rule scope: {@code host}, {@code host:443}, {@code host:8000-9000}, {@code *.example.com}, {@code *}. */
    static EndpointScope scope(String text) throws InvalidScopeException {
        String[] parts = split(text);
        String host = host(parts[0], true);
        if (parts[1] == null) {
            return new EndpointScope(host, -1, -1);
        }
        int[] range = ports(parts[1]);
        return new EndpointScope(host, range[0], range[1]);
    }

    /** A request target: {@code host:port} or a bare host. */
    static Subject.Endpoint endpoint(String text) throws InvalidScopeException {
        String[] parts = split(text);
        String host = host(parts[0], false);
        return new Subject.Endpoint(host, parts[1] == null ? -1 : port(parts[1]));
    }

    /** The port range {@code "443"} or {@code "8000-9000"} as {low, high}. */
    static int[] ports(String text) throws InvalidScopeException {
        int dash = text.indexOf('-');
        if (dash < 0) {
            int port = port(text);
            return new int[] {port, port};
        }
        int low = port(text.substring(0, dash));
        int high = port(text.substring(dash + 1));
        if (low > high) {
            throw new InvalidScopeException("port range '" + text + "' runs backwards (" + low + " > " + high + ")");
        }
        return new int[] {low, high};
    }

    private static int port(String text) throws InvalidScopeException {
        if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidScopeException("invalid port '" + text + "' (expected a number 0-65535)");
        }
        int port = Integer.parseInt(text);
        if (port > 65_535) {
            throw new InvalidScopeException("port " + port + " is out of range (0-65535)");
        }
        return port;
    }

    /** {host, ports or null}. */
    private static String[] split(String text) throws InvalidScopeException {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new InvalidScopeException("'" + text + "': missing ']' after IPv6 address");
            }
            String rest = text.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw new InvalidScopeException("'" + text + "': expected ':' after ']'");
            }
            return new String[] {text.substring(1, close), rest.isEmpty() ? null : rest.substring(1)};
        }
        int first = text.indexOf(':');
        if (first >= 0 && first == text.lastIndexOf(':')) {
            return new String[] {text.substring(0, first), text.substring(first + 1)};
        }
        // No colon, or a bare IPv6 address (several colons) without a port.
        return new String[] {text, null};
    }

    private static String host(String raw, boolean pattern) throws InvalidScopeException {
        String host = raw.toLowerCase(Locale.ROOT);
        if (host.endsWith(".") && host.length() > 1 && !host.equals("*.")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw new InvalidScopeException("missing host");
        }
        String checked = host;
        if (pattern && host.equals("*")) {
            return host;
        }
        if (pattern && host.startsWith("*.")) {
            checked = host.substring(2);
        }
        for (int i = 0; i < checked.length(); i++) {
            char c = checked.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == ':';
            if (!ok) {
                throw new InvalidScopeException("invalid host '" + raw + "'"
                        + (c == '*' ? " ('*' may only stand alone or begin '*.')" : ""));
            }
        }
        if (checked.isEmpty() || checked.startsWith(".") || checked.contains("..")) {
            throw new InvalidScopeException("invalid host '" + raw + "'");
        }
        return host;
    }
}
