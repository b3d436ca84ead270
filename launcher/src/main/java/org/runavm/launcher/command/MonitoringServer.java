package org.runavm.launcher.command;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.runavm.kernel.heap.HeapStats;

/**
 * {@code --monitoring-port PORT}: metrics and health of the running VM over HTTP, on the loopback
 * interface only (the operator reaches it through whatever forwards the port; a program never opens it).
 * {@code GET /health} answers JSON ({@code status}, {@code program}, {@code uptime_ms});
 * {@code GET /metrics} the heap's and collector's counters in the Prometheus text format, which the
 * common monitoring systems scrape. The JDK's HTTP server, on one daemon thread.
 */
final class MonitoringServer implements AutoCloseable {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final HttpServer server;
    private final long started = System.nanoTime();

    private MonitoringServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Listens on {@code port} of the loopback interface.
     *
     * @throws CommandFailure (exit status 2) if the port cannot be had
     */
    static MonitoringServer start(String command, int port, String program, Supplier<HeapStats> heap)
            throws CommandFailure {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (IOException e) {
            throw new CommandFailure(command + ": --monitoring-port " + port + ": cannot listen: " + e.getMessage(),
                    ExitStatus.USAGE);
        }
        MonitoringServer monitor = new MonitoringServer(server);
        server.createContext("/health", exchange -> monitor.respond(exchange, "application/json",
                monitor.health(program)));
        server.createContext("/metrics", exchange -> monitor.respond(exchange, "text/plain; version=0.0.4",
                metrics(heap.get(), monitor.uptimeNanos())));
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "runavm-monitoring");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return monitor;
    }

    private long uptimeNanos() {
        return System.nanoTime() - started;
    }

    private void respond(HttpExchange exchange, String type, String body) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, exchange.getRequestMethod().equals("HEAD") ? -1 : bytes.length);
            if (!exchange.getRequestMethod().equals("HEAD")) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    /** The Prometheus text exposition of the VM's counters. */
    static String metrics(HeapStats heap, long uptimeNanos) {
        StringBuilder out = new StringBuilder();
        metric(out, "runavm_uptime_seconds", "gauge", "Seconds since the VM started.", uptimeNanos / 1e9);
        metric(out, "runavm_heap_used_bytes", "gauge", "Bytes the managed heap holds, as its limit counts them.",
                heap.usedBytes());
        metric(out, "runavm_heap_max_bytes", "gauge", "The managed heap's limit in bytes.", heap.maxBytes());
        metric(out, "runavm_heap_committed_bytes", "gauge", "JVM memory backing the managed heap, in bytes.",
                heap.committedBytes());
        metric(out, "runavm_gc_collections_total", "counter", "Collections of any kind.", heap.collections());
        metric(out, "runavm_gc_full_collections_total", "counter", "Collections of the whole heap.",
                heap.fullCollections());
        metric(out, "runavm_gc_pause_seconds_total", "counter", "Time the world was stopped for collections.",
                heap.totalPauseNanos() / 1e9);
        metric(out, "runavm_gc_pause_max_seconds", "gauge", "The longest collection pause.", heap.maxPauseNanos() / 1e9);
        return out.toString();
    }

    private static void metric(StringBuilder out, String name, String type, String help, double value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        out.append(name).append(' ');
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else {
            out.append(String.format(Locale.ROOT, "%.6f", value));
        }
        out.append('\n');
    }

    private String health(String program) throws IOException {
        java.util.Map<String, Object> health = new java.util.LinkedHashMap<>();
        health.put("status", "running");
        health.put("program", program);
        health.put("uptime_ms", uptimeNanos() / 1_000_000);
        return JSON.writeValueAsString(health) + "\n";
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
