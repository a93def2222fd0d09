// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the network module writes identities and gateway profiles, and where the client reads them.
 *
 * <pre>{@code
 * <home>/wallet/<org>/<user>/identity.json   (+ cert.pem, key.pem)
 * <home>/gateways/<org>.json
 * }</pre>
 *
 * <p>The home is the directory named by the {@code TRACECHAIN_HOME} environment variable, else
 * {@code ./.tracechain} relative to the working directory.
 */
public final class TraceChainHome {

    /** The environment variable naming the home directory. */
    public static final String ENVIRONMENT_VARIABLE = "TRACECHAIN_HOME";

    /** The home directory name used when the environment variable is not set. */
    public static final String DEFAULT_DIRECTORY = ".tracechain";

    private TraceChainHome() {}

    /** The home directory from this process's environment and working directory. */
    public static Path resolve() {
        return resolve(System.getenv(), Path.of(""));
    }

    /**
     * The home directory from the given environment and working directory.
     *
     * @param environment environment variables
     * @param workingDirectory base for the default {@code .tracechain}
     * @return an absolute, normalised path
     */
    public static Path resolve(final Map<String, String> environment, final Path workingDirectory) {
        Objects.requireNonNull(environment, "environment must not be null");
        Objects.requireNonNull(workingDirectory, "workingDirectory must not be null");
        final String configured = environment.get(ENVIRONMENT_VARIABLE);
        final Path home = configured == null || configured.isBlank()
                ? workingDirectory.resolve(DEFAULT_DIRECTORY)
                : Path.of(configured);
        return home.toAbsolutePath().normalize();
    }

    /** The wallet directory under {@code home}. */
    public static Path wallet(final Path home) {
        return Objects.requireNonNull(home, "home must not be null").resolve("wallet");
    }

    /** The gateway profile file of {@code organization} under {@code home}. */
    public static Path gatewayProfile(final Path home, final String organization) {
        Objects.requireNonNull(home, "home must not be null");
        return home.resolve("gateways").resolve(Arguments.requireName(organization, "organization") + ".json");
    }
}
