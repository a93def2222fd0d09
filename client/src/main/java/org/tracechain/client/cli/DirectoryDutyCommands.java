// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import org.tracechain.client.directory.GovDirectory;
import org.tracechain.model.directory.DepartmentQuery;
import org.tracechain.model.directory.DirectoryPage;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.RegisterDutyRequest;
import org.tracechain.model.directory.UpdateDutyRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracechain dir duty ...}: duties (职责) of a department, for catalog administrators. */
@Command(name = "duty", description = "Duties of departments (register/update: catalog-admin role).",
        subcommands = {DirectoryDutyCommands.Register.class, DirectoryDutyCommands.Update.class,
            DirectoryDutyCommands.Get.class, DirectoryDutyCommands.ListDuties.class})
final class DirectoryDutyCommands {

    private DirectoryDutyCommands() {}

    @Command(name = "register", description = "Register a duty of your department.")
    static final class Register extends DirectoryCommand {
        @Option(names = "--id", required = true, description = "new duty id") String dutyId;
        @Option(names = "--department", required = true, paramLabel = "CODE", description = "owning department")
        String department;
        @Option(names = "--title", required = true, description = "short title") String title;
        @Option(names = "--legal-basis", required = true, description = "law or regulation assigning the duty")
        String legalBasis;
        @Option(names = "--description", description = "longer text (optional)") String description;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            committed(DirectoryTransaction.REGISTER_DUTY, directory.registerDuty(
                    new RegisterDutyRequest(dutyId, department, title, legalBasis, description)));
        }
    }

    @Command(name = "update", description = "Change a duty's title, legal basis and description.")
    static final class Update extends DirectoryCommand {
        @Option(names = "--id", required = true, description = "duty id") String dutyId;
        @Option(names = "--title", required = true, description = "short title") String title;
        @Option(names = "--legal-basis", required = true, description = "law or regulation assigning the duty")
        String legalBasis;
        @Option(names = "--description", description = "longer text (optional)") String description;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            committed(DirectoryTransaction.UPDATE_DUTY,
                    directory.updateDuty(new UpdateDutyRequest(dutyId, title, legalBasis, description)));
        }
    }

    @Command(name = "get", description = "Show a duty.")
    static final class Get extends DirectoryCommand {
        @Parameters(paramLabel = "ID", description = "duty id") String dutyId;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            output().record(directory.getDuty(dutyId));
        }
    }

    @Command(name = "list", description = "List a department's duties.")
    static final class ListDuties extends DirectoryCommand {
        @Option(names = "--department", required = true, paramLabel = "CODE", description = "department code")
        String department;
        @ArgGroup(exclusive = false) Paging paging = new Paging();

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            final DirectoryPage<Duty> page = directory.dutiesByDepartment(
                    new DepartmentQuery(department, paging.pageSize, paging.bookmark));
            page(page, DirectoryTables.duties(page.items()));
        }
    }
}
