package org.runavm.stdlib.io.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.module.NativeObject;

/**
 * A listening TCP socket ({@code Server}). {@code accept()} waits for the next connection; accepting
 * needs no further permission ({@code net listen} covered it). {@code port()} tells which port was
 * bound, which matters when the program asked for port 0 (any free port).
 */
final class ServerObject implements NativeObject {
    static final String TYPE = "Server";

    private final ServerSocket server;
    private final String address;
    private final OpenHandles handles;
    private final AtomicBoolean released = new AtomicBoolean();

    ServerObject(ServerSocket server, OpenHandles handles) {
        this.server = server;
        this.handles = handles;
        this.address = NetworkFunctions.target(server.getInetAddress().getHostAddress(), server.getLocalPort());
    }

    SocketObject accept(NativeCall call) {
        Socket socket = null;
        try {
            socket = server.accept();
            handles.acquire(call, "Server.accept");
            return new SocketObject(socket, handles);
        } catch (NativeError e) {
            NetworkFunctions.closeQuietly(socket); // over the limit: refuse the connection
            throw e;
        } catch (IOException e) {
            if (socket != null) {
                NetworkFunctions.closeQuietly(socket);
                handles.release();
            }
            String why = server.isClosed() ? "the server is closed" : e.getMessage();
            throw new NativeError("IOError", "Server.accept (" + address + "): " + why);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String toText() {
        return "Server(" + address + (server.isClosed() ? ", closed)" : ")");
    }

    @Override
    public void release() {
        NetworkFunctions.closeQuietly(server);
        if (released.compareAndSet(false, true)) {
            handles.release();
        }
    }
}
