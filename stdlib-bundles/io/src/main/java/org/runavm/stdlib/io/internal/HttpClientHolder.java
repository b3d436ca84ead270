package org.runavm.stdlib.io.internal;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * One VM's HTTP client, created on first use (a client owns a selector thread, so a VM that never
 * makes a request must not pay for one). Redirects are never followed by the client: {@link
 * HttpFunctions} follows them itself so each hop is checked by the security policy.
 */
final class HttpClientHolder {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private HttpClient client;

    synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(CONNECT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }
}
