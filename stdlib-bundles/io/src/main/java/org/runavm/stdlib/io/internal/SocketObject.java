package org.runavm.stdlib.io.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.module.NativeObject;

/**
 * A connected TCP socket ({@code Socket}): Text goes out as UTF-8; {@code receive()} returns the text
 * that has arrived (at least one character, waiting for it), {@code receive_line()} one line without
 * its terminator; both return null at the end of the stream. Bytes that are not UTF-8 arrive as
 * U+FFFD, since a stream may be cut anywhere and the program cannot repair it.
 */
final class SocketObject implements NativeObject {
    static final String TYPE = "Socket";
    private static final int CHUNK = 8192;

    private final Socket socket;
    private final String address;
    private final BufferedReader in;
    private final OutputStream out;
    private final OpenHandles handles;
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile int timeoutMs;

    /** Wraps a connected socket whose handle was already acquired from {@code handles}. */
    SocketObject(Socket socket, OpenHandles handles) throws IOException {
        this.socket = socket;
        this.handles = handles;
        this.address = NetworkFunctions.target(socket.getInetAddress().getHostAddress(), socket.getPort());
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.out = socket.getOutputStream();
    }

    void send(String text) {
        try {
            synchronized (out) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            throw failure("send", e);
        }
    }

    String receive() {
        char[] buffer = new char[CHUNK];
        try {
            int n;
            synchronized (in) {
                n = in.read(buffer);
            }
            return n < 0 ? null : new String(buffer, 0, n);
        } catch (IOException e) {
            throw failure("receive", e);
        }
    }

    String receiveLine() {
        try {
            synchronized (in) {
                return in.readLine();
            }
        } catch (IOException e) {
            throw failure("receive_line", e);
        }
    }

    void setTimeout(long ms) {
        if (ms < 0 || ms > Integer.MAX_VALUE) {
            throw new NativeError("ValueError", "Socket.set_timeout: " + ms + " ms is out of range (0 waits forever)");
        }
        try {
            socket.setSoTimeout((int) ms);
            timeoutMs = (int) ms;
        } catch (IOException e) {
            throw failure("set_timeout", e);
        }
    }

    String address() {
        return address;
    }

    private NativeError failure(String method, IOException e) {
        if (e instanceof SocketTimeoutException) {
            return new NativeError("TimeoutError", "Socket." + method + ": nothing from " + address + " within "
                    + timeoutMs + " ms");
        }
        String why = socket.isClosed() ? "the socket is closed" : e.getMessage();
        return new NativeError("IOError", "Socket." + method + " (" + address + "): " + why);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String toText() {
        return "Socket(" + address + (socket.isClosed() ? ", closed)" : ")");
    }

    @Override
    public void release() {
        NetworkFunctions.closeQuietly(socket);
        if (released.compareAndSet(false, true)) { // close() and the VM's release may both come
            handles.release();
        }
    }
}
