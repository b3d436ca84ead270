package org.runavm.stdlib.io.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.security.Permission;

/**
 * {@code connect(host, port, timeout_ms)} and {@code listen(host, port)}, plus the methods of the
 * native types {@code Socket} and {@code Server}. The permission is checked on {@code host:port} as the
 * program wrote them, before the name is resolved, so a denied call sends not even a DNS query.
 */
final class NetworkFunctions {
    static final int DEFAULT_CONNECT_TIMEOUT_MS = 30_000;

    private NetworkFunctions() {
    }

    static void define(ModuleDefinition d, OpenHandles handles) {
        d.function("connect", 2, 3, call -> connect(call, handles));
        d.function("listen", 2, 2, call -> listen(call, handles));
        d.type(SocketObject.TYPE, Map.of(
                "send", call -> socket(call).send(call.text(0)),
                "receive", call -> returnTextOrNull(call, socket(call).receive()),
                "receive_line", call -> returnTextOrNull(call, socket(call).receiveLine()),
                "set_timeout", call -> socket(call).setTimeout(call.integer(0)),
                "address", call -> call.returnText(socket(call).address()),
                "close", call -> socket(call).release()));
        d.type(ServerObject.TYPE, Map.of(
                "accept", call -> call.returnValue(server(call).accept(call)),
                "port", call -> call.returnInteger(server(call).port()),
                "close", call -> server(call).release()));
    }

    /** {@code host:port} as the policy sees it; an IPv6 literal is bracketed. */
    static String target(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    static int port(NativeCall call, String function, int index) {
        long port = call.integer(index);
        if (port < 0 || port > 65_535) {
            throw new NativeError("ValueError", "io." + function + ": port " + port + " is out of range (0-65535)");
        }
        return (int) port;
    }

    private static void connect(NativeCall call, OpenHandles handles) {
        String host = call.text(0);
        int port = port(call, "connect", 1);
        long timeout = call.argumentCount() > 2 ? call.integer(2) : DEFAULT_CONNECT_TIMEOUT_MS;
        if (timeout < 0 || timeout > Integer.MAX_VALUE) {
            throw new NativeError("ValueError", "io.connect: timeout " + timeout + " ms is out of range");
        }
        String target = target(host, port);
        call.environment().security().require(Permission.NET_CONNECT, target);
        handles.acquire(call, "io.connect");
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout);
            call.returnValue(new SocketObject(socket, handles));
        } catch (UnknownHostException e) {
            abandon(socket, handles);
            throw new NativeError("IOError", "io.connect: unknown host " + host);
        } catch (SocketTimeoutException e) {
            abandon(socket, handles);
            throw new NativeError("TimeoutError", "io.connect: no connection to " + target + " within " + timeout + " ms");
        } catch (IOException e) {
            abandon(socket, handles);
            throw new NativeError("IOError", "io.connect: cannot connect to " + target + ": " + e.getMessage());
        }
    }

    private static void listen(NativeCall call, OpenHandles handles) {
        String host = call.text(0);
        int port = port(call, "listen", 1);
        String target = target(host, port);
        call.environment().security().require(Permission.NET_LISTEN, target);
        handles.acquire(call, "io.listen");
        try {
            ServerSocket server = new ServerSocket();
            try {
                server.bind(new InetSocketAddress(host, port));
            } catch (IOException e) {
                closeQuietly(server);
                throw e;
            }
            call.returnValue(new ServerObject(server, handles));
        } catch (IOException e) {
            handles.release();
            throw new NativeError("IOError", "io.listen: cannot listen on " + target + ": " + e.getMessage());
        }
    }

    private static SocketObject socket(NativeCall call) {
        return (SocketObject) call.receiver();
    }

    private static ServerObject server(NativeCall call) {
        return (ServerObject) call.receiver();
    }

    private static void returnTextOrNull(NativeCall call, String text) {
        if (text == null) {
            call.returnNull();
        } else {
            call.returnText(text);
        }
    }

    private static void abandon(Socket socket, OpenHandles handles) {
        closeQuietly(socket);
        handles.release();
    }

    static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing after a failure: the first failure is the one reported
        }
    }
}
