// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.tracechain.client.TransactionResult;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;

/** Chaincode result bytes as text, exactly: strict UTF-8, and JSON envelopes that splice them in unchanged. */
final class Payloads {

    private Payloads() {}

    /** The payload as text; refused if it is not UTF-8, since printing it would change its bytes. */
    static String utf8(final byte[] payload) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("the chaincode's result is not UTF-8 text (" + payload.length + " bytes); "
                    + "refusing to print it altered", e);
        }
    }

    /**
     * {@code {"blockNumber":N,"result":<payload>,"transactionId":"..","validationCode":".."}}: keys sorted as the
     * codec sorts them, the payload byte for byte.
     */
    static String committedEnvelope(final TransactionResult result) {
        final String payload = utf8(result.payload());
        if (!payload.isEmpty()) {
            try {
                LedgerJson.readTree(payload);
            } catch (MalformedJsonException e) {
                throw new IllegalStateException(result.transactionName() + " committed (tx " + result.transactionId()
                        + ") but its result is not JSON: " + e.getMessage(), e);
            }
        }
        return "{\"blockNumber\":" + result.blockNumber()
                + ",\"result\":" + (payload.isEmpty() ? "null" : payload)
                + ",\"transactionId\":" + LedgerJson.toJson(result.transactionId())
                + ",\"validationCode\":" + LedgerJson.toJson(result.validationCode()) + "}";
    }
}
