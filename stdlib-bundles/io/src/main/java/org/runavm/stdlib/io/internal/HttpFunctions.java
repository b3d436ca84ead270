package org.runavm.stdlib.io.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.security.Permission;

/**
 * {@code http_get(url, headers)} and {@code http_post(url, body, headers)} with {@code java.net.http}.
 * The result is a Map: {@code status} (Integer), {@code headers} (Map of lower-case name to Text, repeated
 * headers joined with {@code ", "}) and {@code body} (Text, in the response's charset, UTF-8 by default).
 * A status of 4xx or 5xx is a result, not an error; failing to get any response is an {@code IOError}.
 */
final class HttpFunctions {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private HttpFunctions() {
    }

    static void define(ModuleDefinition d, HttpClientHolder holder) {
        d.function("http_get", 1, 2, call -> call.returnValue(
                request(call, holder, "http_get", "GET", null, headers(call, "http_get", 1))));
        d.function("http_post", 2, 3, call -> {
            byte[] body = call.argument(1) instanceof byte[] b ? b : Utf8.encode("http_post", call.text(1));
            call.returnValue(request(call, holder, "http_post", "POST", body, headers(call, "http_post", 2)));
        });
    }

    private static Map<String, String> headers(NativeCall call, String function, int index) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (call.argumentCount() <= index || call.isNull(index)) {
            return headers;
        }
        if (!(call.argument(index) instanceof Map<?, ?> map)) {
            throw new NativeError("TypeError", "io." + function + ": headers must be a Map of Text to Text, not "
                    + call.typeName(index));
        }
        map.forEach((k, v) -> {
            if (!(k instanceof String name) || !(v instanceof String value)) {
                throw new NativeError("TypeError", "io." + function + ": headers must be a Map of Text to Text");
            }
            headers.put(name, value);
        });
        return headers;
    }

    private static Map<Object, Object> request(NativeCall call, HttpClientHolder holder, String function,
                                               String method, byte[] body, Map<String, String> headers) {
        String url = call.text(0);
        URI uri = parse(function, url);
        for (int hop = 0; ; hop++) {
            call.environment().security().require(Permission.NET_CONNECT, target(uri));
            HttpResponse<byte[]> response = send(holder, function, uri, method, body, headers);
            String location = response.headers().firstValue("location").orElse(null);
            if (!REDIRECTS.contains(response.statusCode()) || location == null) {
                return result(response);
            }
            if (hop == MAX_REDIRECTS) {
                throw new NativeError("IOError", "io." + function + ": " + url + ": more than " + MAX_REDIRECTS + " redirects");
            }
            uri = parse(function, uri.resolve(location).toString());
            if (response.statusCode() == 303 || response.statusCode() <= 302 && "POST".equals(method)) {
                method = "GET"; // what browsers and curl do: the body is not sent again
                body = null;
            }
        }
    }

    private static URI parse(String function, String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new NativeError("ValueError", "io." + function + ": not an http or https URL: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new NativeError("ValueError", "io." + function + ": invalid URL \"" + url + "\": " + e.getReason());
        }
    }

    /** {@code host:port} of a URL, with the scheme's default port. */
    static String target(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return NetworkFunctions.target(host, port);
    }

    private static HttpResponse<byte[]> send(HttpClientHolder holder, String function, URI uri, String method,
                                             byte[] body, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            headers.forEach(builder::header);
            return holder.client().send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IllegalArgumentException e) {
            throw new NativeError("ValueError", "io." + function + ": " + e.getMessage());
        } catch (HttpTimeoutException e) {
            throw new NativeError("TimeoutError", "io." + function + ": " + uri + ": no response within "
                    + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw new NativeError("IOError", "io." + function + ": " + uri + ": "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NativeError("CancelledError", "io." + function + ": " + uri + ": interrupted");
        }
    }

    private static Map<Object, Object> result(HttpResponse<byte[]> response) {
        Map<Object, Object> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) { // HTTP/2 pseudo-headers
                headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values));
            }
        });
        Map<Object, Object> result = new LinkedHashMap<>();
        result.put("status", (long) response.statusCode());
        result.put("headers", headers);
        result.put("body", new String(response.body(), charset(response.headers().firstValue("content-type"))));
        return result;
    }

    private static Charset charset(java.util.Optional<String> contentType) {
        for (String part : contentType.orElse("").split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", ""));
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
