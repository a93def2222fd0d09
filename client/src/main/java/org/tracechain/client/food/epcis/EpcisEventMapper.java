// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tracechain.client.LedgerException;
import org.tracechain.client.food.epcis.EpcisFields.Unmappable;
import org.tracechain.model.food.AggregateRequest;
import org.tracechain.model.food.BusinessStep;
import org.tracechain.model.food.CoolRequest;
import org.tracechain.model.food.Disposition;
import org.tracechain.model.food.ImportedEvent;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.OriginEvent;
import org.tracechain.model.food.ReceiveRequest;
import org.tracechain.model.food.ReferenceDocument;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.SellRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;

/**
 * Maps one EPCIS event to the foodtrace transaction it stands for (README "EPCIS capture"): ObjectEvent ADD
 * creating a class instance → RegisterLot; OBSERVE shipping, receiving, retail_selling, cooling → Ship, Receive,
 * Sell, Cool; AggregationEvent ADD/DELETE → Aggregate/Disaggregate; TransformationEvent → Transform. The event
 * must say what the transaction records (business step and disposition), name a registered site as read point,
 * identify lots by class (LGTIN or tracechain lot URN), and carry nothing the ledger cannot record; otherwise it
 * is refused with the reason.
 */
final class EpcisEventMapper {

    private static final Set<String> COMMON = Set.of("type", "eventTime", "eventTimeZoneOffset", "recordTime",
            "eventID", "readPoint", "bizLocation", "bizStep", "disposition", "bizTransactionList", "tracechain:kind",
            "tracechain:ledgerEventID", "tracechain:txId", "tracechain:actor", "tracechain:note");
    private static final String LOT_URN = "urn:tracechain:lot:";

    private final EpcisResolver resolver;

    EpcisEventMapper(final EpcisResolver resolver) {
        this.resolver = resolver;
    }

    ImportedEvent map(final JsonNode node, final String eventId) throws Unmappable, LedgerException {
        final EpcisFields event = new EpcisFields(node);
        final String type = event.requiredText("type");
        return switch (type) {
            case "ObjectEvent" -> object(event, eventId);
            case "AggregationEvent" -> aggregation(event, eventId);
            case "TransformationEvent" -> transformation(event, eventId);
            default -> throw new Unmappable("a " + type + " has no foodtrace transaction (ObjectEvent, "
                    + "AggregationEvent and TransformationEvent are imported)");
        };
    }

    // ---- event types ----

    private ImportedEvent object(final EpcisFields event, final String eventId) throws Unmappable, LedgerException {
        if (!EpcisFields.array(event.node(), "epcList").isEmpty()) {
            throw new Unmappable("epcList names instances; the ledger records lots by class (quantityList)");
        }
        final String action = event.requiredText("action");
        final String step = event.bizStep();
        final Set<String> fields = fields("action", "epcList", "quantityList", "tracechain:quantityList");
        if ("ADD".equals(action) && BusinessStep.CREATING_CLASS_INSTANCE.equals(step)) {
            fields.add("ilmd");
            event.refuseUnmapped(fields);
            return new ImportedEvent(eventId, registration(event), null, null, null, null, null, null, null);
        }
        if (!"OBSERVE".equals(action)) {
            throw new Unmappable("an ObjectEvent " + action + " with bizStep " + step + " has no foodtrace transaction");
        }
        final String site = site(event);
        final Quantity quantity = single(event, "quantityList");
        final Instant time = event.instant("eventTime");
        final String note = event.text("tracechain:note").orElse(null);
        switch (step) {
            case BusinessStep.SHIPPING -> {
                fields.add("sourceList");
                fields.add("destinationList");
                event.refuseUnmapped(fields);
                expectDisposition(event, Disposition.IN_TRANSIT);
                final Party to = destination(event, site);
                return new ImportedEvent(eventId, null, new ShipRequest(quantity.lotId(), to.mspId(), site, time, null,
                        note, to.siteId(), references(event)), null, null, null, null, null, null);
            }
            case BusinessStep.RECEIVING -> {
                fields.add("sourceList");
                fields.add("destinationList");
                event.refuseUnmapped(fields);
                expectDisposition(event, Disposition.IN_PROGRESS);
                return new ImportedEvent(eventId, null, null, new ReceiveRequest(quantity.lotId(), site, time, null,
                        note, references(event)), null, null, null, null, null);
            }
            case BusinessStep.RETAIL_SELLING -> {
                event.refuseUnmapped(fields);
                expectDisposition(event, Disposition.RETAIL_SOLD);
                noReferences(event);
                if (quantity.amount() == null) {
                    throw new Unmappable("a sale needs the quantity sold");
                }
                return new ImportedEvent(eventId, null, null, null, null, null, null, null,
                        new SellRequest(quantity.lotId(), quantity.amount(), site, time, note));
            }
            case BusinessStep.COOLING -> {
                event.refuseUnmapped(fields);
                expectDisposition(event, Disposition.ACTIVE);
                return new ImportedEvent(eventId, null, null, null, null, null, null,
                        new CoolRequest(quantity.lotId(), site, time, null, references(event), note), null);
            }
            default -> throw new Unmappable("an ObjectEvent OBSERVE with bizStep " + step
                    + " has no foodtrace transaction (shipping, receiving, retail_selling and cooling are imported)");
        }
    }

    private ImportedEvent aggregation(final EpcisFields event, final String eventId)
            throws Unmappable, LedgerException {
        event.refuseUnmapped(fields("action", "parentID", "childQuantityList", "childEPCs"));
        if (!EpcisFields.array(event.node(), "childEPCs").isEmpty()) {
            throw new Unmappable("childEPCs names instances; the ledger aggregates lots (childQuantityList)");
        }
        final String parent = event.requiredText("parentID");
        final String containerId = EpcisUris.containerId(parent).orElseThrow(() -> new Unmappable("parentID " + parent
                + " is neither an SSCC nor a tracechain container URN"));
        final List<String> lots = new ArrayList<>();
        for (final JsonNode child : EpcisFields.array(event.node(), "childQuantityList")) {
            lots.add(quantity(event, child).lotId());
        }
        if (lots.isEmpty()) {
            throw new Unmappable("childQuantityList names no lot");
        }
        final String action = event.requiredText("action");
        final String step = event.bizStep();
        final String site = site(event);
        noReferences(event);
        final AggregateRequest request = new AggregateRequest(containerId, lots, site, event.instant("eventTime"),
                event.text("tracechain:note").orElse(null));
        if ("ADD".equals(action) && BusinessStep.PACKING.equals(step)) {
            expectDisposition(event, Disposition.IN_PROGRESS);
            return new ImportedEvent(eventId, null, null, null, null, request, null, null, null);
        }
        if ("DELETE".equals(action) && BusinessStep.UNPACKING.equals(step)) {
            expectDisposition(event, Disposition.ACTIVE);
            return new ImportedEvent(eventId, null, null, null, null, null, request, null, null);
        }
        throw new Unmappable("an AggregationEvent " + action + " with bizStep " + step
                + " has no foodtrace transaction (ADD packing and DELETE unpacking are imported)");
    }

    private ImportedEvent transformation(final EpcisFields event, final String eventId)
            throws Unmappable, LedgerException {
        event.refuseUnmapped(fields("inputQuantityList", "outputQuantityList", "ilmd", "tracechain:transformKind",
                "tracechain:quantityList"));
        if (!BusinessStep.TRANSFORMING.equals(event.bizStep())) {
            throw new Unmappable("a TransformationEvent is imported with bizStep " + BusinessStep.TRANSFORMING);
        }
        expectDisposition(event, Disposition.ACTIVE);
        final TransformKind kind;
        try {
            kind = TransformKind.valueOf(event.text("tracechain:transformKind").orElse("PROCESS"));
        } catch (IllegalArgumentException e) {
            throw new Unmappable("tracechain:transformKind must be one of PROCESS, MERGE, SPLIT, INITIAL_PACK");
        }
        final List<LotQuantity> inputs = new ArrayList<>();
        for (final JsonNode input : EpcisFields.array(event.node(), "inputQuantityList")) {
            final Quantity quantity = quantity(event, input);
            if (quantity.amount() == null) {
                throw new Unmappable("input " + quantity.lotId() + " needs the quantity consumed");
            }
            inputs.add(new LotQuantity(quantity.lotId(), quantity.amount(), quantity.unit()));
        }
        final EpcisIlmd ilmd = new EpcisIlmd(event.node().get("ilmd"));
        final List<TransformOutput> outputs = new ArrayList<>();
        for (final JsonNode output : EpcisFields.array(event.node(), "outputQuantityList")) {
            final Quantity quantity = quantity(event, output);
            if (quantity.amount() == null) {
                throw new Unmappable("output " + quantity.lotId() + " needs its quantity");
            }
            final EpcisIlmd.Product product = ilmd.output(output.get("epcClass").asText());
            final boolean inherits = kind == TransformKind.MERGE || kind == TransformKind.SPLIT;
            if (!inherits && (product == null || product.name() == null)) {
                throw new Unmappable("output " + quantity.lotId() + " needs its product name (ilmd "
                        + "tracechain:outputs)");
            }
            outputs.add(new TransformOutput(quantity.lotId(), product == null ? quantity.productCode()
                    : product.code(), product == null ? null : product.name(), product == null ? null
                    : product.category(), quantity.amount(), quantity.unit(), quantity.gtin()));
        }
        return new ImportedEvent(eventId, null, null, null, new TransformRequest(kind, inputs, outputs, site(event),
                event.instant("eventTime"), null, event.text("tracechain:note").orElse(null), references(event)),
                null, null, null, null);
    }

    private RegisterLotRequest registration(final EpcisFields event) throws Unmappable, LedgerException {
        expectDisposition(event, Disposition.ACTIVE);
        final Quantity quantity = single(event, "quantityList");
        if (quantity.amount() == null) {
            throw new Unmappable("a commissioned lot needs its quantity");
        }
        final EpcisIlmd ilmd = new EpcisIlmd(event.node().get("ilmd"));
        final String productName = ilmd.text("tracechain:productName")
                .orElseThrow(() -> new Unmappable("ilmd tracechain:productName (the product description) is missing"));
        // Without a product code of its own the product is known by its GTIN (or by the code its lot URN carries).
        final String productCode = ilmd.text("tracechain:productCode")
                .orElse(quantity.productCode() != null ? quantity.productCode() : quantity.gtin());
        final LotOrigin origin = new LotOrigin(ilmd.text("tracechain:producer").orElse(null), site(event),
                ilmd.text("tracechain:regionCode").orElse(null), date(ilmd, "tracechain:producedOn"),
                originEvent(ilmd), ilmd.text("tracechain:fieldName").orElse(null),
                date(ilmd, "tracechain:harvestedFrom"), date(ilmd, "tracechain:harvestedTo"),
                ilmd.list("tracechain:catchAreas"));
        final String category = ilmd.text("tracechain:category").orElse(null);
        ilmd.refuseUnread();
        return new RegisterLotRequest(quantity.lotId(), productCode, productName, quantity.amount(), quantity.unit(),
                category, origin, null, null, quantity.gtin(), references(event), event.instant("eventTime"));
    }

    // ---- parts ----

    private static Set<String> fields(final String... more) {
        final Set<String> fields = new HashSet<>(COMMON);
        fields.addAll(List.of(more));
        return fields;
    }

    /** The read point as a registered site; a business location, when given, must be the same site. */
    private String site(final EpcisFields event) throws Unmappable, LedgerException {
        final JsonNode readPoint = event.node().get("readPoint");
        if (readPoint == null || !readPoint.path("id").isTextual()) {
            throw new Unmappable("readPoint is missing: the ledger records where every event happened");
        }
        final String uri = readPoint.get("id").asText();
        final String siteId = resolver.siteId(uri).orElseThrow(() -> new Unmappable("readPoint " + uri
                + " is not a registered site"));
        final JsonNode bizLocation = event.node().get("bizLocation");
        if (bizLocation != null && !bizLocation.isNull()) {
            final String location = bizLocation.path("id").asText();
            if (!location.equals(uri) && !resolver.siteId(location).equals(Optional.of(siteId))) {
                throw new Unmappable("bizLocation " + location + " differs from readPoint " + uri
                        + "; the ledger records one site per event");
            }
        }
        return siteId;
    }

    private static void expectDisposition(final EpcisFields event, final String recorded) throws Unmappable {
        final Optional<String> disposition = event.disposition();
        if (disposition.isPresent() && !disposition.get().equals(recorded)) {
            throw new Unmappable("disposition " + disposition.get() + " is not the " + recorded
                    + " the matching transaction records");
        }
    }

    /** The receiving organisation and, when given, the ship-to site of a shipment. */
    private Party destination(final EpcisFields event, final String shipFrom) throws Unmappable, LedgerException {
        String mspId = null;
        String siteId = null;
        for (final JsonNode entry : EpcisFields.array(event.node(), "destinationList")) {
            final String type = EpcisFields.cbv("destination type", entry.path("type").asText(), "SDT", "sdt");
            final String uri = entry.path("destination").asText();
            if ("owning_party".equals(type) || "possessing_party".equals(type)) {
                final String found = resolver.mspId(uri).orElseThrow(() -> new Unmappable("destination " + uri
                        + " is not a registered party"));
                if (mspId != null && !mspId.equals(found)) {
                    throw new Unmappable("the destinations name two organisations");
                }
                mspId = found;
            } else if ("location".equals(type)) {
                siteId = resolver.siteId(uri).orElseThrow(() -> new Unmappable("destination " + uri
                        + " is not a registered site"));
            }
        }
        for (final JsonNode entry : EpcisFields.array(event.node(), "sourceList")) {
            final String type = EpcisFields.cbv("source type", entry.path("type").asText(), "SDT", "sdt");
            final String uri = entry.path("source").asText();
            if ("location".equals(type) && !resolver.siteId(uri).equals(Optional.of(shipFrom))) {
                throw new Unmappable("source location " + uri + " is not the readPoint; the ledger ships from there");
            }
        }
        if (mspId == null) {
            throw new Unmappable("a shipment needs its destination owning_party");
        }
        return new Party(mspId, siteId);
    }

    private static List<ReferenceDocument> references(final EpcisFields event) throws Unmappable {
        final List<ReferenceDocument> out = new ArrayList<>();
        for (final JsonNode entry : EpcisFields.array(event.node(), "bizTransactionList")) {
            if (!entry.path("type").isTextual()) {
                throw new Unmappable("a bizTransaction without a type cannot be recorded as a reference document");
            }
            final String type = EpcisFields.cbv("bizTransaction type", entry.get("type").asText(), "BTT", "btt");
            if (!ReferenceDocument.TYPES.contains(type)) {
                throw new Unmappable("bizTransaction type " + type + " is not a CBV business transaction type");
            }
            out.add(new ReferenceDocument(type, entry.path("bizTransaction").asText()));
        }
        return out.isEmpty() ? null : out;
    }

    private static void noReferences(final EpcisFields event) throws Unmappable {
        if (!EpcisFields.array(event.node(), "bizTransactionList").isEmpty()) {
            throw new Unmappable("this transaction records no reference documents");
        }
    }

    private Quantity single(final EpcisFields event, final String field) throws Unmappable {
        final List<JsonNode> list = EpcisFields.array(event.node(), field);
        if (list.size() != 1) {
            throw new Unmappable(field + " must name exactly one lot, not " + list.size());
        }
        return quantity(event, list.get(0));
    }

    /** A quantity element: the lot its class names, the amount and the unit (from uom or tracechain:quantityList). */
    private static Quantity quantity(final EpcisFields event, final JsonNode element) throws Unmappable {
        final String epcClass = element.path("epcClass").asText();
        final Optional<EpcisUris.GtinLot> lgtin = EpcisUris.lgtin(epcClass);
        String gtin = null;
        String productCode = null;
        final String lotId;
        if (lgtin.isPresent()) {
            gtin = lgtin.get().gtin();
            lotId = lgtin.get().lot();
        } else if (epcClass.startsWith(LOT_URN) && epcClass.substring(LOT_URN.length()).split(":").length == 2) {
            final String[] parts = epcClass.substring(LOT_URN.length()).split(":");
            productCode = EpcisUris.percentDecode(parts[0]);
            lotId = EpcisUris.percentDecode(parts[1]);
        } else {
            throw new Unmappable("epcClass " + epcClass + " is neither an LGTIN nor a tracechain lot");
        }
        if (element.has("quantity")) {
            return new Quantity(lotId, gtin, productCode, EpcisFields.decimal(element, "quantity"),
                    element.path("uom").isTextual() ? element.get("uom").asText() : null);
        }
        for (final JsonNode uncoded : EpcisFields.array(event.node(), "tracechain:quantityList")) {
            if (epcClass.equals(uncoded.path("epcClass").asText())) {
                return new Quantity(lotId, gtin, productCode, EpcisFields.decimal(uncoded, "quantity"),
                        uncoded.path("unit").isTextual() ? uncoded.get("unit").asText() : null);
            }
        }
        return new Quantity(lotId, gtin, productCode, null, null);
    }

    private static OriginEvent originEvent(final EpcisIlmd ilmd) throws Unmappable {
        final Optional<String> value = ilmd.text("tracechain:originEvent");
        try {
            return value.map(OriginEvent::valueOf).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new Unmappable("ilmd tracechain:originEvent " + value.get() + " is not an origin event");
        }
    }

    private static LocalDate date(final EpcisIlmd ilmd, final String field) throws Unmappable {
        final Optional<String> value = ilmd.text(field);
        try {
            return value.map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw new Unmappable("ilmd " + field + " " + value.get() + " is not an ISO 8601 date");
        }
    }

    private record Quantity(String lotId, String gtin, String productCode, BigDecimal amount, String unit) {}

    private record Party(String mspId, String siteId) {}
}
