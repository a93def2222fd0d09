// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracechain.network.NetworkException;
import org.tracechain.network.process.CommandRunner;

/**
 * A directory with PostgreSQL's server programs {@code initdb} and {@code postgres}, and where it was found.
 *
 * @param binDir the directory (symbolic links resolved: PostgreSQL finds its {@code share/} and {@code lib/} from
 *               the real location of its programs)
 * @param source how it was found, for the log line that names the binaries in use
 */
public record PostgresBinaries(Path binDir, String source) {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)(?:\\.(\\d+))?");

    public PostgresBinaries {
        Objects.requireNonNull(binDir, "binDir");
        Objects.requireNonNull(source, "source");
    }

    public Path initdb() {
        return binDir.resolve("initdb");
    }

    public Path postgres() {
        return binDir.resolve("postgres");
    }

    /** The major version the programs report ({@code postgres --version}, which even root may run), e.g. 15. */
    public int majorVersion() {
        final CommandRunner.Result result = CommandRunner.run(List.of(postgres().toString(), "--version"), Map.of(),
                binDir, Duration.ofSeconds(30));
        final Matcher m = VERSION.matcher(result.output());
        if (!result.ok() || !m.find()) {
            throw new NetworkException(postgres() + " --version failed (exit " + result.exitCode() + "): "
                    + result.tail(3));
        }
        return Integer.parseInt(m.group(1));
    }
}
