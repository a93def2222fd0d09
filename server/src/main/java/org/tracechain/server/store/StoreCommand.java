// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code tracechain store status|migrate|rebuild}: the query store's database. By default the network's own
 * PostgreSQL (found from {@code --home}); {@code --db-url} names an external one, its password from
 * {@value DatabaseSettings#PASSWORD_VARIABLE} or a file, never from the command line.
 *
 * <pre>{@code
 * CommandLine cli = new CommandLine(new ServerCli());
 * cli.addSubcommand(new StoreCommand(rebuild, heights));   // the query store's implementation provides both
 * }</pre>
 *
 * <p>Exit codes: 0 done, 1 the database is unreachable or the command failed, 2 usage.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "The query store in PostgreSQL: its state, its schema, rebuilding it from the ledger.",
        subcommands = {StoreCommand.Status.class, StoreCommand.Migrate.class, StoreCommand.Rebuild.class})
public final class StoreCommand implements Callable<Integer> {

    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "network home whose PostgreSQL to use (default: $TRACECHAIN_HOME or ./.tracechain)")
    Path home;

    @Option(names = "--db-url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "an external PostgreSQL instead (jdbc:postgresql://host:port/db); user from "
                    + DatabaseSettings.USER_VARIABLE + ", password from " + DatabaseSettings.PASSWORD_VARIABLE
                    + " or a file")
    String dbUrl;

    @Option(names = "--org", paramLabel = "ORG", scope = ScopeType.INHERIT,
            description = "the organisation whose store (its own schema) to use; without it, the database's default schema")
    String organization;

    @Option(names = "--db-password-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "file holding the password of the --db-url database")
    Path passwordFile;

    @Spec
    CommandSpec spec;

    private final StoreRebuild rebuild;
    private final StoreHeights heights;
    private final Map<String, String> env;

    /** A store command without a query store implementation: {@code rebuild} says it is not available. */
    public StoreCommand() {
        this(StoreRebuild.UNAVAILABLE, StoreHeights.NONE);
    }

    public StoreCommand(final StoreRebuild rebuild, final StoreHeights heights) {
        this(rebuild, heights, System.getenv());
    }

    StoreCommand(final StoreRebuild rebuild, final StoreHeights heights, final Map<String, String> env) {
        this.rebuild = Objects.requireNonNull(rebuild, "rebuild");
        this.heights = Objects.requireNonNull(heights, "heights");
        this.env = Map.copyOf(env);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    DatabaseSettings settings() {
        final Path networkHome = home != null ? home
                : Path.of(Optional.ofNullable(env.get("TRACECHAIN_HOME")).filter(h -> !h.isBlank()).orElse(".tracechain"));
        return DatabaseSettings.resolve(Optional.ofNullable(dbUrl), networkHome.toAbsolutePath().normalize(), env,
                Optional.ofNullable(passwordFile));
    }

    /** Runs {@code action} on the opened database; reports a failure in one line and answers 1. */
    int withDatabase(final String command, final DatabaseAction action) {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        try (StoreDatabase database = StoreDatabase.open(settings(), 2, java.util.List.of(StoreDatabase.MIGRATIONS),
                Optional.ofNullable(organization).map(StoreDatabase::schemaOf))) {
            return action.run(database, out);
        } catch (IllegalArgumentException | IllegalStateException | StoreUnavailableException
                | UnsupportedOperationException e) {
            err.println("tracechain store " + command + ": " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("tracechain store " + command + " failed: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** What a subcommand does with the database. */
    @FunctionalInterface
    interface DatabaseAction {
        int run(StoreDatabase database, PrintWriter out) throws Exception;
    }

    /** {@code store status}: reachable, schema version, projected heights. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Whether the database answers, which migrations are applied, how far each channel is projected.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        StoreCommand parent;

        @Override
        public Integer call() {
            return parent.withDatabase("status", (database, out) -> {
                out.printf("%-10s %s%n", "database", database.settings().describe());
                out.printf("%-10s %s%n", "server", database.serverVersion());
                final StoreMigrations.Status schema = database.migrationStatus();
                out.printf("%-10s %s%n", "schema", schema.currentVersion().map(v -> "version " + v).orElse("empty")
                        + ": " + schema.applied().size() + " migration(s) applied, " + schema.pending().size()
                        + " pending" + (schema.pending().isEmpty() ? ""
                                : " (" + String.join(", ", schema.pending()) + "; 'tracechain store migrate' or the"
                                        + " server's start applies them)"));
                out.printf("%-10s %s%n", "projected", projected(database));
                return 0;
            });
        }

        private String projected(final StoreDatabase database) {
            try {
                final Map<String, Long> byChannel = new TreeMap<>(parent.heights.heights(database.dataSource()));
                return byChannel.isEmpty() ? "nothing yet"
                        : byChannel.entrySet().stream().map(e -> e.getKey() + (e.getValue() == 0 ? " nothing yet"
                                : " up to block " + (e.getValue() - 1) + " (height " + e.getValue() + ")"))
                                .collect(Collectors.joining(", "));
            } catch (SQLException e) {
                return "unknown (" + e.getMessage() + ")";
            }
        }
    }

    /** {@code store migrate}: applies pending schema migrations. */
    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Applies the query store's pending schema migrations (the server does so when it starts).")
    static final class Migrate implements Callable<Integer> {
        @ParentCommand
        StoreCommand parent;

        @Override
        public Integer call() {
            return parent.withDatabase("migrate", (database, out) -> {
                final int applied = database.migrate();
                out.println(applied == 0 ? "The schema is up to date."
                        : "Applied " + applied + " migration(s); schema version "
                                + database.migrationStatus().currentVersion().orElse("?") + ".");
                return 0;
            });
        }
    }

    /** {@code store rebuild}: replays the ledger from block 0 into the store. */
    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = "Empties the query store and projects every channel again from block 0.")
    static final class Rebuild implements Callable<Integer> {
        @ParentCommand
        StoreCommand parent;

        @Override
        public Integer call() {
            return parent.withDatabase("rebuild", (database, out) -> {
                database.migrate();
                final long start = System.nanoTime();
                parent.rebuild.rebuild(database, out);
                out.printf("Rebuilt the query store in %.1f s.%n", (System.nanoTime() - start) / 1e9);
                return 0;
            });
        }
    }
}
