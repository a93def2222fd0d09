// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.BusinessStep;
import org.tracechain.model.food.Disposition;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.DocumentRequest;
import org.tracechain.model.food.DocumentVerification;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.FoodChaincodeEvents;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.Inspection;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.identity.Role;

/**
 * Inspections (lab and rapid tests) and documents: certificates, inspection reports and licences are kept
 * off chain; the ledger anchors their SHA-256 with URI, issuer and validity, and anyone can verify a hash.
 */
final class InspectionService {

    /** Lots one document may be linked to. */
    private static final int DOCUMENT_LOTS_MAX = 100;

    private final FoodTx tx;

    InspectionService(final FoodTx tx) {
        this.tx = tx;
    }

    DocumentRecord recordDocument(final DocumentRequest request) {
        tx.access.requireAnyRole("recording a document", FoodAccess.DOCUMENT_WRITERS);
        final DocumentRecord document = storeDocument(request, List.of());
        tx.state.event(FoodChaincodeEvents.DOCUMENT_RECORDED, document);
        return document;
    }

    /** Anyone in the channel: whether, where, when and by whom a document hash was recorded. */
    DocumentVerification verifyDocument(final String hash) {
        final String normalised = FoodInput.hash("hash", hash);
        return tx.state.get(FoodKeys.document(normalised), DocumentRecord.class)
                .map(d -> new DocumentVerification(normalised, true, validOn(d, today()), d))
                .orElseGet(() -> new DocumentVerification(normalised, false, null, null));
    }

    TrackingEvent inspect(final InspectRequest request) {
        tx.access.requireAnyRole("inspecting", Role.INSPECTOR);
        final String requestedLot = FoodInput.id("lotId", request.lotId());
        // The lot's records and the inspector's primary site in one exchange with the peer.
        tx.prefetchSiteAndLots(request.site(), List.of(requestedLot));
        final String lotId = tx.lots.require("lotId", requestedLot).lotId();
        final String analyte = FoodInput.text("analyte", request.analyte(), FoodInput.NAME_MAX);
        final BigDecimal result = FoodInput.decimal("result", request.result());
        final BigDecimal limit = FoodInput.optionalDecimal("limit", request.limit());
        final String unit = FoodInput.id("unit", request.unit());
        final boolean passed = passed(request.passed(), result, limit);
        final String method = FoodInput.optionalText("method", request.method(), FoodInput.NAME_MAX);
        final String laboratory = FoodInput.optionalText("laboratory", request.laboratory(), FoodInput.NAME_MAX);
        final String site = tx.sites.resolve("site", request.site(), tx.caller.mspId());
        final var eventTime = FoodInput.eventTime(request.eventTime(), tx.now());
        final List<String> documents = new ArrayList<>(FoodInput.hashes("documentHashes", request.documentHashes()));
        if (request.certificate() != null && request.certificateHash() != null) {
            throw Refusal.of(CommonError.INVALID_FIELD, "give either certificate or certificateHash, not both");
        }
        String certificateHash = null;
        if (request.certificateHash() != null) {
            certificateHash = FoodInput.hash("certificateHash", request.certificateHash());
            tx.events.requireDocuments(List.of(certificateHash));
            tx.events.requireDocuments(documents);
            tx.lots.indexDocument(lotId, certificateHash);
        } else if (request.certificate() != null) {
            tx.events.requireDocuments(documents);
            certificateHash = storeDocument(request.certificate(), List.of(lotId)).hash();
        } else {
            tx.events.requireDocuments(documents);
        }
        if (certificateHash != null && !documents.contains(certificateHash)) {
            documents.add(certificateHash);
        }
        if (documents.size() > FoodInput.DOCUMENTS_MAX) {
            throw Refusal.of(CommonError.TOO_MANY_VALUES, "an event refers to at most %d documents",
                    FoodInput.DOCUMENTS_MAX);
        }
        final Inspection inspection = new Inspection(analyte, result, limit, unit, passed, method, laboratory,
                certificateHash);
        final TrackingEvent event = tx.events.record(EventBody.of(EventKind.INSPECT, BusinessStep.INSPECTING,
                passed ? Disposition.CONFORMANT : Disposition.NON_CONFORMANT, tx.caller.mspId(), tx.caller.id(),
                eventTime, site, List.of(lotId), documents, null).withInspection(inspection));
        tx.events.announce(event);
        return event;
    }

    private static boolean passed(final Boolean declared, final BigDecimal result, final BigDecimal limit) {
        if (limit == null) {
            if (declared == null) {
                throw Refusal.of(CommonError.INVALID_FIELD, "passed is required when no limit is given");
            }
            return declared;
        }
        final boolean withinLimit = result.compareTo(limit) <= 0;
        if (declared != null && declared != withinLimit) {
            throw Refusal.of(FoodError.INCONSISTENT_RESULT, "result %s against limit %s means passed=%s",
                    result.toPlainString(), limit.toPlainString(), withinLimit);
        }
        return withinLimit;
    }

    /** Validates and stores a document, linking it to its lots plus {@code extraLotIds}. */
    private DocumentRecord storeDocument(final DocumentRequest request, final List<String> extraLotIds) {
        final String hash = FoodInput.hash("hash", request.hash());
        final String uri = FoodInput.text("uri", request.uri(), FoodInput.URI_MAX);
        final String type = FoodInput.id("type", request.type());
        final String title = FoodInput.optionalText("title", request.title(), FoodInput.NAME_MAX);
        final String issuer = FoodInput.text("issuer", request.issuer(), FoodInput.NAME_MAX);
        if (request.validFrom() != null && request.validUntil() != null
                && request.validUntil().isBefore(request.validFrom())) {
            throw Refusal.of(CommonError.INVALID_FIELD, "validUntil %s is before validFrom %s", request.validUntil(),
                    request.validFrom());
        }
        final List<String> lotIds = new ArrayList<>(FoodInput.ids("lotIds", request.lotIds(), DOCUMENT_LOTS_MAX,
                false));
        for (final String lotId : extraLotIds) {
            if (!lotIds.contains(lotId)) {
                lotIds.add(lotId);
            }
        }
        // The lots' records and the document's key in one exchange with the peer, not one per lot.
        tx.state.prefetch(Stream.concat(LotStore.recordKeys(lotIds).stream(), Stream.of(FoodKeys.document(hash)))
                .toList());
        for (final String lotId : lotIds) {
            tx.lots.require("lotIds", lotId);
        }
        if (tx.events.documentKnown(hash)) {
            throw Refusal.of(FoodError.DOCUMENT_ALREADY_EXISTS, "document %s is already recorded", hash);
        }
        final DocumentRecord document = new DocumentRecord(hash, uri, type, title, issuer, request.validFrom(),
                request.validUntil(), lotIds, tx.caller.mspId(), tx.caller.id(), tx.now(), tx.txId());
        tx.state.put(FoodKeys.document(hash), document);
        for (final String lotId : lotIds) {
            tx.lots.indexDocument(lotId, hash);
        }
        tx.events.documentWritten(hash);
        return document;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(tx.now(), ZoneOffset.UTC);
    }

    private static boolean validOn(final DocumentRecord document, final LocalDate day) {
        return (document.validFrom() == null || !day.isBefore(document.validFrom()))
                && (document.validUntil() == null || !day.isAfter(document.validUntil()));
    }
}
