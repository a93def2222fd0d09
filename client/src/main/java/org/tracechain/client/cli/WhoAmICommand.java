// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.util.Set;
import org.tracechain.client.LedgerClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tracechain whoami --channel foodtrace}: how the chaincode sees the chosen identity. */
@Command(name = "whoami", description = "Show the caller identity as the chaincode sees it (MSP, subject, roles).",
        footer = {"  tracechain whoami --channel govdir --org civil --user cataloger",
            "  tracechain --org producer --user farmer whoami --channel foodtrace --json"})
final class WhoAmICommand extends LedgerCommand {

    private static final Set<String> CHANNELS = Set.of("foodtrace", "govdir");
    private static final String WHO_AM_I = "WhoAmI";

    @Option(names = "--channel", required = true, paramLabel = "CHANNEL", completionCandidates = Channels.class,
            description = "foodtrace or govdir (the chaincode has the channel's name)")
    String channel;

    @Override
    protected void execute() throws Exception {
        if (!CHANNELS.contains(channel)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--channel must be foodtrace or govdir, got '" + channel + "'");
        }
        try (LedgerClient client = connect()) {
            output().record(Read.evaluate(client.contract(channel, channel), WHO_AM_I));
        }
    }

    static final class Channels extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Channels() {
            super(CHANNELS.stream().sorted().toList());
        }
    }
}
