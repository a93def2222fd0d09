// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.List;
import java.util.stream.Stream;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.food.BusinessStep;
import org.tracechain.model.food.Disposition;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.FoodChaincodeEvents;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.RegisterSerialsRequest;
import org.tracechain.model.food.SerialItem;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.identity.Role;

/** Commissioning lots (一批一码) and their item serials (一物一码), and reading them back. */
final class LotService {

    private final FoodTx tx;

    LotService(final FoodTx tx) {
        this.tx = tx;
    }

    /** A producer commissions a lot; its organisation holds it. Records a REGISTER event. */
    Lot registerLot(final RegisterLotRequest request) {
        tx.access.requireAnyRole("registering a lot", Role.PRODUCER);
        final String lotId = FoodInput.id("lotId", request.lotId());
        final String productCode = FoodInput.id("productCode", request.productCode());
        final String gtin = IdentifierInput.optionalGtin("gtin", request.gtin());
        if (gtin != null) {
            IdentifierInput.aiValue("lotId", "GS1 batch/lot, AI 10", lotId);
        }
        final String productName = FoodInput.text("productName", request.productName(), FoodInput.NAME_MAX);
        final var quantity = FoodInput.quantity("quantity", request.quantity());
        final String unit = FoodInput.id("unit", request.unit());
        final String category = FoodInput.optionalText("category", request.category(), FoodInput.NAME_MAX);
        final List<String> serials = FoodInput.ids("serials", request.serials(), FoodInput.SERIALS_MAX, false);
        if (gtin != null) {
            serials.forEach(serial -> IdentifierInput.aiValue("serials", "GS1 serial, AI 21", serial));
        }
        final List<String> documents = FoodInput.hashes("documentHashes", request.documentHashes());
        final var references = IdentifierInput.references("references", request.references());
        final var eventTime = FoodInput.eventTime(request.eventTime(), tx.now());
        final String traceCode = TraceCodes.traceCode(lotId);
        // Everything the checks below read, in one exchange with the peer instead of one each: the lot id and trace
        // code not yet taken, the organisation's primary site, the serials not yet registered, the documents.
        tx.prefetchSiteAndLots(request.origin() == null ? null : request.origin().site(), List.of(),
                Stream.of(Stream.of(FoodKeys.lot(lotId), FoodKeys.lotByTraceCode(traceCode)),
                        serials.stream().map(FoodKeys::serial), documents.stream().map(FoodKeys::document))
                        .flatMap(keys -> keys).toList());
        final LotOrigin origin = new OriginInput(tx).origin(request.origin());
        if (tx.lots.exists(lotId)) {
            throw Refusal.of(FoodError.LOT_ALREADY_EXISTS, "lot %s already exists", lotId);
        }
        if (tx.lots.traceCodeTaken(traceCode)) {
            throw Refusal.of(FoodError.LOT_ALREADY_EXISTS, "trace code %s of lot %s is already taken", traceCode, lotId);
        }
        requireNewSerials(serials);
        tx.events.requireDocuments(documents);

        final Lot lot = new Lot(lotId, traceCode, TraceCodes.digitalLink(productCode, gtin, lotId), productCode, gtin,
                productName, category, quantity, unit, origin, tx.caller.mspId(), LotStatus.ACTIVE, null, null,
                List.of(), lotId, null, serials.isEmpty() ? null : serials.size(), null, null, null, tx.caller.id(),
                tx.now(), tx.txId(), tx.now(), tx.txId());
        tx.lots.create(lot);
        storeSerials(lotId, serials);
        documents.forEach(hash -> tx.lots.indexDocument(lotId, hash));
        final TrackingEvent event = tx.events.record(EventBody.of(EventKind.REGISTER,
                BusinessStep.CREATING_CLASS_INSTANCE, Disposition.ACTIVE, tx.caller.mspId(), tx.caller.id(), eventTime,
                origin.site(), List.of(lotId), documents, null).withQuantity(quantity, unit).withReferences(references));
        tx.state.event(FoodChaincodeEvents.LOT_REGISTERED, tx.events.notice(event));
        return lot;
    }

    /** The holder (producer or processor) registers item serials under a lot. */
    Lot registerSerials(final RegisterSerialsRequest request) {
        tx.access.requireAnyRole("registering serials", Role.PRODUCER, Role.PROCESSOR);
        final Lot lot = tx.lots.require("lotId", request.lotId());
        tx.access.requireHolder("registering serials", lot);
        if (lot.status() == LotStatus.RECALLED || lot.status() == LotStatus.CONSUMED) {
            throw Refusal.of(lot.status() == LotStatus.RECALLED ? FoodError.LOT_RECALLED : FoodError.LOT_CONSUMED,
                    "registering serials: lot %s is %s", lot.lotId(), lot.status());
        }
        final List<String> serials = FoodInput.ids("serials", request.serials(), FoodInput.SERIALS_MAX, true);
        if (lot.gtin() != null) {
            serials.forEach(serial -> IdentifierInput.aiValue("serials", "GS1 serial, AI 21", serial));
        }
        requireNewSerials(serials);
        storeSerials(lot.lotId(), serials);
        final int count = (lot.serialCount() == null ? 0 : lot.serialCount()) + serials.size();
        final Lot updated = lot.toBuilder().serialCount(count).updated(tx.now(), tx.txId()).build();
        tx.lots.update(lot, updated);
        tx.state.event(FoodChaincodeEvents.SERIALS_REGISTERED, new RegisterSerialsRequest(lot.lotId(), serials));
        return updated;
    }

    Lot getLot(final String lotId) {
        return tx.lots.require("lotId", lotId);
    }

    /** Resolves a scanned 追溯码 to its lot. */
    Lot getLotByTraceCode(final String traceCode) {
        FoodInput.id("traceCode", traceCode);
        final String lotId = tx.state.get(FoodKeys.lotByTraceCode(traceCode), String.class)
                .orElseThrow(() -> Refusal.of(FoodError.TRACE_CODE_NOT_FOUND, "no lot has trace code %s", traceCode));
        return tx.lots.require("lotId", lotId);
    }

    /** Resolves a scanned item serial (一物一码) to its registration (and so its lot). */
    SerialItem getSerial(final String serial) {
        FoodInput.id("serial", serial);
        return tx.state.get(FoodKeys.serial(serial), SerialItem.class)
                .orElseThrow(() -> Refusal.of(FoodError.SERIAL_NOT_FOUND, "serial %s is not registered", serial));
    }

    private void requireNewSerials(final List<String> serials) {
        for (final String serial : serials) {
            if (tx.lots.serialTaken(serial)) {
                throw Refusal.of(FoodError.SERIAL_ALREADY_EXISTS, "serial %s is already registered", serial);
            }
        }
    }

    private void storeSerials(final String lotId, final List<String> serials) {
        for (final String serial : serials) {
            tx.lots.storeSerial(new SerialItem(serial, lotId, tx.caller.mspId(), tx.now(), tx.txId()));
            tx.state.index(FoodKeys.LOT_SERIALS, lotId, serial);
        }
    }
}
