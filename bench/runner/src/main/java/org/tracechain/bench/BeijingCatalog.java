// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.ArrayList;
import java.util.List;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.OpenAttribute;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.directory.RegisterDutyRequest;
import org.tracechain.model.directory.SharingMethod;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.UpdateCycle;

/**
 * A directory at the scale of Beijing's directory chain: 53 departments, each with a duty, and {@code entries}
 * catalog entries of {@value #ITEMS_PER_ENTRY} data items spread evenly over them (5,000 entries: 50,000 items).
 * Department {@code d} acts through organisation {@code d mod organisations}. Like a real catalog, some items recur
 * across departments: each entry holds three of {@value #COMMON_ITEMS} common items (统一社会信用代码 and the
 * like, each in about 3/20 of the entries) and seven of its own; entries carry one of ten themes.
 *
 * @param entries catalog entries
 * @param organizations the organisations whose catalog administrators register the departments, in turn
 */
record BeijingCatalog(int entries, int organizations) {

    /** Beijing's directory chain joined 53 municipal departments. */
    static final int DEPARTMENTS = 53;
    static final int ITEMS_PER_ENTRY = 10;
    static final int COMMON_ITEMS = 20;
    static final int THEMES = 10;

    private static final List<String> COMMON = List.of("统一社会信用代码", "企业名称", "法定代表人", "公民身份号码",
            "姓名", "联系电话", "住所", "登记日期", "登记机关", "经营范围", "注册资本", "成立日期", "行政区划代码",
            "许可证编号", "有效期起", "有效期止", "发证机关", "证照状态", "更新时间", "备注");

    BeijingCatalog {
        if (entries < DEPARTMENTS || entries > 100_000) {
            throw new IllegalArgumentException("--directory must be " + DEPARTMENTS + " to 100000 entries, was "
                    + entries);
        }
        if (organizations < 1) {
            throw new IllegalArgumentException("at least one organisation is needed");
        }
    }

    int items() {
        return entries * ITEMS_PER_ENTRY;
    }

    /** The organisation (index) department {@code department} acts through. */
    int organizationOf(final int department) {
        return department % organizations;
    }

    static String departmentCode(final int department) {
        return String.format("BJ-%03d", department + 1);
    }

    static String dutyId(final int department) {
        return departmentCode(department) + "-DUTY";
    }

    static String entryCode(final int entry) {
        return String.format("BJ-E%06d", entry + 1);
    }

    static String theme(final int index) {
        return String.format("T-%02d", index + 1);
    }

    /** A common item, recurring across the catalog. */
    static String commonItem(final int index) {
        return COMMON.get(index);
    }

    /** The department that owns entry {@code entry}. */
    static int departmentOf(final int entry) {
        return entry % DEPARTMENTS;
    }

    RegisterDepartmentRequest department(final int department) {
        return new RegisterDepartmentRequest(departmentCode(department),
                String.format("北京市第%02d委办局", department + 1), null);
    }

    RegisterDutyRequest duty(final int department) {
        return new RegisterDutyRequest(dutyId(department), departmentCode(department), "政务数据归集与共享",
                "《北京市政务数据管理办法》", null);
    }

    CreateEntryRequest entry(final int entry) {
        final List<DataItem> items = new ArrayList<>();
        for (final int common : new int[] {entry % COMMON_ITEMS, (entry + 7) % COMMON_ITEMS,
                (entry + 13) % COMMON_ITEMS}) {
            items.add(new DataItem(commonItem(common), "string", null));
        }
        for (int k = items.size(); k < ITEMS_PER_ENTRY; k++) {
            items.add(new DataItem(entryCode(entry) + "-数据项" + k, "string", null));
        }
        final int department = departmentOf(entry);
        final EntryMetadata metadata = new EntryMetadata("信息资源 " + entryCode(entry), null,
                List.of(dutyId(department)), List.of(theme(entry % THEMES)), "1-01-001", items,
                SharingType.UNCONDITIONAL, null, null, SharingMethod.API, OpenAttribute.NOT_OPEN, UpdateCycle.DAILY,
                "政务服务系统");
        return new CreateEntryRequest(entryCode(entry), departmentCode(department), metadata, null);
    }
}
