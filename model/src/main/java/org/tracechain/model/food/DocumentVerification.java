// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * Result of {@code VerifyDocument}.
 *
 * @param hash the hash asked about
 * @param recorded whether a document with this hash was recorded
 * @param validNow whether today (the query's timestamp) lies in its validity period (absent when not recorded)
 * @param document the record: where, when and by whom (absent when not recorded)
 */
public record DocumentVerification(String hash, boolean recorded, Boolean validNow, DocumentRecord document) {}
