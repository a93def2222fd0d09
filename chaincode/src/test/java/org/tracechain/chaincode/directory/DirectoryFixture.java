// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.ConfigureRequest;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.DirectoryPage;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.Grant;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.directory.OpenAttribute;
import org.tracechain.model.directory.PublishEntryRequest;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.directory.RegisterDutyRequest;
import org.tracechain.model.directory.SharingMethod;
import org.tracechain.model.directory.SharingRequest;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.SubmitSharingRequest;
import org.tracechain.model.directory.UpdateCycle;
import org.tracechain.model.error.ErrorCode;
import org.tracechain.model.identity.Role;
import org.tracechain.model.json.LedgerJson;

/**
 * Shared set-up for the govdir tests: three Beijing municipal departments on their own organisations
 * (market regulation, civil affairs, public security), a regulator organisation, and helpers that drive
 * {@link DirectoryContract} over an {@link InMemoryLedger}.
 */
abstract class DirectoryFixture {

    static final String MARKET_MSP = "MarketMSP";
    static final String CIVIL_MSP = "CivilMSP";
    static final String POLICE_MSP = "PoliceMSP";
    static final String REGULATOR_MSP = "RegulatorMSP";

    static final String MARKET = "BJ-SAMR";
    static final String CIVIL = "BJ-MCA";
    static final String POLICE = "BJ-PSB";

    static final String MARKET_DUTY = "SAMR-D01";
    static final String CIVIL_DUTY = "MCA-D01";
    static final String POLICE_DUTY = "PSB-D01";

    static final String USCC = "统一社会信用代码";

    static final TestIdentity MARKET_ADMIN = TestIdentities.client(MARKET_MSP, "market-admin", Role.CATALOG_ADMIN);
    static final TestIdentity MARKET_REQUESTER = TestIdentities.client(MARKET_MSP, "market-clerk", Role.REQUESTER);
    static final TestIdentity CIVIL_ADMIN = TestIdentities.client(CIVIL_MSP, "civil-admin", Role.CATALOG_ADMIN);
    static final TestIdentity CIVIL_REQUESTER = TestIdentities.client(CIVIL_MSP, "civil-clerk", Role.REQUESTER);
    static final TestIdentity CIVIL_PLAIN = TestIdentities.client(CIVIL_MSP, "civil-visitor");
    static final TestIdentity POLICE_ADMIN = TestIdentities.client(POLICE_MSP, "police-admin", Role.CATALOG_ADMIN);
    static final TestIdentity POLICE_REQUESTER = TestIdentities.client(POLICE_MSP, "police-clerk", Role.REQUESTER);
    static final TestIdentity POLICE_AUDITOR = TestIdentities.client(POLICE_MSP, "police-auditor", Role.AUDITOR);
    static final TestIdentity REGULATOR_ADMIN = TestIdentities.admin(REGULATOR_MSP, "regulator-admin");
    static final TestIdentity AUDITOR = TestIdentities.client(REGULATOR_MSP, "auditor", Role.AUDITOR);

    final InMemoryLedger ledger = new InMemoryLedger("govdir");
    final DirectoryContract contract = new DirectoryContract();

    // ---- set-up steps --------------------------------------------------------------------------------

    void configure() {
        ledger.submit(REGULATOR_ADMIN,
                ctx -> contract.configure(ctx, json(new ConfigureRequest(List.of(REGULATOR_MSP), null))));
    }

    void registerDepartments() {
        department(MARKET_ADMIN, MARKET, "北京市市场监督管理局");
        department(CIVIL_ADMIN, CIVIL, "北京市民政局");
        department(POLICE_ADMIN, POLICE, "北京市公安局");
    }

    void department(final TestIdentity admin, final String code, final String name) {
        ledger.submit(admin, ctx -> contract.registerDepartment(ctx, json(new RegisterDepartmentRequest(code, name, null))));
    }

    void registerDuties() {
        duty(MARKET_ADMIN, MARKET_DUTY, MARKET, "市场主体登记注册", "《中华人民共和国市场主体登记管理条例》");
        duty(CIVIL_ADMIN, CIVIL_DUTY, CIVIL, "社会组织登记管理", "《社会团体登记管理条例》");
        duty(POLICE_ADMIN, POLICE_DUTY, POLICE, "户籍管理", "《中华人民共和国户口登记条例》");
    }

    void duty(final TestIdentity admin, final String dutyId, final String department, final String title,
            final String basis) {
        ledger.submit(admin,
                ctx -> contract.registerDuty(ctx, json(new RegisterDutyRequest(dutyId, department, title, basis, null))));
    }

    /** Configuration, departments and duties. */
    void baseline() {
        configure();
        registerDepartments();
        registerDuties();
    }

    /** Baseline plus one published entry of each sharing type. */
    void catalog() {
        baseline();
        createAndPublish(MARKET_ADMIN, "SAMR-001", MARKET, registrations());
        createAndPublish(MARKET_ADMIN, "SAMR-002", MARKET, penalties());
        createAndPublish(POLICE_ADMIN, "PSB-001", POLICE, population());
    }

    /** 企业登记信息: unconditional. */
    static EntryMetadata registrations() {
        return metadata("企业登记信息", SharingType.UNCONDITIONAL, null, null, List.of(MARKET_DUTY), List.of("T-ENT"),
                item(USCC, "string"), item("企业名称", "string"), item("法定代表人", "string"), item("成立日期", "date"));
    }

    /** 企业行政处罚信息: conditional. */
    static EntryMetadata penalties() {
        return metadata("企业行政处罚信息", SharingType.CONDITIONAL, "仅用于监管执法与信用评价", null, List.of(MARKET_DUTY),
                List.of("T-ENT", "T-CREDIT"), item(USCC, "string"), item("处罚决定书文号", "string"),
                item("处罚内容", "string"));
    }

    /** 人口户籍信息: not shared. */
    static EntryMetadata population() {
        return metadata("人口户籍信息", SharingType.NOT_SHARED, null, "《中华人民共和国居民身份证法》第十九条",
                List.of(POLICE_DUTY), List.of("T-POP"), item("公民身份号码", "string"), item("姓名", "string"));
    }

    static EntryMetadata metadata(final String title, final SharingType type, final String conditions,
            final String basis, final List<String> duties, final List<String> themes, final DataItem... items) {
        return new EntryMetadata(title, title + "摘要", duties, themes, "1-01-001", Arrays.asList(items), type,
                conditions, basis, type == SharingType.NOT_SHARED ? null : SharingMethod.API, OpenAttribute.NOT_OPEN,
                UpdateCycle.DAILY, "登记系统");
    }

    static DataItem item(final String name, final String type) {
        return new DataItem(name, type, null);
    }

    EntryVersion create(final TestIdentity admin, final String code, final String department,
            final EntryMetadata metadata) {
        return decode(ledger.submit(admin,
                ctx -> contract.createEntry(ctx, json(new CreateEntryRequest(code, department, metadata, null)))),
                EntryVersion.class);
    }

    EntryVersion publish(final TestIdentity admin, final String code) {
        return decode(ledger.submit(admin, ctx -> contract.publishEntry(ctx, json(new PublishEntryRequest(code, null, null)))),
                EntryVersion.class);
    }

    void createAndPublish(final TestIdentity admin, final String code, final String department,
            final EntryMetadata metadata) {
        create(admin, code, department, metadata);
        publish(admin, code);
    }

    SharingRequest submit(final TestIdentity who, final String requestId, final String requester, final String entry,
            final String... items) {
        return decode(ledger.submit(who, ctx -> contract.submitRequest(ctx, json(new SubmitSharingRequest(requestId,
                requester, entry, List.of(items), "办理社会组织年检", "《社会团体登记管理条例》第二十八条", null, null, null)))),
                SharingRequest.class);
    }

    SharingRequest approve(final TestIdentity who, final String requestId, final Instant until) {
        return decode(ledger.submit(who,
                ctx -> contract.approveRequest(ctx, json(new ApproveSharingRequest(requestId, null, until, null)))),
                SharingRequest.class);
    }

    AccessLog logAccess(final TestIdentity who, final String grantId, final String... items) {
        return decode(ledger.submit(who,
                ctx -> contract.logAccess(ctx, json(new LogAccessRequest(grantId, List.of(items), "年检核验")))),
                AccessLog.class);
    }

    Grant grant(final TestIdentity who, final String grantId) {
        return decode(ledger.evaluate(who, ctx -> contract.getGrant(ctx, grantId)), Grant.class);
    }

    // ---- assertions ----------------------------------------------------------------------------------

    /** The submit transaction is refused with {@code code} and leaves ledger and events unchanged. */
    void assertRefused(final ErrorCode code, final TestIdentity who, final Function<Context, String> tx) {
        final var before = ledger.snapshot();
        final int events = ledger.events().size();
        assertThatThrownBy(() -> ledger.submit(who, tx)).isInstanceOfSatisfying(ChaincodeException.class,
                e -> assertThat(Refusal.codeOf(e)).as(e.getMessage()).isEqualTo(code.name()));
        assertThat(ledger.snapshot()).isEqualTo(before);
        assertThat(ledger.events()).hasSize(events);
    }

    /** The evaluate transaction is refused with {@code code}. */
    void assertQueryRefused(final ErrorCode code, final TestIdentity who, final Function<Context, String> tx) {
        assertThatThrownBy(() -> ledger.evaluate(who, tx)).isInstanceOfSatisfying(ChaincodeException.class,
                e -> assertThat(Refusal.codeOf(e)).as(e.getMessage()).isEqualTo(code.name()));
    }

    // ---- codec ---------------------------------------------------------------------------------------

    static String json(final Object value) {
        return LedgerJson.toJson(value);
    }

    static <T> T decode(final String json, final Class<T> type) {
        return LedgerJson.fromJson(json, type);
    }

    static <T> DirectoryPage<T> page(final String json, final Class<T> type) {
        final var javaType = LedgerJson.mapper().getTypeFactory().constructParametricType(DirectoryPage.class, type);
        try {
            return LedgerJson.mapper().readValue(json, javaType);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> List<T> list(final String json, final TypeReference<List<T>> type) {
        return LedgerJson.fromJson(json, type);
    }

    static String entryKey(final String code) {
        return "\u0000entry\u0000" + code + "\u0000";
    }

    static String versionKey(final String code, final int version) {
        return "\u0000entryver\u0000" + code + "\u0000" + String.format("%06d", version) + "\u0000";
    }
}
