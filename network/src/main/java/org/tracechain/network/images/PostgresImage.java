// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.tracechain.network.io.Sha256;

/**
 * The query store's PostgreSQL for machines that cannot pull the official {@code postgres} image: the Debian base
 * image plus Debian's {@code postgresql-15}, installed with apt while the image is built, with an entry point that
 * keeps the official image's contract as far as clients such as Testcontainers' {@code PostgreSQLContainer} rely on
 * it:
 * <ul>
 *   <li>{@code POSTGRES_USER}, {@code POSTGRES_PASSWORD} (required) and {@code POSTGRES_DB} create the superuser and
 *       database on the first start, and {@code /docker-entrypoint-initdb.d/*.sql|*.sh} run then;</li>
 *   <li>the set-up runs on a temporary server without TCP, which is stopped before the real one starts, so the log
 *       says "database system is ready to accept connections" twice and only the second one accepts clients;</li>
 *   <li>the server listens on 5432 on every interface, with passwords (SCRAM) required over TCP;</li>
 *   <li>the command is {@code postgres} and its options ({@code postgres -c fsync=off}); any other command runs
 *       as is.</li>
 * </ul>
 * It runs as the {@code postgres} user, never as root. Its inputs are the recipe, the entry point and the ID of the
 * base image it was built on, so a rebuilt base image rebuilds it.
 */
final class PostgresImage implements ImageRecipe {

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(20);
    static final String ENTRYPOINT = "docker-entrypoint.sh";

    private final String name;
    private final String baseImage;

    PostgresImage(final String name, final String baseImage) {
        this.name = name;
        this.baseImage = baseImage;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> bases() {
        return List.of(baseImage);
    }

    String dockerfile() {
        // postgresql-common goes first so that its createcluster.conf can say not to create the 'main' cluster that
        // installing postgresql-15 would otherwise make (and that nothing here would use); the entry point makes
        // the cluster in PGDATA on the first start, with the user and password of that container.
        // One RUN: the apt lists are removed in the layer that downloaded them, so they do not add to the image.
        return """
                FROM %s
                RUN apt-get update -q \\
                 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql-common \\
                 && sed -ri 's/#(create_main_cluster) .*$/\\1 = false/' /etc/postgresql-common/createcluster.conf \\
                 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql-15 \\
                 && apt-get clean && rm -rf /var/lib/apt/lists/* \\
                 && mkdir -p /var/lib/postgresql/data /var/run/postgresql /docker-entrypoint-initdb.d \\
                 && chown postgres:postgres /var/lib/postgresql/data /var/run/postgresql \\
                 && chmod 700 /var/lib/postgresql/data && chmod 2775 /var/run/postgresql
                COPY %s /usr/local/bin/%s
                ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \\
                    PGDATA=/var/lib/postgresql/data
                USER postgres
                EXPOSE 5432
                STOPSIGNAL SIGINT
                ENTRYPOINT ["%s"]
                CMD ["postgres"]
                """.formatted(baseImage, ENTRYPOINT, ENTRYPOINT, ENTRYPOINT);
    }

    String entrypoint() {
        return """
                #!/bin/bash
                # The entry point of the tracechain PostgreSQL image: the official postgres image's contract
                # (POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB, PGDATA, /docker-entrypoint-initdb.d) on Debian's
                # postgresql-15. Runs as the postgres user.
                set -Eeuo pipefail

                # 'docker run IMAGE -c fsync=off' means options for the server.
                if [ "${1:0:1}" = '-' ]; then
                    set -- postgres "$@"
                fi

                if [ "$1" = 'postgres' ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
                    if [ -z "${POSTGRES_PASSWORD:-}" ]; then
                        echo 'error: POSTGRES_PASSWORD is not set; the server accepts only password logins over TCP' >&2
                        exit 1
                    fi
                    POSTGRES_USER="${POSTGRES_USER:-postgres}"
                    POSTGRES_DB="${POSTGRES_DB:-$POSTGRES_USER}"
                    mkdir -p "$PGDATA"
                    chmod 700 "$PGDATA"
                    # The password goes through a pipe, never the command line others can read.
                    initdb -D "$PGDATA" --username="$POSTGRES_USER" --pwfile=<(printf '%s\\n' "$POSTGRES_PASSWORD") \\
                        --encoding=UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256
                    printf "\\nlisten_addresses = '*'\\n" >> "$PGDATA/postgresql.conf"
                    printf 'host all all all scram-sha-256\\n' >> "$PGDATA/pg_hba.conf"

                    # Set-up on a server no client can reach (no TCP), as the official image does: its "ready to
                    # accept connections" is the first of the two that clients wait for before connecting.
                    pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start
                    export PGUSER="$POSTGRES_USER" PGDATABASE=postgres
                    if [ "$POSTGRES_DB" != 'postgres' ]; then
                        echo 'CREATE DATABASE :"db";' | psql -v ON_ERROR_STOP=1 -q -v db="$POSTGRES_DB"
                    fi
                    for f in /docker-entrypoint-initdb.d/*; do
                        case "$f" in
                            *.sh) echo "$0: running $f"; . "$f" ;;
                            *.sql) echo "$0: running $f"; psql -v ON_ERROR_STOP=1 -q --dbname="$POSTGRES_DB" -f "$f" ;;
                            *) ;;
                        esac
                    done
                    pg_ctl -D "$PGDATA" -m fast -w stop
                    unset PGUSER PGDATABASE
                    echo "$0: PostgreSQL init process complete; ready for start up."
                fi

                exec "$@"
                """;
    }

    @Override
    public String inputs(final DockerCli docker) {
        return Sha256.of((dockerfile() + "\n" + entrypoint() + "\n" + docker.imageId(baseImage))
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void build(final DockerCli docker, final Path workDir, final String inputs) {
        try {
            Files.writeString(workDir.resolve("Dockerfile"), dockerfile());
            // COPY keeps the mode; the classic builder has no COPY --chmod.
            Files.writeString(workDir.resolve(ENTRYPOINT), entrypoint());
            Files.setPosixFilePermissions(workDir.resolve(ENTRYPOINT), PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build context of " + name + " in " + workDir, e);
        }
        // apt needs the network while building; the host's is the one an engine without a bridge has.
        docker.build(workDir, name, Map.of(FabricImages.INPUTS_LABEL, inputs), true, BUILD_TIMEOUT);
    }
}
