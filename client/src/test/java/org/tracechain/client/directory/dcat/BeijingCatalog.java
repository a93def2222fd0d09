// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.OpenAttribute;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.directory.SharingMethod;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.UpdateCycle;

/**
 * The Beijing directory chain's catalog as the ledger would return it: four departments with their duties, entries
 * of all three sharing types and all eight update cycles, every sharing method, revised entries (several versions),
 * an entry without a summary, an unlisted theme code, a legal basis that is an IRI, and a draft and a retired entry
 * that the export must leave out.
 */
final class BeijingCatalog {

    static final String BASE = "https://data.beijing.gov.cn/govdir/";
    static final String TITLE = "北京市政务数据资源目录";
    static final String PUBLISHER = "北京市经济和信息化局";
    static final String MARKET = "BJ-SAMR";
    static final String POLICE = "BJ-PSB";
    static final String CIVIL = "BJ-MCA";
    static final String SOCIAL = "BJ-RSJ";
    static final String USCC = "统一社会信用代码";
    static final String ID_CARD_LAW = "《中华人民共和国居民身份证法》第六条、第十九条";

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private BeijingCatalog() {}

    /** The whole catalog. */
    static CatalogSnapshot snapshot() {
        return snapshot(entries(), null);
    }

    /** A snapshot of these entries, the whole catalog or one department's part. */
    static CatalogSnapshot snapshot(final List<EntryVersion> entries, final String department) {
        return new CatalogSnapshot(TITLE, "北京市目录链中已发布的政务数据资源目录", department == null ? PUBLISHER : null,
                department, entries, departments(), duties());
    }

    static Map<String, Department> departments() {
        return Map.of(
                MARKET, department(MARKET, "北京市市场监督管理局", "RegulatorMSP"),
                POLICE, department(POLICE, "北京市公安局", "PublicSecurityMSP"),
                CIVIL, department(CIVIL, "北京市民政局", "CivilAffairsMSP"),
                SOCIAL, department(SOCIAL, "北京市人力资源和社会保障局", "CivilAffairsMSP"));
    }

    static Map<String, Duty> duties() {
        return Map.of(
                "SAMR-D01", duty("SAMR-D01", MARKET, "市场主体登记注册", "《中华人民共和国市场主体登记管理条例》"),
                "SAMR-D02", duty("SAMR-D02", MARKET, "行政处罚信息公示", "《企业信息公示暂行条例》第七条"),
                "SAMR-D03", duty("SAMR-D03", MARKET, "食品生产许可", "《中华人民共和国食品安全法》第三十五条"),
                "PSB-D01", duty("PSB-D01", POLICE, "户籍管理", "《中华人民共和国户口登记条例》"),
                "PSB-D02", duty("PSB-D02", POLICE, "居民身份证管理", ID_CARD_LAW),
                "MCA-D01", duty("MCA-D01", CIVIL, "社会组织登记管理", "《社会团体登记管理条例》"),
                "MCA-D02", duty("MCA-D02", CIVIL, "婚姻登记", "《婚姻登记条例》"),
                // The national law database's page of the law, an IRI: used as it is.
                "RSJ-D01", duty("RSJ-D01", SOCIAL, "社会保险经办",
                        "https://flk.npc.gov.cn/detail2.html?ZmY4MDgwODE2ZjNjYmIzYzAxNmY0MTJjYmI3YzE0ZmQ"));
    }

    /** Published, draft and retired entries, in no particular order. */
    static List<EntryVersion> entries() {
        return List.of(
                version("SAMR-001", MARKET, 3, PublicationState.PUBLISHED, "corrected item description",
                        metadata("企业登记信息", "本市登记的企业及个体工商户的基本登记信息", List.of("SAMR-D01"),
                                List.of("T-ENT", "T-CREDIT"), SharingType.UNCONDITIONAL, null, null, SharingMethod.API,
                                OpenAttribute.CONDITIONALLY_OPEN, UpdateCycle.REAL_TIME,
                                new DataItem(USCC, "string", "18 位法人和其他组织统一社会信用代码"),
                                new DataItem("企业名称", "string", null), new DataItem("成立日期", "date", null),
                                new DataItem("注册资本", "number", "万元"))),
                version("SAMR-002", MARKET, 2, PublicationState.PUBLISHED, "published",
                        metadata("企业行政处罚信息", "市场监管部门作出的行政处罚决定", List.of("SAMR-D01", "SAMR-D02"),
                                List.of("T-CREDIT"), SharingType.CONDITIONAL, "仅用于监管执法与信用评价", null,
                                SharingMethod.FILE, OpenAttribute.OPEN, UpdateCycle.DAILY,
                                new DataItem(USCC, "string", null), new DataItem("处罚决定书文号", "string", null),
                                new DataItem("处罚内容", "string", null))),
                version("SAMR-003", MARKET, 2, PublicationState.PUBLISHED, "published",
                        metadata("食品生产许可信息", "食品生产许可证核发、变更、注销信息", List.of("SAMR-D03"),
                                List.of("T-FOOD", "T-LICENSE"), SharingType.UNCONDITIONAL, null, null,
                                SharingMethod.DATABASE, OpenAttribute.OPEN, UpdateCycle.WEEKLY,
                                new DataItem("许可证编号", "string", null), new DataItem(USCC, "string", null))),
                version("SAMR-009", MARKET, 4, PublicationState.RETIRED, "superseded by SAMR-001",
                        metadata("企业年报信息（旧）", null, List.of("SAMR-D01"), List.of("T-ENT"),
                                SharingType.UNCONDITIONAL, null, null, SharingMethod.FILE, OpenAttribute.OPEN,
                                UpdateCycle.ANNUAL, new DataItem(USCC, "string", null))),
                version("PSB-001", POLICE, 2, PublicationState.PUBLISHED, "published",
                        metadata("人口户籍信息", "本市户籍人口的户籍登记信息", List.of("PSB-D01"), List.of("T-POP"),
                                SharingType.NOT_SHARED, null, ID_CARD_LAW, null, OpenAttribute.NOT_OPEN,
                                UpdateCycle.SEMI_ANNUAL, new DataItem("公民身份号码", "string", null),
                                new DataItem("姓名", "string", null), new DataItem("户籍地址", "string", null))),
                version("PSB-002", POLICE, 5, PublicationState.PUBLISHED, "conditions narrowed",
                        metadata("居民身份证核验", "按姓名与公民身份号码核验身份证件真实性", List.of("PSB-D02"),
                                List.of("T-POP", "T-LICENSE"), SharingType.CONDITIONAL, "仅限政务服务实名核验，不返回照片",
                                null, SharingMethod.ONLINE_QUERY, OpenAttribute.NOT_OPEN, UpdateCycle.REAL_TIME,
                                new DataItem("公民身份号码", "string", null), new DataItem("姓名", "string", null),
                                new DataItem("核验结果", "boolean", "一致或不一致"))),
                version("MCA-001", CIVIL, 2, PublicationState.PUBLISHED, "published",
                        metadata("社会组织登记信息", "社会团体、民办非企业单位和基金会的登记信息", List.of("MCA-D01"),
                                List.of("T-ENT", "T-COMMUNITY"), SharingType.UNCONDITIONAL, null, null,
                                SharingMethod.API, OpenAttribute.OPEN, UpdateCycle.MONTHLY,
                                new DataItem("社会组织名称", "string", null), new DataItem(USCC, "string", null))),
                // No summary, a theme code outside the national scheme, delivered offline.
                version("MCA-002", CIVIL, 3, PublicationState.PUBLISHED, "published after legal review",
                        metadata("婚姻登记信息", null, List.of("MCA-D02"), List.of("T-POP", "BJ-MARRIAGE"),
                                SharingType.CONDITIONAL, "仅用于婚姻状况核验", null, SharingMethod.OFFLINE,
                                OpenAttribute.NOT_OPEN, UpdateCycle.IRREGULAR,
                                new DataItem("男方姓名", "string", null), new DataItem("女方姓名", "string", null),
                                new DataItem("登记日期", "date", null))),
                version("MCA-003", CIVIL, 1, PublicationState.DRAFT, "created",
                        metadata("养老机构信息", "养老机构备案信息", List.of("MCA-D01"), List.of("T-SOCSEC"),
                                SharingType.UNCONDITIONAL, null, null, SharingMethod.API, OpenAttribute.OPEN,
                                UpdateCycle.MONTHLY, new DataItem("机构名称", "string", null))),
                version("RSJ-001", SOCIAL, 2, PublicationState.PUBLISHED, "published",
                        metadata("社会保险参保信息", "职工基本养老、失业、工伤保险参保缴费信息", List.of("RSJ-D01"),
                                List.of("T-SOCSEC"), SharingType.CONDITIONAL, "须经参保人授权", null, SharingMethod.API,
                                OpenAttribute.NOT_OPEN, UpdateCycle.QUARTERLY,
                                new DataItem("公民身份号码", "string", null), new DataItem("参保险种", "string", null),
                                new DataItem("缴费基数", "number", "元"))),
                version("RSJ-002", SOCIAL, 1, PublicationState.PUBLISHED, "created and published",
                        metadata("人力资源服务机构名录", "经营性人力资源服务机构许可与备案名录", List.of("RSJ-D01"),
                                List.of("T-ENT"), SharingType.UNCONDITIONAL, null, null, SharingMethod.FILE,
                                OpenAttribute.OPEN, UpdateCycle.ANNUAL,
                                new DataItem("机构名称", "string", null), new DataItem(USCC, "string", null))));
    }

    private static Department department(final String code, final String name, final String mspId) {
        return new Department(code, name, mspId, null, T0, "tx-dept-" + code);
    }

    private static Duty duty(final String id, final String department, final String title, final String basis) {
        return new Duty(id, department, title, basis, null, 1, T0, T0, "tx-duty-" + id);
    }

    private static EntryMetadata metadata(final String title, final String description, final List<String> duties,
            final List<String> themes, final SharingType type, final String conditions, final String basis,
            final SharingMethod method, final OpenAttribute open, final UpdateCycle cycle, final DataItem... items) {
        return new EntryMetadata(title, description, duties, themes, "1-01-001", List.of(items), type, conditions, basis,
                method, open, cycle, "北京市目录链");
    }

    private static EntryVersion version(final String code, final String department, final int version,
            final PublicationState state, final String note, final EntryMetadata metadata) {
        return new EntryVersion(code, department, version,
                version == 1 ? null : "\u0000entryver\u0000" + code + "\u0000" + String.format("%06d", version - 1) + "\u0000",
                state, metadata, note, "tx-" + code + "-v" + version, T0.plusSeconds(3600L * version + code.hashCode() % 600),
                "x509::CN=cataloger,OU=client::CN=ca." + department.toLowerCase(java.util.Locale.ROOT));
    }
}
