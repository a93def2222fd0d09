// SPDX-License-Identifier: Apache-2.0
/**
 * Identifiers the ledger checks at input and the exports render: GS1 keys and AI values
 * ({@link org.tracechain.model.identifier.Gs1Keys}), their GS1 Digital Link URIs
 * ({@link org.tracechain.model.identifier.Gs1DigitalLink}) and the Chinese unified social credit code
 * ({@link org.tracechain.model.identifier.UnifiedSocialCreditCode}). Shared by the chaincode (which refuses bad
 * values) and the client (which reports them before sending).
 */
package org.tracechain.model.identifier;
