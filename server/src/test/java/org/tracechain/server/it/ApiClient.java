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
