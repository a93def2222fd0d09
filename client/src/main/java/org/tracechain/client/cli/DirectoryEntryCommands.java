// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.PublishEntryRequest;
import org.tracechain.model.directory.RetireEntryRequest;
import org.tracechain.model.directory.ReviseEntryRequest;
import org.tracechain.model.directory.SharingMethod;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.UpdateCycle;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracechain dir entry ...}: catalog entries (目录) and their versions. Entry content comes from an
 * {@code EntryMetadata} JSON file; the most common fields can be overridden by flags, and a revision without a
 * file starts from the latest version.
 */
@Command(name = "entry", description = "Catalog entries (create/revise/publish/retire: catalog-admin role).",
        subcommands = {DirectoryEntryCommands.Create.class, DirectoryEntryCommands.Revise.class,
            DirectoryEntryCommands.Publish.class, DirectoryEntryCommands.Retire.class,
            DirectoryEntryCommands.Get.class, DirectoryEntryCommands.History.class},
        footer = {"  tracechain --org civil --user cataloger dir entry create --code GB-001 --department CIVIL-AFFAIRS \\",
            "      --file entry.json",
            "  tracechain --org civil --user cataloger dir entry publish GB-001",
            "  tracechain --org security --user requester dir entry get GB-001"})
final class DirectoryEntryCommands {

    private DirectoryEntryCommands() {}

    /** Flags that override fields of the metadata file (or of the latest version). */
    static final class MetadataOverrides {
        @Option(names = "--title", description = "entry title (信息资源名称)") String title;
        @Option(names = "--sharing-type", paramLabel = "TYPE", description = "UNCONDITIONAL, CONDITIONAL or NOT_SHARED")
        SharingType sharingType;
        @Option(names = "--conditions", description = "sharing conditions (required for CONDITIONAL)")
        String conditions;
        @Option(names = "--legal-basis", description = "legal basis (required for NOT_SHARED)") String legalBasis;
        @Option(names = "--sharing-method", paramLabel = "METHOD", description = "API, FILE, DATABASE, ONLINE_QUERY, OFFLINE")
        SharingMethod sharingMethod;
        @Option(names = "--update-cycle", paramLabel = "CYCLE", description = "REAL_TIME, DAILY, ..., IRREGULAR")
        UpdateCycle updateCycle;

        EntryMetadata applyTo(final EntryMetadata m) {
            return new EntryMetadata(title != null ? title : m.title(), m.description(), m.dutyIds(), m.themeCodes(),
                    m.classificationCode(), m.items(), sharingType != null ? sharingType : m.sharingType(),
                    conditions != null ? conditions : m.sharingConditions(),
                    legalBasis != null ? legalBasis : m.legalBasis(),
                    sharingMethod != null ? sharingMethod : m.sharingMethod(), m.openAttribute(),
                    updateCycle != null ? updateCycle : m.updateCycle(), m.sourceSystem());
        }
    }

    /** Reads an EntryMetadata JSON file strictly; a bad file is a usage error. */
    static EntryMetadata readMetadata(final Path file) throws IOException {
        try {
            return LedgerJson.fromJson(Files.readString(file, StandardCharsets.UTF_8), EntryMetadata.class);
        } catch (MalformedJsonException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    @Command(name = "create", description = "Draft a new entry of your department (version 1).",
            footer = {"  tracechain --org civil --user cataloger dir entry create --code GB-001 --department CIVIL-AFFAIRS \\",
                "      --file entry.json --sharing-type CONDITIONAL --conditions \"for registered purposes only\""})
    static final class Create extends DirectoryCommand {
        @Option(names = "--code", required = true, description = "entry code (信息资源代码)") String code;
        @Option(names = "--department", required = true, paramLabel = "CODE", description = "owning department")
        String department;
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "EntryMetadata JSON")
        Path file;
        @Option(names = "--note", description = "note on the version") String note;
        @Mixin MetadataOverrides overrides = new MetadataOverrides();

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            final EntryMetadata metadata = overrides.applyTo(readMetadata(file));
            committed(directory.createEntry(new CreateEntryRequest(code, department, metadata, note)));
        }
    }

    @Command(name = "revise", description = "Record a new version of an entry (published entries stay published).",
            footer = {"  tracechain --org civil --user cataloger dir entry revise GB-001 --update-cycle DAILY \\",
                "      --note \"now updated daily\" --expected-version 2"})
    static final class Revise extends DirectoryCommand {
        @Parameters(paramLabel = "CODE", description = "entry code") String code;
        @Option(names = "--file", paramLabel = "FILE", description = "EntryMetadata JSON (default: the latest version)")
        Path file;
        @Option(names = "--note", required = true, description = "what changed and why") String note;
        @Option(names = "--expected-version", paramLabel = "N", description = "refuse unless N is the latest version")
        Integer expectedVersion;
        @Mixin MetadataOverrides overrides = new MetadataOverrides();

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            final EntryMetadata base = file != null ? readMetadata(file) : directory.getEntry(code).metadata();
            committed(directory.reviseEntry(
                    new ReviseEntryRequest(code, overrides.applyTo(base), note, expectedVersion)));
        }
    }

    @Command(name = "publish", description = "Publish a draft entry.",
            footer = {"  tracechain --org civil --user cataloger dir entry publish GB-001 --expected-version 1"})
    static final class Publish extends DirectoryCommand {
        @Parameters(paramLabel = "CODE", description = "entry code") String code;
        @Option(names = "--note", description = "note on the version") String note;
        @Option(names = "--expected-version", paramLabel = "N", description = "refuse unless N is the latest version")
        Integer expectedVersion;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            committed(directory.publishEntry(new PublishEntryRequest(code, note, expectedVersion)));
        }
    }

    @Command(name = "retire", description = "Withdraw an entry from the catalog.",
            footer = {"  tracechain --org civil --user cataloger dir entry retire GB-001 --reason \"replaced by GB-002\""})
    static final class Retire extends DirectoryCommand {
        @Parameters(paramLabel = "CODE", description = "entry code") String code;
        @Option(names = "--reason", required = true, description = "why") String reason;
        @Option(names = "--expected-version", paramLabel = "N", description = "refuse unless N is the latest version")
        Integer expectedVersion;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            committed(directory.retireEntry(new RetireEntryRequest(code, reason, expectedVersion)));
        }
    }

    @Command(name = "get", description = "Show the latest version of an entry.",
            footer = {"  tracechain --org security --user requester dir entry get GB-001"})
    static final class Get extends DirectoryCommand {
        @Parameters(paramLabel = "CODE", description = "entry code") String code;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            output().record(read(DirectoryTransaction.GET_ENTRY, code));
        }
    }

    @Command(name = "history", description = "List every version of an entry with its transaction.",
            footer = {"  tracechain --org regulator --user auditor dir entry history GB-001"})
    static final class History extends DirectoryCommand {
        @Parameters(paramLabel = "CODE", description = "entry code") String code;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            final Read read = read(DirectoryTransaction.ENTRY_HISTORY, code);
            output().read(read, () -> output().table(DirectoryTables.history(List.of(read.as(EntryVersion[].class)))));
        }
    }
}
