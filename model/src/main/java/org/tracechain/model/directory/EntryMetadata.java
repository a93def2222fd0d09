// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.util.List;

/**
 * The describable content of a catalog entry (目录), after the 2017 cataloguing guide and GB/T 21063.3;
 * the DCAT v3 property is noted where one fits.
 *
 * @param title 信息资源名称 ({@code dct:title}), at most 256 characters
 * @param description 信息资源摘要 ({@code dct:description}), optional, at most 4000 characters
 * @param dutyIds the owner department's duties this entry serves: 1-20, each registered to the owner
 * @param themeCodes theme codes ({@code dcat:theme}), 0-10 identifiers
 * @param classificationCode 信息资源分类 code (类/项/目/细目), identifier
 * @param items 信息项: 1-200 data items with unique names
 * @param sharingType 共享类型
 * @param sharingConditions 共享条件: required for CONDITIONAL, at most 2000 characters
 * @param legalBasis legal basis: required for NOT_SHARED, at most 1000 characters
 * @param sharingMethod 共享方式: required unless NOT_SHARED
 * @param openAttribute 开放属性
 * @param updateCycle 更新周期 ({@code dct:accrualPeriodicity})
 * @param sourceSystem the information system the data comes from, optional, at most 256 characters
 */
public record EntryMetadata(String title, String description, List<String> dutyIds, List<String> themeCodes,
        String classificationCode, List<DataItem> items, SharingType sharingType, String sharingConditions,
        String legalBasis, SharingMethod sharingMethod, OpenAttribute openAttribute, UpdateCycle updateCycle,
        String sourceSystem) {}
