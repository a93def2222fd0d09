// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.directory.Configuration;
import org.tracechain.model.directory.ConfigureRequest;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DepartmentQuery;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.directory.RegisterDutyRequest;
import org.tracechain.model.directory.UpdateDutyRequest;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.identity.Role;

class ConfigurationAndDepartmentTest extends DirectoryFixture {

    private static final TestIdentity OTHER_REGULATOR_ADMIN = TestIdentities.admin("AuditMSP", "audit-admin");

    private String configureJson(final List<String> regulators, final List<String> auditors) {
        return json(new ConfigureRequest(regulators, auditors));
    }

    @Test
    void first_configuration_needs_an_admin_of_a_listed_msp() {
        assertRefused(CommonError.ACCESS_DENIED, MARKET_ADMIN,
                ctx -> contract.configure(ctx, configureJson(List.of(REGULATOR_MSP), null)));
        assertRefused(CommonError.ACCESS_DENIED, TestIdentities.admin(MARKET_MSP, "market-org-admin"),
                ctx -> contract.configure(ctx, configureJson(List.of(REGULATOR_MSP), null)));
        assertRefused(CommonError.ACCESS_DENIED, AUDITOR,
                ctx -> contract.configure(ctx, configureJson(List.of(REGULATOR_MSP), null)));

        final Configuration config = decode(ledger.submit(REGULATOR_ADMIN,
                ctx -> contract.configure(ctx, configureJson(List.of(REGULATOR_MSP), List.of("AuditMSP")))),
                Configuration.class);

        assertThat(config.regulatorMspIds()).containsExactly(REGULATOR_MSP);
        assertThat(config.auditorMspIds()).containsExactly("AuditMSP");
        assertThat(config.version()).isEqualTo(1);
        assertThat(decode(ledger.evaluate(CIVIL_PLAIN, contract::getConfiguration), Configuration.class))
                .isEqualTo(config);
    }

    @Test
    void identical_configuration_is_a_no_op() {
        configure();
        final var before = ledger.snapshot();

        final Configuration again = decode(ledger.submit(REGULATOR_ADMIN,
                ctx -> contract.configure(ctx, configureJson(List.of(REGULATOR_MSP), List.of()))), Configuration.class);

        assertThat(again.version()).isEqualTo(1);
        assertThat(ledger.snapshot()).isEqualTo(before);
    }

    @Test
    void later_changes_need_an_admin_of_a_current_regulator() {
        configure();
        // An admin of the MSP being added is not yet a regulator.
        assertRefused(CommonError.ACCESS_DENIED, OTHER_REGULATOR_ADMIN,
                ctx -> contract.configure(ctx, configureJson(List.of(REGULATOR_MSP, "AuditMSP"), null)));
        assertRefused(CommonError.ACCESS_DENIED, AUDITOR,
                ctx -> contract.configure(ctx, configureJson(List.of(REGULATOR_MSP, "AuditMSP"), null)));

        final Configuration changed = decode(ledger.submit(REGULATOR_ADMIN,
                ctx -> contract.configure(ctx, configureJson(List.of("AuditMSP", REGULATOR_MSP), null))),
                Configuration.class);

        assertThat(changed.regulatorMspIds()).containsExactly("AuditMSP", REGULATOR_MSP);
        assertThat(changed.version()).isEqualTo(2);
        // Now the other organisation's admin may hand the role over entirely.
        ledger.submit(OTHER_REGULATOR_ADMIN, ctx -> contract.configure(ctx, configureJson(List.of("AuditMSP"), null)));
        assertRefused(CommonError.ACCESS_DENIED, REGULATOR_ADMIN,
                ctx -> contract.configure(ctx, configureJson(List.of(REGULATOR_MSP), null)));
    }

    @Test
    void configuration_input_is_validated() {
        assertRefused(CommonError.INVALID_FIELD, REGULATOR_ADMIN, ctx -> contract.configure(ctx, configureJson(List.of(), null)));
        assertRefused(CommonError.DUPLICATE_VALUE, REGULATOR_ADMIN,
                ctx -> contract.configure(ctx, configureJson(List.of(REGULATOR_MSP, REGULATOR_MSP), null)));
        assertRefused(CommonError.INVALID_FIELD, REGULATOR_ADMIN,
                ctx -> contract.configure(ctx, configureJson(List.of("bad msp"), null)));
        assertRefused(CommonError.TOO_MANY_VALUES, REGULATOR_ADMIN, ctx -> contract.configure(ctx,
                configureJson(java.util.stream.IntStream.range(0, 17).mapToObj(i -> "M" + i).toList(), null)));
        assertRefused(CommonError.MALFORMED_JSON, REGULATOR_ADMIN,
                ctx -> contract.configure(ctx, "{\"regulatorMspIds\":\"RegulatorMSP\",\"x\":1}"));
        assertQueryRefused(CommonError.NOT_CONFIGURED, CIVIL_PLAIN, contract::getConfiguration);
    }

    @Test
    void department_belongs_to_the_registering_organisation() {
        registerDepartments();
        ledger.submit(MARKET_ADMIN, ctx -> contract.registerDepartment(ctx,
                json(new RegisterDepartmentRequest("BJ-HD-SAMR", "海淀区市场监督管理局", MARKET))));

        final Department district = decode(ledger.evaluate(CIVIL_PLAIN, ctx -> contract.getDepartment(ctx, "BJ-HD-SAMR")),
                Department.class);

        assertThat(district.mspId()).isEqualTo(MARKET_MSP);
        assertThat(district.parentCode()).isEqualTo(MARKET);
    }

    @Test
    void department_registration_rules() {
        registerDepartments();
        assertRefused(CommonError.ACCESS_DENIED, CIVIL_REQUESTER, ctx -> contract.registerDepartment(ctx,
                json(new RegisterDepartmentRequest("BJ-X", "x", null))));
        assertRefused(DirectoryError.DEPARTMENT_ALREADY_EXISTS, CIVIL_ADMIN, ctx -> contract.registerDepartment(ctx,
                json(new RegisterDepartmentRequest(MARKET, "x", null))));
        // Codes are unique ignoring case: bj-samr is BJ-SAMR, whichever organisation asks.
        assertRefused(DirectoryError.DEPARTMENT_ALREADY_EXISTS, CIVIL_ADMIN, ctx -> contract.registerDepartment(ctx,
                json(new RegisterDepartmentRequest(MARKET.toLowerCase(java.util.Locale.ROOT), "x", null))));
        assertRefused(DirectoryError.DEPARTMENT_ALREADY_EXISTS, MARKET_ADMIN, ctx -> contract.registerDepartment(ctx,
                json(new RegisterDepartmentRequest("Bj-Samr", "x", null))));
        assertRefused(DirectoryError.DEPARTMENT_NOT_FOUND, CIVIL_ADMIN, ctx -> contract.registerDepartment(ctx,
                json(new RegisterDepartmentRequest("BJ-X", "x", "NOPE"))));
        assertRefused(CommonError.INVALID_FIELD, CIVIL_ADMIN, ctx -> contract.registerDepartment(ctx,
                json(new RegisterDepartmentRequest("BJ X", "x", null))));
        assertRefused(CommonError.FIELD_TOO_LONG, CIVIL_ADMIN, ctx -> contract.registerDepartment(ctx,
                json(new RegisterDepartmentRequest("BJ-X", "x".repeat(257), null))));
        assertQueryRefused(DirectoryError.DEPARTMENT_NOT_FOUND, CIVIL_PLAIN, ctx -> contract.getDepartment(ctx, "NOPE"));
    }

    @Test
    void duties_are_registered_and_changed_by_their_departments_catalog_admin() {
        registerDepartments();
        registerDuties();

        final Duty updated = decode(ledger.submit(MARKET_ADMIN, ctx -> contract.updateDuty(ctx,
                json(new UpdateDutyRequest(MARKET_DUTY, "市场主体登记", "《市场主体登记管理条例》（2022）", "更新")))),
                Duty.class);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.registeredAt()).isBefore(updated.updatedAt());
        assertThat(decode(ledger.evaluate(CIVIL_PLAIN, ctx -> contract.getDuty(ctx, MARKET_DUTY)), Duty.class))
                .isEqualTo(updated);
        assertThat(page(ledger.evaluate(CIVIL_PLAIN,
                ctx -> contract.dutiesByDepartment(ctx, json(new DepartmentQuery(MARKET, null, null)))), Duty.class).items())
                .extracting(Duty::dutyId).containsExactly(MARKET_DUTY);
        assertThat(ledger.validationParameter("\u0000duty\u0000" + MARKET_DUTY + "\u0000")).isPresent();
    }

    @Test
    void duty_rules() {
        registerDepartments();
        registerDuties();
        assertRefused(CommonError.ACCESS_DENIED, CIVIL_ADMIN, ctx -> contract.registerDuty(ctx,
                json(new RegisterDutyRequest("SAMR-D02", MARKET, "t", "b", null))));
        assertRefused(CommonError.ACCESS_DENIED, MARKET_REQUESTER, ctx -> contract.registerDuty(ctx,
                json(new RegisterDutyRequest("SAMR-D02", MARKET, "t", "b", null))));
        assertRefused(CommonError.ACCESS_DENIED, CIVIL_ADMIN, ctx -> contract.updateDuty(ctx,
                json(new UpdateDutyRequest(MARKET_DUTY, "t", "b", null))));
        assertRefused(DirectoryError.DUTY_ALREADY_EXISTS, MARKET_ADMIN, ctx -> contract.registerDuty(ctx,
                json(new RegisterDutyRequest(MARKET_DUTY, MARKET, "t", "b", null))));
        assertRefused(DirectoryError.DEPARTMENT_NOT_FOUND, MARKET_ADMIN, ctx -> contract.registerDuty(ctx,
                json(new RegisterDutyRequest("X-D1", "NOPE", "t", "b", null))));
        assertRefused(CommonError.INVALID_FIELD, MARKET_ADMIN, ctx -> contract.registerDuty(ctx,
                json(new RegisterDutyRequest("SAMR-D02", MARKET, "t", " ", null))));
        assertRefused(DirectoryError.DUTY_NOT_FOUND, MARKET_ADMIN, ctx -> contract.updateDuty(ctx,
                json(new UpdateDutyRequest("NOPE", "t", "b", null))));
        assertQueryRefused(DirectoryError.DUTY_NOT_FOUND, CIVIL_PLAIN, ctx -> contract.getDuty(ctx, "NOPE"));
    }

    @Test
    void who_am_i_reports_roles() {
        assertThat(ledger.evaluate(TestIdentities.client(CIVIL_MSP, "both", Role.REQUESTER, Role.CATALOG_ADMIN),
                contract::whoAmI)).contains("\"roles\":[\"catalog-admin\",\"requester\"]");
    }
}
