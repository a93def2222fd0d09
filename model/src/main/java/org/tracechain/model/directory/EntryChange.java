// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.time.Instant;
import java.util.List;

/**
 * Payload of the EntryPublished, EntryRevised and EntryRetired events, so departments can follow the
 * entries they depend on (数据变化实时探知).
 *
 * @param entryCode entry code
 * @param departmentCode owning department
 * @param version the new version
 * @param previousVersion the version before, if any
 * @param state publication state of the new version
 * @param title entry title
 * @param sharingType sharing type of the new version
 * @param itemNames item names of the new version
 * @param addedItemNames items not in the previous version
 * @param removedItemNames items of the previous version that are gone
 * @param changeNote why
 * @param txId transaction
 * @param at its timestamp
 */
public record EntryChange(String entryCode, String departmentCode, int version, Integer previousVersion,
        PublicationState state, String title, SharingType sharingType, List<String> itemNames,
        List<String> addedItemNames, List<String> removedItemNames, String changeNote, String txId, Instant at) {}
