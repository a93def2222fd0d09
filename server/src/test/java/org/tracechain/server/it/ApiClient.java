// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tracechain.model.json.LedgerJson;

/** One caller of one organisation's server: its token (or none) on every request. */
public final class ApiClient {

    private final LiveServers servers;
    private final String org;
    private final Optional<String> token;

    ApiClient(final LiveServers servers, final String org, final Optional<String> token) {
        this.servers = servers;
        this.org = org;
        this.token = token;
    }

    /** @return the organisation whose server this client calls */
    public String org() {
        return org;
    }

    /** GET with an optional Accept header. */
    public HttpResponse<String> get(final String pathAndQuery, final String accept) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(servers.uri(org, pathAndQuery)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request);
    }

    public HttpResponse<String> get(final String pathAndQuery) {
        return get(pathAndQuery, null);
    }

    /** POST of a JSON body. */
    public HttpResponse<String> post(final String path, final String json) {
        return send(path, "POST", "application/json", json);
    }

    /** PUT of a JSON body. */
    public HttpResponse<String> put(final String path, final String json) {
        return send(path, "PUT", "application/json", json);
    }

    /** Any method with a body of a media type. */
    public HttpResponse<String> send(final String path, final String method, final String contentType,
            final String body) {
        return send(HttpRequest.newBuilder(servers.uri(org, path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(final HttpRequest.Builder request) {
        try {
            return servers.send(request, token.orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * GET of an event stream ({@code Accept: text/event-stream}): the answer, its body being the problem of a
     * refusal or, for a 2xx, the stream's first event (its lines up to the blank one), after which it is closed.
     */
    public HttpResponse<String> firstEvent(final String path) {
        final HttpResponse<java.util.stream.Stream<String>> response;
        try {
            response = servers.send(HttpRequest.newBuilder(servers.uri(org, path)).GET()
                    .header("Accept", "text/event-stream"), token.orElse(null), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        final StringBuilder body = new StringBuilder();
        try (java.util.stream.Stream<String> lines = response.body()) {
            final java.util.Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                final String line = it.next();
                if (line.isEmpty() && response.statusCode() / 100 == 2 && body.length() > 0) {
                    break;
                }
                body.append(line).append('\n');
            }
        }
        return new StreamAnswer(response, body.toString());
    }

    /** An event stream's answer with what was read of its body. */
    private record StreamAnswer(HttpResponse<?> response, String body) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public HttpRequest request() {
            return response.request();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return response.headers();
        }

        @Override
        public Optional<javax.net.ssl.SSLSession> sslSession() {
            return response.sslSession();
        }

        @Override
        public java.net.URI uri() {
            return response.uri();
        }

        @Override
        public java.net.http.HttpClient.Version version() {
            return response.version();
        }
    }

    /** The JSON body of an answer that must have {@code status}. */
    public static JsonNode json(final HttpResponse<String> response, final int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.uri() + ": expected " + status
                    + ", got " + response.statusCode() + ": " + response.body());
        }
        try {
            return LedgerJson.readTree(response.body());
        } catch (RuntimeException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
