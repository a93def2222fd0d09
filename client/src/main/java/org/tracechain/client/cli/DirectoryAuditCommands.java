// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.client.directory.dcat.CatalogReader;
import org.tracechain.client.directory.dcat.CatalogSnapshot;
import org.tracechain.client.directory.dcat.DcatExporter;
import org.tracechain.client.directory.dcat.DcatFormat;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.AccessLogQuery;
import org.tracechain.model.directory.DirectoryPage;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.EntryQuery;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.UpdateCycle;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Catalog search, the access audit log and the DCAT export: {@code dir search}, {@code dir audit-log}, {@code dir export-dcat}. */
final class DirectoryAuditCommands {

    private static final TypeReference<DirectoryPage<EntryVersion>> ENTRY_PAGE = new TypeReference<>() {};
    private static final TypeReference<DirectoryPage<AccessLog>> LOG_PAGE = new TypeReference<>() {};

    private DirectoryAuditCommands() {}

    @Command(name = "search", description = "Find catalog entries by one criterion.",
            footer = {"  tracechain --org security --user requester dir search --item \"统一社会信用代码\"",
                "  tracechain --org civil --user cataloger dir search --department CIVIL-AFFAIRS --page-size 20",
                "  tracechain --org regulator --user auditor dir search --sharing-type NOT_SHARED --json"})
    static final class Search extends DirectoryCommand {
        @ArgGroup(exclusive = true, multiplicity = "1") Criterion criterion;
        @ArgGroup(exclusive = false) Paging paging = new Paging();

        static final class Criterion {
            @Option(names = "--department", paramLabel = "CODE", description = "owning department") String department;
            @Option(names = "--theme", paramLabel = "CODE", description = "theme code") String theme;
            @Option(names = "--sharing-type", paramLabel = "TYPE", description = "UNCONDITIONAL, CONDITIONAL, NOT_SHARED")
            SharingType sharingType;
            @Option(names = "--update-cycle", paramLabel = "CYCLE", description = "REAL_TIME, DAILY, ..., IRREGULAR")
            UpdateCycle updateCycle;
            @Option(names = "--item", paramLabel = "NAME", description = "data item name (信息项)") String item;
            @Option(names = "--duty", paramLabel = "ID", description = "duty id") String duty;
        }

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            final Criterion c = criterion;
            final Read read;
            if (c.department != null) {
                read = query(DirectoryTransaction.ENTRIES_BY_DEPARTMENT, entries(c.department));
            } else if (c.theme != null) {
                read = query(DirectoryTransaction.ENTRIES_BY_THEME, entries(c.theme));
            } else if (c.sharingType != null) {
                read = query(DirectoryTransaction.ENTRIES_BY_SHARING_TYPE, entries(c.sharingType.name()));
            } else if (c.updateCycle != null) {
                read = query(DirectoryTransaction.ENTRIES_BY_UPDATE_CYCLE, entries(c.updateCycle.name()));
            } else if (c.item != null) {
                read = query(DirectoryTransaction.ENTRIES_BY_ITEM_NAME, entries(c.item));
            } else {
                read = query(DirectoryTransaction.ENTRIES_BY_DUTY, entries(c.duty));
            }
            page(read, ENTRY_PAGE, DirectoryTables::entries);
        }

        private EntryQuery entries(final String value) {
            return new EntryQuery(value, paging.pageSize, paging.bookmark);
        }
    }

    @Command(name = "audit-log", description = "Access log of a grant or a department (either side), optionally for [from, until).",
            footer = {"  tracechain --org regulator --user auditor dir audit-log --grant GRANT-REQ-1",
                "  tracechain --org civil --user cataloger dir audit-log --department CIVIL-AFFAIRS \\",
                "      --from 2026-01-01T00:00:00Z --until 2026-02-01T00:00:00Z"})
    static final class AuditLog extends DirectoryCommand {
        @ArgGroup(exclusive = true, multiplicity = "1") Subject subject;
        @Option(names = "--from", paramLabel = "INSTANT", description = "period start, inclusive") Instant from;
        @Option(names = "--until", paramLabel = "INSTANT", description = "period end, exclusive") Instant until;
        @ArgGroup(exclusive = false) Paging paging = new Paging();

        static final class Subject {
            @Option(names = "--grant", paramLabel = "ID", description = "grant id") String grantId;
            @Option(names = "--department", paramLabel = "CODE", description = "department code") String department;
        }

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            if ((from == null) != (until == null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give both --from and --until, or neither");
            }
            final Read read = subject.grantId != null
                    ? query(DirectoryTransaction.ACCESS_LOGS_BY_GRANT, new AccessLogQuery(subject.grantId, null, from,
                            until, paging.pageSize, paging.bookmark))
                    : query(DirectoryTransaction.ACCESS_LOGS_BY_DEPARTMENT, new AccessLogQuery(null,
                            subject.department, from, until, paging.pageSize, paging.bookmark));
            page(read, LOG_PAGE, DirectoryTables::accessLogs);
        }
    }

    @Command(name = "export-dcat",
            description = "Export the published catalog (or one department's part) as DCAT-AP 3.0.1, in JSON-LD or Turtle.",
            footer = {"  tracechain --org regulator --user auditor dir export-dcat --out catalog.jsonld",
                "  tracechain --org regulator --user auditor dir export-dcat --format turtle \\",
                "      --out catalog.ttl --base-iri https://data.beijing.gov.cn/govdir/ \\",
                "      --publisher 北京市经济和信息化局",
                "  tracechain --org civil --user cataloger dir export-dcat \\",
                "      --department CIVIL-AFFAIRS > civil.jsonld"})
    static final class ExportDcat extends DirectoryCommand {
        @Option(names = "--department", paramLabel = "CODE", description = "only this department's entries")
        String department;
        @Option(names = "--out", paramLabel = "FILE",
                description = "write to FILE (relative to the current directory) instead of standard output")
        Path out;
        DcatFormat format;
        @Option(names = "--base-iri", paramLabel = "IRI", defaultValue = "https://tracechain.org/govdir/",
                description = "base of the minted IRIs (default ${DEFAULT-VALUE})")
        String baseIri;
        @Option(names = "--title", paramLabel = "TEXT", defaultValue = "政务数据资源目录", description = "catalog title (default ${DEFAULT-VALUE})")
        String title;
        @Option(names = "--publisher", paramLabel = "NAME", defaultValue = CatalogSnapshot.DEFAULT_PUBLISHER,
                description = "publisher of the whole catalog (default ${DEFAULT-VALUE}); a department's catalog is "
                        + "published by the department")
        String publisher;

        // A setter, so a wrong format is a usage error before anything connects.
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonld",
                description = "jsonld or turtle (default ${DEFAULT-VALUE})")
        void format(final String name) {
            try {
                format = DcatFormat.parse(name);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
            }
        }

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            final DcatExporter exporter = DcatExporter.withBaseIri(baseIri);
            final String text = exporter.export(CatalogReader.read(directory, title, publisher, department), format);
            if (out == null) {
                final PrintWriter writer = spec.commandLine().getOut();
                writer.print(text);
                writer.flush();
                return;
            }
            final Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, text, StandardCharsets.UTF_8);
            output().line("wrote " + out.toAbsolutePath().normalize());
        }
    }
}
