// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.client.directory.dcat.CatalogReader;
import org.tracechain.client.directory.dcat.DcatExporter;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.AccessLogQuery;
import org.tracechain.model.directory.DirectoryPage;
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

    private DirectoryAuditCommands() {}

    @Command(name = "search", description = "Find catalog entries by one criterion.")
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
            final DirectoryPage<EntryVersion> page;
            if (c.department != null) {
                page = directory.entriesByDepartment(query(c.department));
            } else if (c.theme != null) {
                page = directory.entriesByTheme(query(c.theme));
            } else if (c.sharingType != null) {
                page = directory.entriesBySharingType(query(c.sharingType.name()));
            } else if (c.updateCycle != null) {
                page = directory.entriesByUpdateCycle(query(c.updateCycle.name()));
            } else if (c.item != null) {
                page = directory.entriesByItemName(query(c.item));
            } else {
                page = directory.entriesByDuty(query(c.duty));
            }
            page(page, DirectoryTables.entries(page.items()));
        }

        private EntryQuery query(final String value) {
            return new EntryQuery(value, paging.pageSize, paging.bookmark);
        }
    }

    @Command(name = "audit-log", description = "Access log of a grant or a department (either side), optionally for [from, until).")
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
            final DirectoryPage<AccessLog> page = subject.grantId != null
                    ? directory.accessLogsByGrant(new AccessLogQuery(subject.grantId, null, from, until,
                            paging.pageSize, paging.bookmark))
                    : directory.accessLogsByDepartment(new AccessLogQuery(null, subject.department, from, until,
                            paging.pageSize, paging.bookmark));
            page(page, DirectoryTables.accessLogs(page.items()));
        }
    }

    @Command(name = "export-dcat", description = "Export the published catalog (or one department's part) as DCAT-AP 3 JSON-LD.")
    static final class ExportDcat extends DirectoryCommand {
        @Option(names = "--department", paramLabel = "CODE", description = "only this department's entries")
        String department;
        @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
        Path out;
        @Option(names = "--base-iri", paramLabel = "IRI", defaultValue = "https://tracechain.org/govdir/",
                description = "base of the minted IRIs (default ${DEFAULT-VALUE})")
        String baseIri;
        @Option(names = "--title", defaultValue = "政务数据资源目录", description = "catalog title (default ${DEFAULT-VALUE})")
        String title;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            final DcatExporter exporter = DcatExporter.withBaseIri(baseIri);
            final String jsonLd = exporter.export(CatalogReader.read(directory, title, department));
            if (out == null) {
                final PrintWriter writer = spec.commandLine().getOut();
                writer.print(jsonLd);
                writer.flush();
                return;
            }
            final Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, jsonLd, StandardCharsets.UTF_8);
            output().line("wrote " + out);
        }
    }
}
