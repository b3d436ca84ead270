package org.runavm.stdlib.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.Permission;
import org.runavm.stdlib.testkit.ModuleHarness;
import org.runavm.stdlib.testkit.TestEnvironment;

class NetworkFunctionsTest {

    @Test
    void echoOverLoopback() throws Exception {
        ModuleHarness io = ModuleHarness.of(new IoModule());
        Object server = io.call("listen", "127.0.0.1", 0);
        long port = (Long) io.callMethod(server, "port");
        assertTrue(port > 0);
        CompletableFuture<Object> accepted = CompletableFuture.supplyAsync(() -> io.callMethod(server, "accept"));
        Object client = io.call("connect", "127.0.0.1", port);
        Object peer = accepted.get();

        io.callMethod(client, "send", "hello \u00e9\nsecond line\n");
        assertEquals("hello \u00e9", io.callMethod(peer, "receive_line"));
        assertEquals("second line\n", io.callMethod(peer, "receive"));
        io.callMethod(peer, "send", "pong");
        assertEquals("pong", io.callMethod(client, "receive"));
        io.callMethod(peer, "close");
        assertNull(io.callMethod(client, "receive"));
        assertEquals("Socket(127.0.0.1:" + port + ")", ((org.runavm.kernel.module.NativeObject) client).toText());
        io.callMethod(client, "close");
        assertTrue(io.methodRaises("IOError", client, "send", "x").endsWith("the socket is closed"));
        io.callMethod(server, "close");
        assertTrue(io.methodRaises("IOError", server, "accept").endsWith("the server is closed"));
    }

    @Test
    void receiveTimeoutIsATimeoutError() throws Exception {
        ModuleHarness io = ModuleHarness.of(new IoModule());
        Object server = io.call("listen", "127.0.0.1", 0);
        long port = (Long) io.callMethod(server, "port");
        Object client = io.call("connect", "127.0.0.1", port);
        io.callMethod(client, "set_timeout", 50);
        assertTrue(io.methodRaises("TimeoutError", client, "receive").contains("within 50 ms"));
        io.callMethod(client, "close");
        io.callMethod(server, "close");
    }

    @Test
    void refusedConnectionIsAnIoErrorNamingTheAddress() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ModuleHarness io = ModuleHarness.of(new IoModule());
        assertTrue(io.raises("IOError", "connect", "127.0.0.1", port)
                .startsWith("io.connect: cannot connect to 127.0.0.1:" + port + ": "));
        assertEquals("io.connect: port 70000 is out of range (0-65535)", io.raises("ValueError", "connect", "127.0.0.1", 70000));
    }

    @Test
    void permissionsAreCheckedOnHostAndPortBeforeAnything() {
        ModuleHarness io = TestEnvironment.sandboxed()
                .allow(Permission.NET_LISTEN, "127.0.0.1:0")
                .bind(new IoModule());
        assertEquals("net connect denied: example.invalid:80", io.denied("connect", "example.invalid", 80));
        assertEquals("net listen denied: 127.0.0.1:8080", io.denied("listen", "127.0.0.1", 8080));
        Object server = io.call("listen", "127.0.0.1", 0);
        long port = (Long) io.callMethod(server, "port");
        assertEquals("net connect denied: 127.0.0.1:" + port, io.denied("connect", "127.0.0.1", port));
        assertEquals(new AccessRequest(Permission.NET_CONNECT, "127.0.0.1:" + port),
                io.environment().security().requests().getLast());
        io.callMethod(server, "close");
    }

    @Test
    void openSocketsCountAgainstTheVmsOpenFileLimit() throws Exception {
        ModuleHarness io = TestEnvironment.unrestricted()
                .withLimits(org.runavm.kernel.security.ResourceLimits.NONE.withMaxOpenFiles(2))
                .bind(new IoModule());
        Object server = io.call("listen", "127.0.0.1", 0);
        long port = (Long) io.callMethod(server, "port");
        Object client = io.call("connect", "127.0.0.1", port);
        assertEquals("io.listen: too many open files and sockets (limit 2)", io.raises("IOError", "listen", "127.0.0.1", 0));
        assertEquals("Server.accept: too many open files and sockets (limit 2)", io.methodRaises("IOError", server, "accept"));
        io.callMethod(client, "close");
        io.callMethod(client, "close"); // a second close frees nothing more
        Object second = io.call("connect", "127.0.0.1", port);
        io.raises("IOError", "connect", "127.0.0.1", port);
        io.callMethod(second, "close");
        io.callMethod(server, "close");
        io.callMethod(io.call("listen", "127.0.0.1", 0), "close");
    }
}
