// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.util.List;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracechain dir ...}: the govdir chaincode. Add directory commands here and to {@link #COMMANDS}. */
@Command(name = "dir", description = "Government data directory (channel and chaincode govdir).",
        footer = {"  tracechain --org civil --user cataloger dir register-department --code CIVIL-AFFAIRS \\",
            "      --name \"Civil Affairs Bureau\"",
            "  tracechain --org security --user requester dir search --item \"统一社会信用代码\"",
            "  tracechain --org regulator --user auditor dir export-dcat --out catalog.jsonld"})
final class DirectoryCommands {

    static final String CHANNEL = "govdir";

    /** The directory commands and command groups, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(GetDepartment.class, RegisterDepartment.class,
            DirectoryDutyCommands.class, DirectoryEntryCommands.class,
            DirectorySharingCommands.RequestGroup.class, DirectorySharingCommands.RequestsGroup.class,
            DirectorySharingCommands.GrantGroup.class, DirectorySharingCommands.Grants.class,
            DirectorySharingCommands.AccessGroup.class,
            DirectoryAuditCommands.Search.class, DirectoryAuditCommands.AuditLog.class,
            DirectoryAuditCommands.ExportDcat.class);

    private DirectoryCommands() {}

    static LedgerContract contract(final LedgerClient client) {
        return client.contract(CHANNEL, DirectoryTransaction.CHAINCODE);
    }

    @Command(name = "get-department", description = "Show a department.",
            footer = {"  tracechain --org security --user cataloger dir get-department CIVIL-AFFAIRS"})
    static final class GetDepartment extends DirectoryCommand {
        @Parameters(paramLabel = "CODE", description = "department code")
        String code;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            output().record(read(DirectoryTransaction.GET_DEPARTMENT, code));
        }
    }

    @Command(name = "register-department", description = "Register your organisation's department (catalog-admin role).",
            footer = {"  tracechain --org civil --user cataloger dir register-department --code CIVIL-AFFAIRS \\",
                "      --name \"Civil Affairs Bureau\""})
    static final class RegisterDepartment extends DirectoryCommand {
        @Option(names = "--code", required = true, description = "department code")
        String code;

        @Option(names = "--name", required = true, description = "department name")
        String name;

        @Option(names = "--parent", paramLabel = "CODE", description = "parent department code (optional)")
        String parentCode;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            committed(directory.registerDepartment(new RegisterDepartmentRequest(code, name, parentCode)));
        }
    }
}
