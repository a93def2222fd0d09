// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.validation.Fields;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.AggregateRequest;
import org.tracechain.model.food.BusinessStep;
import org.tracechain.model.food.Disposition;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;
import org.tracechain.model.food.Transformation;
import org.tracechain.model.identity.Role;

/**
 * Transformations (process, merge, split: input lots consumed → new lots with lineage) and aggregation
 * (lots packed into / unpacked from a container). Quantities are exact decimals: an input cannot give more
 * than it holds, merge and split outputs cannot exceed what was consumed, and units must agree.
 */
final class TransformationService {

    /** Lots a Disaggregate of a whole container may unpack. */
    private static final int CONTAINER_MAX = 1000;

    private final FoodTx tx;

    TransformationService(final FoodTx tx) {
        this.tx = tx;
    }

    /** One validated input: the lot and how much is taken from it. */
    private record Input(Lot lot, BigDecimal consumed) {}

    TrackingEvent transform(final TransformRequest request) {
        tx.access.requireAnyRole("transforming", Role.PROCESSOR);
        final TransformKind kind = request.kind() == null ? TransformKind.PROCESS : request.kind();
        final List<LotQuantity> rawInputs = FoodInput.nonEmptyList("inputs", request.inputs(),
                FoodInput.TRANSFORM_SIDE_MAX);
        final List<TransformOutput> rawOutputs = FoodInput.nonEmptyList("outputs", request.outputs(),
                FoodInput.TRANSFORM_SIDE_MAX);
        if (kind == TransformKind.MERGE && rawOutputs.size() != 1) {
            throw Refusal.of(CommonError.INVALID_FIELD, "a MERGE has exactly one output, not %d", rawOutputs.size());
        }
        if (kind == TransformKind.SPLIT && rawInputs.size() != 1) {
            throw Refusal.of(CommonError.INVALID_FIELD, "a SPLIT has exactly one input, not %d", rawInputs.size());
        }
        final String note = FoodInput.optionalText("note", request.note(), FoodInput.TEXT_MAX);
        final List<String> documents = FoodInput.hashes("documentHashes", request.documentHashes());
        final var references = IdentifierInput.references("references", request.references());
        final var eventTime = FoodInput.eventTime(request.eventTime(), tx.now());
        // Everything the checks below read, in one exchange with the peer instead of one per input, two per output
        // (a 100-lot split would otherwise wait for the peer 200 times) and one per document: the inputs' records,
        // the outputs' lot ids and trace codes not yet taken, the caller's primary site, the documents. Ids that are
        // not well-formed are left to the checks, which refuse them in the request's order.
        tx.prefetchSiteAndLots(request.site(), wellFormed(rawInputs.stream().map(LotQuantity::lotId)).toList(),
                Stream.concat(wellFormed(rawOutputs.stream().map(TransformOutput::lotId))
                        .flatMap(id -> Stream.of(FoodKeys.lot(id), FoodKeys.lotByTraceCode(TraceCodes.traceCode(id)))),
                        documents.stream().map(FoodKeys::document)).toList());
        final String site = tx.sites.resolve("site", request.site(), tx.caller.mspId());

        final List<Input> inputs = inputs(rawInputs);
        if (kind == TransformKind.INITIAL_PACK) {
            inputs.forEach(input -> LotStore.requireHarvested("initial packing", input.lot()));
        }
        final boolean conserving = kind == TransformKind.MERGE || kind == TransformKind.SPLIT;
        final String commonUnit = conserving ? commonUnit(inputs) : null;
        final List<Lot> outputs = outputs(rawOutputs, inputs, conserving, commonUnit, site, eventTime);
        if (conserving) {
            final BigDecimal consumed = inputs.stream().map(Input::consumed).reduce(BigDecimal.ZERO, BigDecimal::add);
            final BigDecimal produced = outputs.stream().map(Lot::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (produced.compareTo(consumed) > 0) {
                throw Refusal.of(FoodError.QUANTITY_NOT_CONSERVED, "%s outputs total %s %s but only %s %s is consumed",
                        kind, produced.toPlainString(), commonUnit, consumed.toPlainString(), commonUnit);
            }
        }
        tx.events.requireDocuments(documents);

        final List<String> lotIds = new ArrayList<>();
        final List<LotQuantity> consumedList = new ArrayList<>();
        for (final Input input : inputs) {
            final Lot lot = input.lot();
            final BigDecimal remaining = FoodInput.normalise(lot.quantity().subtract(input.consumed()));
            // Every output names every input as a parent (one lineage~child entry each).
            final int children = (lot.childLotCount() == null ? 0 : lot.childLotCount()) + outputs.size();
            tx.lots.update(lot, lot.toBuilder().quantity(remaining).childLotCount(children)
                    .status(remaining.signum() == 0 ? LotStatus.CONSUMED : lot.status()).updated(tx.now(), tx.txId())
                    .build());
            lotIds.add(lot.lotId());
            consumedList.add(new LotQuantity(lot.lotId(), input.consumed(), lot.unit()));
        }
        final List<LotQuantity> producedList = new ArrayList<>();
        for (final Lot output : outputs) {
            tx.lots.create(output);
            lotIds.add(output.lotId());
            producedList.add(new LotQuantity(output.lotId(), output.quantity(), output.unit()));
        }
        final TrackingEvent event = tx.events.record(EventBody.of(EventKind.TRANSFORM, BusinessStep.TRANSFORMING,
                Disposition.ACTIVE, tx.caller.mspId(), tx.caller.id(), eventTime, site, lotIds, documents, note)
                .withTransformation(new Transformation(kind, consumedList, producedList)).withReferences(references));
        tx.events.announce(event);
        return event;
    }

    TrackingEvent aggregate(final AggregateRequest request) {
        tx.access.requireAnyRole("aggregating", Role.PROCESSOR);
        final String containerId = containerId(request.containerId());
        final List<String> lotIds = FoodInput.ids("lotIds", request.lotIds(), FoodInput.LOTS_PER_EVENT_MAX, true);
        final String note = FoodInput.optionalText("note", request.note(), FoodInput.TEXT_MAX);
        final var eventTime = FoodInput.eventTime(request.eventTime(), tx.now());
        // The lots' records and the caller's site in one exchange, not one per lot (a container holds up to 1,000).
        tx.prefetchSiteAndLots(request.site(), lotIds);
        final String site = tx.sites.resolve("site", request.site(), tx.caller.mspId());
        final List<Lot> lots = new ArrayList<>();
        for (final String lotId : lotIds) {
            final Lot lot = tx.lots.require("lotIds", lotId);
            tx.access.requireHolder("aggregating", lot);
            LotStore.requireUsable("aggregating", lot);
            if (lot.containerId() != null) {
                throw Refusal.of(FoodError.LOT_IN_CONTAINER, "lot %s is already packed in %s", lotId,
                        lot.containerId());
            }
            lots.add(lot);
        }
        for (final Lot lot : lots) {
            tx.lots.update(lot, lot.toBuilder().containerId(containerId).updated(tx.now(), tx.txId()).build());
            tx.state.index(FoodKeys.CONTAINER_LOTS, containerId, lot.lotId());
        }
        final TrackingEvent event = tx.events.record(EventBody.of(EventKind.AGGREGATE, BusinessStep.PACKING,
                Disposition.IN_PROGRESS, tx.caller.mspId(), tx.caller.id(), eventTime, site, lotIds, List.of(), note)
                .withContainer(containerId));
        tx.events.announce(event);
        return event;
    }

    TrackingEvent disaggregate(final AggregateRequest request) {
        tx.access.requireAnyRole("disaggregating", Role.PROCESSOR);
        final String containerId = containerId(request.containerId());
        List<String> lotIds = FoodInput.ids("lotIds", request.lotIds(), FoodInput.LOTS_PER_EVENT_MAX, false);
        final String note = FoodInput.optionalText("note", request.note(), FoodInput.TEXT_MAX);
        final var eventTime = FoodInput.eventTime(request.eventTime(), tx.now());
        if (lotIds.isEmpty()) {
            lotIds = tx.state.scan(FoodKeys.CONTAINER_LOTS, List.of(containerId), CONTAINER_MAX,
                    kv -> tx.state.attributesOf(kv.getKey()).get(1));
            if (lotIds.isEmpty()) {
                throw Refusal.of(FoodError.LOT_NOT_IN_CONTAINER, "container %s holds no lots", containerId);
            }
        }
        // The lots' records and the caller's site in one exchange, not one per lot (a container holds up to 1,000).
        tx.prefetchSiteAndLots(request.site(), lotIds);
        final String site = tx.sites.resolve("site", request.site(), tx.caller.mspId());
        final List<Lot> lots = new ArrayList<>();
        for (final String lotId : lotIds) {
            final Lot lot = tx.lots.require("lotIds", lotId);
            tx.access.requireHolder("disaggregating", lot);
            if (!containerId.equals(lot.containerId())) {
                throw Refusal.of(FoodError.LOT_NOT_IN_CONTAINER, "lot %s is not packed in %s", lotId, containerId);
            }
            lots.add(lot);
        }
        for (final Lot lot : lots) {
            tx.lots.update(lot, lot.toBuilder().containerId(null).updated(tx.now(), tx.txId()).build());
            tx.state.unindex(FoodKeys.CONTAINER_LOTS, containerId, lot.lotId());
        }
        final TrackingEvent event = tx.events.record(EventBody.of(EventKind.DISAGGREGATE, BusinessStep.UNPACKING,
                Disposition.ACTIVE, tx.caller.mspId(), tx.caller.id(), eventTime, site, lotIds, List.of(), note)
                .withContainer(containerId));
        tx.events.announce(event);
        return event;
    }

    /** The ids a request names that are well-formed, to read ahead; the checks refuse the others. */
    private static Stream<String> wellFormed(final Stream<String> ids) {
        return ids.filter(Fields::isId);
    }

    /** A container id; eighteen digits claim to be an SSCC, whose check digit must then be right. */
    private static String containerId(final String value) {
        final String id = FoodInput.id("containerId", value);
        if (id.length() == 18 && id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            IdentifierInput.sscc("containerId", id);
        }
        return id;
    }

    private List<Input> inputs(final List<LotQuantity> raw) {
        final List<Input> out = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            final LotQuantity requested = raw.get(i);
            final String field = "inputs[" + i + "]";
            final String lotId = FoodInput.id(field + ".lotId", requested.lotId());
            if (!seen.add(lotId)) {
                throw Refusal.of(CommonError.DUPLICATE_VALUE, "inputs list lot %s twice", lotId);
            }
            final BigDecimal consumed = FoodInput.quantity(field + ".quantity", requested.quantity());
            final String unit = FoodInput.optionalId(field + ".unit", requested.unit());
            final Lot lot = tx.lots.require(field + ".lotId", lotId);
            tx.access.requireHolder("transforming", lot);
            LotStore.requireUsable("transforming", lot);
            if (unit != null && !unit.equals(lot.unit())) {
                throw Refusal.of(FoodError.UNIT_MISMATCH, "lot %s is measured in %s, not %s", lotId, lot.unit(), unit);
            }
            if (consumed.compareTo(lot.quantity()) > 0) {
                throw Refusal.of(FoodError.INSUFFICIENT_QUANTITY, "lot %s holds %s %s; cannot consume %s", lotId,
                        lot.quantity().toPlainString(), lot.unit(), consumed.toPlainString());
            }
            out.add(new Input(lot, consumed));
        }
        return out;
    }

    private static String commonUnit(final List<Input> inputs) {
        final String unit = inputs.get(0).lot().unit();
        for (final Input input : inputs) {
            if (!unit.equals(input.lot().unit())) {
                throw Refusal.of(FoodError.UNIT_MISMATCH, "merge/split inputs must share one unit: %s and %s", unit,
                        input.lot().unit());
            }
        }
        return unit;
    }

    private List<Lot> outputs(final List<TransformOutput> raw, final List<Input> inputs, final boolean conserving,
            final String commonUnit, final String site, final java.time.Instant eventTime) {
        final Set<String> inputIds = new HashSet<>();
        inputs.forEach(i -> inputIds.add(i.lot().lotId()));
        final Set<String> seen = new HashSet<>();
        final Set<String> traceCodes = new HashSet<>();
        final Lot first = inputs.get(0).lot();
        final List<String> parents = inputs.stream().map(i -> i.lot().lotId()).toList();
        final LotOrigin origin = new LotOrigin(tx.caller.mspId(), site, null,
                LocalDate.ofInstant(eventTime, ZoneOffset.UTC));
        final List<Lot> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            final TransformOutput requested = raw.get(i);
            final String field = "outputs[" + i + "]";
            final String lotId = FoodInput.id(field + ".lotId", requested.lotId());
            if (inputIds.contains(lotId) || !seen.add(lotId)) {
                throw Refusal.of(CommonError.DUPLICATE_VALUE, "output lot %s is listed twice or is also an input", lotId);
            }
            final BigDecimal quantity = FoodInput.quantity(field + ".quantity", requested.quantity());
            String unit = FoodInput.optionalId(field + ".unit", requested.unit());
            String productCode = FoodInput.optionalId(field + ".productCode", requested.productCode());
            String gtin = IdentifierInput.optionalGtin(field + ".gtin", requested.gtin());
            String productName = FoodInput.optionalText(field + ".productName", requested.productName(),
                    FoodInput.NAME_MAX);
            String category = FoodInput.optionalText(field + ".category", requested.category(), FoodInput.NAME_MAX);
            if (conserving) {
                if (unit != null && !unit.equals(commonUnit)) {
                    throw Refusal.of(FoodError.UNIT_MISMATCH, "output %s is in %s but the inputs are in %s", lotId,
                            unit, commonUnit);
                }
                unit = commonUnit;
                productCode = productCode == null ? first.productCode() : productCode;
                gtin = gtin == null ? first.gtin() : gtin;
                productName = productName == null ? first.productName() : productName;
                category = category == null ? first.category() : category;
            } else {
                FoodInput.required(field + ".unit", unit);
                FoodInput.required(field + ".productCode", productCode);
                FoodInput.text(field + ".productName", productName, FoodInput.NAME_MAX);
            }
            if (gtin != null) {
                IdentifierInput.aiValue(field + ".lotId", "GS1 batch/lot, AI 10", lotId);
            }
            if (tx.lots.exists(lotId)) {
                throw Refusal.of(FoodError.LOT_ALREADY_EXISTS, "lot %s already exists", lotId);
            }
            final String traceCode = TraceCodes.traceCode(lotId);
            if (!traceCodes.add(traceCode) || tx.lots.traceCodeTaken(traceCode)) {
                throw Refusal.of(FoodError.LOT_ALREADY_EXISTS, "trace code %s of lot %s is already taken", traceCode,
                        lotId);
            }
            out.add(new Lot(lotId, traceCode, TraceCodes.digitalLink(productCode, gtin, lotId), productCode, gtin,
                    productName, category, quantity, unit, origin, tx.caller.mspId(), LotStatus.ACTIVE, null, null,
                    parents, first.lineageId(), null, null, null, null, null, tx.caller.id(), tx.now(), tx.txId(),
                    tx.now(),
                    tx.txId()));
        }
        return out;
    }
}
