package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code runavm --monitoring-port PORT}: health and metrics over HTTP while the program runs. */
class MonitoringCommandTest extends CommandTestSupport {
    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void healthAndMetricsAnswerWhileTheProgramRuns() throws Exception {
        Path program = Files.writeString(work.resolve("waits.runa"), """
                Display "waiting"
                Task.sleep(60000)
                """);
        int port = freePort();
        Process process = CommandRun.builder("standard", "runavm", work, env, "--monitoring-port", Integer.toString(port),
                program.toString()).start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (health == null && System.nanoTime() < deadline) {
                try {
                    health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                } catch (java.net.ConnectException e) {
                    assertTrue(process.isAlive(), "runavm stopped before it listened");
                    Thread.sleep(100);
                }
            }
            assertTrue(health != null, "no answer on port " + port);
            assertEquals(200, health.statusCode());
            assertEquals("application/json", health.headers().firstValue("Content-Type").orElse(""));
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(health.body());
            assertEquals("running", json.get("status").asText());
            assertTrue(json.get("program").asText().endsWith("waits.runa"), health.body());

            HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.body().contains("# TYPE runavm_heap_used_bytes gauge\nrunavm_heap_used_bytes "),
                    metrics.body());
            assertTrue(metrics.body().contains("\nrunavm_heap_max_bytes 268435456\n"), metrics.body());
            assertTrue(metrics.body().contains("\nrunavm_gc_collections_total "), metrics.body());

            HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/metrics")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPortInUseIsAUsageErrorNamingIt() throws Exception {
        Path program = Files.writeString(work.resolve("hello.runa"), "Display 1\n");
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            CommandRun run = CommandRun.of("standard", "runavm", work, env, "--monitoring-port", Integer.toString(port),
                    program.toString());
            assertEquals(2, run.exitStatus(), run.stderr());
            assertTrue(run.stderr().startsWith("runavm: --monitoring-port " + port + ": cannot listen: "), run.stderr());
            assertEquals("", run.stdout(), "the program is not run");
            CommandLineTest.assertNoJavaStackTrace(run);
        }
    }
}
