package org.runavm.security.internal.rule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EndpointParserTest {

    @Test
    void hostWithoutPortCoversEveryPort() throws Exception {
        assertEquals(new EndpointScope("localhost", -1, -1), EndpointParser.scope("localhost"));
    }

    @Test
    void singlePortAndRange() throws Exception {
        assertEquals(new EndpointScope("api.example.com", 443, 443), EndpointParser.scope("api.example.com:443"));
        assertEquals(new EndpointScope("host", 8000, 9000), EndpointParser.scope("host:8000-9000"));
        assertArrayEquals(new int[] {0, 65535}, EndpointParser.ports("0-65535"));
    }

    @Test
    void hostsAreLowerCaseWithoutTrailingDot() throws Exception {
        assertEquals(new EndpointScope("api.example.com", 443, 443), EndpointParser.scope("API.Example.COM.:443"));
        assertEquals(new Subject.Endpoint("api.example.com", 443), EndpointParser.endpoint("Api.Example.com:443"));
    }

    @Test
    void wildcards() throws Exception {
        assertEquals(new EndpointScope("*.example.com", -1, -1), EndpointParser.scope("*.example.com"));
        assertEquals(new EndpointScope("*", 80, 80), EndpointParser.scope("*:80"));
    }

    @Test
    void ipv6InBrackets() throws Exception {
        assertEquals(new EndpointScope("::1", 8080, 8080), EndpointParser.scope("[::1]:8080"));
        assertEquals(new EndpointScope("::1", -1, -1), EndpointParser.scope("[::1]"));
        assertEquals(new Subject.Endpoint("::1", 8080), EndpointParser.endpoint("[::1]:8080"));
        assertEquals(new Subject.Endpoint("fe80::1", -1), EndpointParser.endpoint("fe80::1"));
        assertEquals("[::1]:8080", new Subject.Endpoint("::1", 8080).text());
    }

    @Test
    void requestWithoutPort() throws Exception {
        assertEquals(new Subject.Endpoint("example.com", -1), EndpointParser.endpoint("example.com"));
        assertEquals("example.com", new Subject.Endpoint("example.com", -1).text());
    }

    @Test
    void badPortsAreRejectedWithTheReason() {
        assertEquals("port 99999 is out of range (0-65535)", reason("localhost:99999"));
        assertEquals("invalid port 'http' (expected a number 0-65535)", reason("localhost:http"));
        assertEquals("invalid port '' (expected a number 0-65535)", reason("localhost:"));
        assertEquals("port range '9000-8000' runs backwards (9000 > 8000)", reason("host:9000-8000"));
        assertEquals("invalid port '' (expected a number 0-65535)", reason("host:8000-"));
        assertEquals("invalid port '' (expected a number 0-65535)", reason("host:-1-5"));
        assertEquals("invalid port '1234567' (expected a number 0-65535)", reason("host:1234567"));
    }

    @Test
    void badHostsAreRejected() {
        assertEquals("missing host", reason(":80"));
        assertEquals("invalid host 'ex ample.com'", reason("ex ample.com"));
        assertEquals("invalid host 'a*.example.com' ('*' may only stand alone or begin '*.')", reason("a*.example.com"));
        assertEquals("invalid host 'user@host'", reason("user@host"));
        assertEquals("invalid host '*.'", reason("*."));
        assertEquals("'[::1': missing ']' after IPv6 address", reason("[::1"));
        assertEquals("'[::1]80': expected ':' after ']'", reason("[::1]80"));
    }

    private static String reason(String text) {
        return assertThrows(InvalidScopeException.class, () -> EndpointParser.scope(text)).getMessage();
    }
}
