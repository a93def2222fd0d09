// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NetworkException;
import org.tracechain.network.NetworkUsers;
import org.tracechain.network.users.UserRegistry;

/** {@code tracechain user add|list|revoke}: users added after the network was created, and revocations. */
final class UserCli {

    static final String USAGE = """
            usage: tracechain user <add|list|revoke> --org ORG [--user NAME] [--role ROLE]... [options]
              add       issue NAME a certificate with the role attribute from ORG's CA, into wallet/ORG/NAME/
                        (--role may be repeated or comma-separated: --role inspector --role auditor)
              list      the users of ORG: the topology's and those added, with roles and whether revoked
              revoke    put NAME's certificate on ORG's CRL and the CRL into ORG's MSP on every channel of ORG
                        (signed by ORG's admin); Fabric then refuses NAME's submits and evaluates
            options: --home DIR, --topology FILE, --base-port N (as for 'tracechain network')
            examples:
              tracechain user add --org producer --user farmer2 --role producer
              tracechain user list --org producer
              tracechain user revoke --org producer --user farmer2
            """;

    private UserCli() {}

    static int run(final List<String> args, final PrintStream out, final PrintStream err, final Map<String, String> env) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            (args.isEmpty() ? err : out).print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        final String command = args.get(0);
        try {
            final List<String> rest = new ArrayList<>(args.subList(1, args.size()));
            final String org = take(rest, "--org");
            final String user = take(rest, "--user");
            final List<String> roles = new ArrayList<>();
            for (String role = take(rest, "--role"); role != null; role = take(rest, "--role")) {
                Arrays.stream(role.split(",")).map(String::strip).filter(r -> !r.isEmpty()).forEach(roles::add);
            }
            final NetworkOptions options = NetworkOptions.parse(rest, env).withRecordedDefaults();
            final NetworkUsers users = new FabricNetwork(options.home(), options.topology(), options.chaincodeDir())
                    .users();
            require(org, "--org");
            switch (command) {
                case "add" -> {
                    final UserRegistry.AddedUser added = users.add(org, require(user, "--user"), roles);
                    out.printf("added %s to %s with role %s; wallet %s%n", added.name(), added.organization(),
                            String.join(",", added.roles()), options.home().resolve("wallet").resolve(org)
                                    .resolve(added.name()));
                }
                case "list" -> print(out, users.list(org));
                case "revoke" -> {
                    final NetworkUsers.Revoked revoked = users.revoke(org, require(user, "--user"));
                    out.printf("revoked %s of %s: serial %s, CRL number %d, in the configuration of %s%n", user, org,
                            revoked.serial(), revoked.crlNumber(), String.join(", ", revoked.channels()));
                }
                default -> throw new IllegalArgumentException("unknown user command " + command);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("tracechain user: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (NetworkException e) {
            err.println("tracechain user " + command + " failed: " + e.getMessage());
            return 1;
        }
    }

    /** Removes {@code option} and its value from {@code args}; the value, or null if absent. */
    private static String take(final List<String> args, final String option) {
        final int at = args.indexOf(option);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException("option " + option + " needs a value");
        }
        final String value = args.remove(at + 1);
        args.remove(at);
        return value;
    }

    private static String require(final String value, final String option) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("this command needs " + option);
        }
        return value;
    }

    private static void print(final PrintStream out, final List<NetworkUsers.UserEntry> users) {
        final int width = Math.max(4, users.stream().mapToInt(u -> u.name().length()).max().orElse(4));
        final String format = "%-" + width + "s %-8s %-8s %s%n";
        out.printf(format, "USER", "SOURCE", "STATE", "ROLES");
        for (final NetworkUsers.UserEntry user : users) {
            out.printf(format, user.name(), user.added() ? "added" : "topology", user.revoked() ? "revoked" : "active",
                    String.join(",", user.roles()));
        }
    }
}
