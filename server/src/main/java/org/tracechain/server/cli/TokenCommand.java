// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracechain.client.Wallet;
import org.tracechain.server.auth.IssuedToken;
import org.tracechain.server.auth.TokenRecord;
import org.tracechain.server.auth.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracechain token create|list|revoke}: the bearer tokens of one organisation's server. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Bearer tokens for the HTTP server, each acting as one wallet identity of its organisation.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand {

    /** The options every token command takes. */
    static class Target {
        @Option(names = "--home", description = "the network home (default $TRACECHAIN_HOME or ./.tracechain)")
        Path home;

        @Option(names = "--org", required = true, description = "the server's organisation")
        String organization;

        TokenStore store() {
            return TokenStore.open(home, organization);
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Issue a token for a wallet user; prints the token once, on stdout (it is not kept).",
            footer = {"", "Examples:",
                "  TOKEN=$(tracechain token create --org producer --user farmer --expires 30d)",
                "  tracechain token create --org regulator --user auditor --expires 12h"})
    static final class Create extends Target implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--user", required = true, description = "the wallet user the token acts as")
        String user;

        @Option(names = "--expires", description = "validity: 30d, 12h, 90m or ISO-8601 (P30D); default: never")
        String expires;

        @Override
        public Integer call() throws Exception {
            final List<String> users = Wallet.open(home).list();
            if (!users.contains(organization + "/" + user)) {
                throw new IllegalArgumentException("no user " + user + " of " + organization + " in the wallet of "
                        + home + "; users of " + organization + ": " + String.join(", ", users.stream()
                                .filter(u -> u.startsWith(organization + "/"))
                                .map(u -> u.substring(organization.length() + 1)).toList()));
            }
            final IssuedToken issued = store().create(user, Optional.ofNullable(expires).map(TokenCommand::validity));
            final TokenRecord record = issued.record();
            spec.commandLine().getErr().println("token " + record.id() + " for " + organization + "/" + user
                    + (record.expires() == null ? ", no expiry" : ", expires " + record.expires())
                    + "; it is shown once, keep it now");
            spec.commandLine().getOut().println(issued.token());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The tokens issued (never their secrets).")
    static final class ListTokens extends Target implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            final PrintWriter out = spec.commandLine().getOut();
            final String format = "%-16s  %-16s  %-20s  %-20s  %s%n";
            out.printf(Locale.ROOT, format, "ID", "USER", "CREATED", "EXPIRES", "STATE");
            final java.time.Instant now = java.time.Instant.now();
            for (final TokenRecord record : store().list()) {
                out.printf(Locale.ROOT, format, record.id(), record.user(), record.created(),
                        record.expires() == null ? "never" : record.expires(),
                        record.revoked() != null ? "revoked " + record.revoked()
                                : record.activeAt(now) ? "active" : "expired");
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a token; a running server refuses it from its next request on.")
    static final class Revoke extends Target implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "the token's id (token list)")
        String id;

        @Override
        public Integer call() throws Exception {
            final TokenRecord record = store().revoke(id);
            spec.commandLine().getOut().println("revoked token " + record.id() + " of " + record.organization() + "/"
                    + record.user() + " at " + record.revoked());
            return 0;
        }
    }

    private static final Pattern SHORT = Pattern.compile("([1-9][0-9]{0,5})([dhm])");

    /** {@code 30d}, {@code 12h}, {@code 90m}, or an ISO-8601 duration. */
    static Duration validity(final String text) {
        final Matcher matcher = SHORT.matcher(text);
        if (matcher.matches()) {
            final long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofMinutes(amount);
            };
        }
        try {
            final Duration duration = Duration.parse(text);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("--expires must be positive, not " + text);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--expires must look like 30d, 12h, 90m or P30D, not " + text);
        }
    }
}
