// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * A business document an event refers to by its number (FSMA 204 "reference document type and reference
 * document number"; EPCIS {@code bizTransactionList}). Unlike a recorded document ({@code documentHashes}) the
 * ledger holds no copy or hash of it, only the reference.
 *
 * @param type the CBV 2.0 business transaction type: one of {@link #TYPES} (e.g. {@code bol}, {@code desadv})
 * @param number the document's number as the issuer wrote it (e.g. {@code BOL-7781}) or a URI naming it
 */
public record ReferenceDocument(String type, String number) {

    /** CBV 2.0 business transaction types (BTT), as EPCIS 2.0 JSON-LD writes them. */
    public static final List<String> TYPES = List.of("bol", "cert", "desadv", "inv", "pedigree", "po", "poc",
            "prodorder", "recadv", "rma", "testprd", "testres", "upevt");
}
