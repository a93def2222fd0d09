// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tracechain.server.http.ApiProblem;

/**
 * Content negotiation by {@code Accept} (RFC 9110 section 12.5.1): each offered type gets the quality of the most
 * specific media range that matches it ({@code type/subtype} over {@code type/*} over {@code *}{@code /*}); the
 * best quality above zero wins, ties going to the earlier offer. No {@code Accept} header accepts anything.
 */
final class MediaTypes {

    private MediaTypes() {}

    /**
     * The type to answer with.
     *
     * @param accept the request's {@code Accept} header, or null
     * @param offered the types the endpoint can write, preferred first
     * @return the chosen type
     * @throws ApiProblem 406 {@code NOT_ACCEPTABLE} when none is acceptable
     */
    static String choose(final String accept, final List<String> offered) {
        return negotiate(accept, offered).orElseThrow(() -> new ApiProblem(406, "NOT_ACCEPTABLE",
                "this resource is available as " + String.join(", ", offered),
                Map.of("epcisException", "NotAcceptableException")));
    }

    static Optional<String> negotiate(final String accept, final List<String> offered) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offered.get(0));
        }
        String best = null;
        double bestQuality = 0;
        for (final String type : offered) {
            final double quality = quality(accept, type);
            if (quality > bestQuality) {
                best = type;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the header gives {@code type}: 0 when no range matches. */
    private static double quality(final String accept, final String type) {
        final String[] wanted = type.split("/");
        int bestSpecificity = -1;
        double quality = 0;
        for (final String element : accept.split(",")) {
            final String[] parts = element.split(";", -1);
            final String range = parts[0].trim().toLowerCase(Locale.ROOT);
            final int slash = range.indexOf('/');
            if (slash <= 0) {
                continue;
            }
            final String main = range.substring(0, slash);
            final String sub = range.substring(slash + 1);
            final int specificity;
            if (main.equals(wanted[0]) && sub.equals(wanted[1])) {
                specificity = 2;
            } else if (main.equals(wanted[0]) && sub.equals("*")) {
                specificity = 1;
            } else if (main.equals("*") && sub.equals("*")) {
                specificity = 0;
            } else {
                continue;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = qValue(parts);
            }
        }
        return quality;
    }

    private static double qValue(final String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            final String parameter = parts[i].trim();
            if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                final String value = parameter.substring(2).trim();
                if (value.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?")) {
                    return Double.parseDouble(value);
                }
                return 0;
            }
        }
        return 1;
    }
}
