package org.runavm.stdlib.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.security.Permission;
import org.runavm.stdlib.testkit.ModuleHarness;
import org.runavm.stdlib.testkit.TestEnvironment;

class HttpFunctionsTest {
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hello", exchange -> reply(exchange, 200, "h\u00e9llo " + exchange.getRequestMethod()
                + " " + exchange.getRequestHeaders().getFirst("X-Test")));
        server.createContext("/echo", exchange -> reply(exchange, 201,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        server.createContext("/missing", exchange -> reply(exchange, 404, "no"));
        server.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", "/hello");
            reply(exchange, 302, "");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void getReturnsStatusHeadersAndBody() {
        ModuleHarness io = ModuleHarness.of(new IoModule());
        Map<?, ?> response = (Map<?, ?>) io.call("http_get", base + "/hello", Map.of("X-Test", "yes"));
        assertEquals(200L, response.get("status"));
        assertEquals("h\u00e9llo GET yes", response.get("body"));
        assertEquals("text/plain; charset=utf-8", ((Map<?, ?>) response.get("headers")).get("content-type"));
        assertEquals(404L, ((Map<?, ?>) io.call("http_get", base + "/missing")).get("status"));
    }

    @Test
    void postSendsTheBody() {
        ModuleHarness io = ModuleHarness.of(new IoModule());
        Map<?, ?> response = (Map<?, ?>) io.call("http_post", base + "/echo", "{\"a\": 1}");
        assertEquals(201L, response.get("status"));
        assertEquals("{\"a\": 1}", response.get("body"));
    }

    @Test
    void redirectsAreFollowedAndEachHopChecked() {
        ModuleHarness io = ModuleHarness.of(new IoModule());
        Map<?, ?> response = (Map<?, ?>) io.call("http_get", base + "/redirect");
        assertEquals("h\u00e9llo GET null", response.get("body"));
        long checks = io.environment().security().requests().stream()
                .filter(r -> r.permission() == Permission.NET_CONNECT).count();
        assertEquals(2, checks);
    }

    @Test
    void deniedAndInvalidUrls() {
        ModuleHarness io = TestEnvironment.sandboxed().bind(new IoModule());
        int port = server.getAddress().getPort();
        assertEquals("net connect denied: 127.0.0.1:" + port, io.denied("http_get", base + "/hello"));
        assertEquals("io.http_get: not an http or https URL: ftp://x/y", io.raises("ValueError", "http_get", "ftp://x/y"));
        io.raises("ValueError", "http_get", "http://bad host/");
        assertEquals("net connect denied: example.com:443", io.denied("http_get", "https://example.com/x"));
    }
}
