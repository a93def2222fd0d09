// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.supervisor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** {@code java ... SupervisorMain <home>}: the supervisor process {@code network up} starts for a network. */
public final class SupervisorMain {

    private static final Duration ROUND_INTERVAL = Duration.ofSeconds(1);

    private SupervisorMain() {}

    public static void main(final String[] args) {
        if (args.length != 1) {
            System.err.println("usage: SupervisorMain <network home>");
            System.exit(2);
        }
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/tracechain/network/cli/logback-cli.xml");
        }
        final Thread main = Thread.currentThread();
        // SIGTERM (down) ends the loop; the nodes themselves are stopped by down, not by their supervisor.
        Runtime.getRuntime().addShutdownHook(new Thread(main::interrupt, "supervisor-stop"));
        new Supervisor(Path.of(args[0]).toAbsolutePath(), Supervisor.Settings.DEFAULT, Clock.systemUTC())
                .run(ROUND_INTERVAL);
    }
}
