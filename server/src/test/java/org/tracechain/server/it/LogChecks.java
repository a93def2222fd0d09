// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What the servers' logs must never hold. */
final class LogChecks {

    private LogChecks() {}

    /** No token (valid or revoked), nor any part of one past its public id, in any log line so far. */
    static void assertNoToken(final LiveServers servers) {
        final List<String> lines = servers.logLines();
        assertThat(lines).as("the servers wrote log lines (access log included)").isNotEmpty();
        for (final String token : servers.allTokens()) {
            // tct_<16 hex id>_<43 base64url characters>: the secret may itself hold '_'.
            final String secret = token.substring("tct_".length() + 16 + 1);
            assertThat(lines).as("log lines holding a token").noneMatch(l -> l.contains(token) || l.contains(secret));
        }
        assertThat(lines).as("log lines holding a bearer credential").noneMatch(l -> l.contains("Bearer tct_"));
    }
}
