// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.TransactionResult;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.json.LedgerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracechain dir ...}: the govdir chaincode. Add directory commands here and to {@code subcommands}. */
@Command(name = "dir", description = "Government data directory (channel and chaincode govdir).",
        subcommands = {DirectoryCommands.GetDepartment.class, DirectoryCommands.RegisterDepartment.class,
            DirectoryDutyCommands.class, DirectoryEntryCommands.class,
            DirectorySharingCommands.RequestGroup.class, DirectorySharingCommands.RequestsGroup.class,
            DirectorySharingCommands.GrantGroup.class, DirectorySharingCommands.Grants.class,
            DirectorySharingCommands.AccessGroup.class,
            DirectoryAuditCommands.Search.class, DirectoryAuditCommands.AuditLog.class,
            DirectoryAuditCommands.ExportDcat.class})
final class DirectoryCommands {

    static final String CHANNEL = "govdir";

    private DirectoryCommands() {}

    static LedgerContract contract(final LedgerClient client) {
        return client.contract(CHANNEL, DirectoryTransaction.CHAINCODE);
    }

    @Command(name = "get-department", description = "Show a department.")
    static final class GetDepartment extends LedgerCommand {
        @Parameters(paramLabel = "CODE", description = "department code")
        String code;

        @Override
        protected void execute() throws Exception {
            try (LedgerClient client = connect()) {
                output().record(contract(client).evaluateJson(DirectoryTransaction.GET_DEPARTMENT, Department.class, code));
            }
        }
    }

    @Command(name = "register-department", description = "Register your organisation's department (catalog-admin role).")
    static final class RegisterDepartment extends LedgerCommand {
        @Option(names = "--code", required = true, description = "department code")
        String code;

        @Option(names = "--name", required = true, description = "department name")
        String name;

        @Option(names = "--parent", paramLabel = "CODE", description = "parent department code (optional)")
        String parentCode;

        @Override
        protected void execute() throws Exception {
            final RegisterDepartmentRequest request = new RegisterDepartmentRequest(code, name, parentCode);
            try (LedgerClient client = connect()) {
                final TransactionResult result = contract(client)
                        .submit(DirectoryTransaction.REGISTER_DEPARTMENT, LedgerJson.toJson(request));
                Results.print(output(), result, result.payloadAs(Department.class));
            }
        }
    }
}
