// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;

/** Reads a Fabric node's operations endpoint {@code GET /healthz}. */
public final class Health {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Health() {}

    /** The health of the node whose operations service listens on {@code port}. */
    public static Result check(final int port) {
        final HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            final HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Result(response.statusCode() == 200, response.statusCode() + " " + response.body().strip());
        } catch (IOException e) {
            return new Result(false, "unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted");
        }
    }

    /**
     * A gauge from the node's Prometheus {@code /metrics}, e.g. {@code gossip_membership_total_peers_known} with
     * label {@code channel="foodtrace"}; 0 when the endpoint or the series is not there.
     */
    public static int metric(final int port, final String name, final String label, final String value) {
        return (int) gauge(port, name, label, value).orElse(0);
    }

    /** A gauge as {@link #metric}, empty when the endpoint or the series is not there. */
    public static OptionalLong gauge(final int port, final String name, final String label, final String value) {
        final HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            final String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            final String selector = label + "=\"" + value + "\"";
            return body.lines()
                    .filter(line -> line.startsWith(name + "{") && line.contains(selector))
                    .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    // Prometheus prints gauges as floats ("12" or "1.2e+06"): exact for block heights.
                    .mapToLong(number -> new java.math.BigDecimal(number).longValueExact())
                    .findFirst();
        } catch (IOException | NumberFormatException | ArithmeticException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** @param healthy whether /healthz answered 200 OK; @param detail status line and body, or why not */
    public record Result(boolean healthy, String detail) {}
}
