// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import com.fasterxml.jackson.core.type.TypeReference;
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
            DirectoryDutyCommands.Get.class, DirectoryDutyCommands.ListDuties.class},
        footer = {"  tracechain --org civil --user cataloger dir duty list --department CIVIL-AFFAIRS",
            "  tracechain --org civil --user cataloger dir duty get D-CIVIL-01"})
final class DirectoryDutyCommands {

    private static final TypeReference<DirectoryPage<Duty>> DUTY_PAGE = new TypeReference<>() {};

    private DirectoryDutyCommands() {}

    @Command(name = "register", description = "Register a duty of your department.",
            footer = {"  tracechain --org civil --user cataloger dir duty register --id D-CIVIL-01 \\",
                "      --department CIVIL-AFFAIRS --title \"Marriage registration\" \\",
                "      --legal-basis \"Marriage Registration Regulations, art. 2\""})
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
            committed(directory.registerDuty(
                    new RegisterDutyRequest(dutyId, department, title, legalBasis, description)));
        }
    }

    @Command(name = "update", description = "Change a duty's title, legal basis and description.",
            footer = {"  tracechain --org civil --user cataloger dir duty update --id D-CIVIL-01 \\",
                "      --title \"Marriage and divorce registration\" --legal-basis \"Civil Code, art. 1049\""})
    static final class Update extends DirectoryCommand {
        @Option(names = "--id", required = true, description = "duty id") String dutyId;
        @Option(names = "--title", required = true, description = "short title") String title;
        @Option(names = "--legal-basis", required = true, description = "law or regulation assigning the duty")
        String legalBasis;
        @Option(names = "--description", description = "longer text (optional)") String description;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            committed(directory.updateDuty(new UpdateDutyRequest(dutyId, title, legalBasis, description)));
        }
    }

    @Command(name = "get", description = "Show a duty.",
            footer = {"  tracechain --org civil --user cataloger dir duty get D-CIVIL-01"})
    static final class Get extends DirectoryCommand {
        @Parameters(paramLabel = "ID", description = "duty id") String dutyId;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            output().record(read(DirectoryTransaction.GET_DUTY, dutyId));
        }
    }

    @Command(name = "list", description = "List a department's duties.",
            footer = {"  tracechain --org civil --user cataloger dir duty list --department CIVIL-AFFAIRS --page-size 20"})
    static final class ListDuties extends DirectoryCommand {
        @Option(names = "--department", required = true, paramLabel = "CODE", description = "department code")
        String department;
        @ArgGroup(exclusive = false) Paging paging = new Paging();

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            page(query(DirectoryTransaction.DUTIES_BY_DEPARTMENT,
                    new DepartmentQuery(department, paging.pageSize, paging.bookmark)), DUTY_PAGE, DirectoryTables::duties);
        }
    }
}
