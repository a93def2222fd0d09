// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import java.util.Arrays;
import java.util.List;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.OpenAttribute;
import org.tracechain.model.directory.PublishEntryRequest;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.directory.RegisterDutyRequest;
import org.tracechain.model.directory.SharingMethod;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.SubmitSharingRequest;
import org.tracechain.model.directory.UpdateCycle;

/** Request bodies of a small Beijing directory: market regulation, civil affairs and public security. */
final class Beijing {

    static final String MARKET = "BJ-SAMR";
    static final String CIVIL = "BJ-MCA";
    static final String POLICE = "BJ-PSB";
    static final String MARKET_DUTY = "SAMR-D01";
    static final String POLICE_DUTY = "PSB-D01";
    static final String USCC = "统一社会信用代码";

    private Beijing() {}

    static RegisterDepartmentRequest market() {
        return new RegisterDepartmentRequest(MARKET, "北京市市场监督管理局", null);
    }

    static RegisterDepartmentRequest civil() {
        return new RegisterDepartmentRequest(CIVIL, "北京市民政局", null);
    }

    static RegisterDepartmentRequest police() {
        return new RegisterDepartmentRequest(POLICE, "北京市公安局", null);
    }

    static RegisterDutyRequest marketDuty() {
        return new RegisterDutyRequest(MARKET_DUTY, MARKET, "市场主体登记注册", "《中华人民共和国市场主体登记管理条例》", null);
    }

    static RegisterDutyRequest policeDuty() {
        return new RegisterDutyRequest(POLICE_DUTY, POLICE, "户籍管理", "《中华人民共和国户口登记条例》", null);
    }

    /** 企业登记信息: unconditional. */
    static EntryMetadata registrations() {
        return metadata("企业登记信息", SharingType.UNCONDITIONAL, null, null, MARKET_DUTY, List.of("T-ENT"),
                item(USCC, "string"), item("企业名称", "string"), item("成立日期", "date"));
    }

    /** 企业行政处罚信息: conditional. */
    static EntryMetadata penalties() {
        return metadata("企业行政处罚信息", SharingType.CONDITIONAL, "仅用于监管执法与信用评价", null, MARKET_DUTY,
                List.of("T-ENT", "T-CREDIT"), item(USCC, "string"), item("处罚决定书文号", "string"),
                item("处罚内容", "string"));
    }

    /** 人口户籍信息: not shared. */
    static EntryMetadata population() {
        return metadata("人口户籍信息", SharingType.NOT_SHARED, null, "《中华人民共和国居民身份证法》第十九条", POLICE_DUTY,
                List.of("T-POP"), item("公民身份号码", "string"), item("姓名", "string"));
    }

    static EntryMetadata metadata(final String title, final SharingType type, final String conditions,
            final String basis, final String duty, final List<String> themes, final DataItem... items) {
        return new EntryMetadata(title, title + "摘要", List.of(duty), themes, "1-01-001", Arrays.asList(items), type,
                conditions, basis, type == SharingType.NOT_SHARED ? null : SharingMethod.API, OpenAttribute.NOT_OPEN,
                UpdateCycle.DAILY, "登记系统");
    }

    static DataItem item(final String name, final String type) {
        return new DataItem(name, type, null);
    }

    static CreateEntryRequest entry(final String code, final String department, final EntryMetadata metadata) {
        return new CreateEntryRequest(code, department, metadata, null);
    }

    static PublishEntryRequest publication(final String code) {
        return new PublishEntryRequest(code, null, null);
    }

    /** Civil affairs asks for the credit code of a market entry. */
    static SubmitSharingRequest request(final String requestId, final String entryCode) {
        return new SubmitSharingRequest(requestId, CIVIL, entryCode, List.of(USCC), "办理社会组织年检",
                "《社会团体登记管理条例》第二十八条", null, null, null);
    }
}
