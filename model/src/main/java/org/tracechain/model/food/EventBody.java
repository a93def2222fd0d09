// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The hashed content of a {@link TrackingEvent}. Common dimensions first; the kind-specific parts are
 * present only for their kind.
 *
 * @param kind what happened
 * @param bizStep CBV business step (why)
 * @param disposition CBV disposition after the event (why)
 * @param actorMspId organisation that recorded it (who)
 * @param actorId identity that recorded it (who)
 * @param eventTime when it happened: client-declared, defaulting to the transaction timestamp (when)
 * @param site the registered site where it happened: EPCIS read point, and business location where the objects
 *     stay there (where)
 * @param lotIds the lots the event is about (what)
 * @param documentHashes hashes of recorded documents the event refers to
 * @param note free text, optional
 * @param quantity amount shipped, received or sold, when relevant
 * @param unit unit of {@code quantity}
 * @param reason reason of a correction, recall, hold or release
 * @param relatedEventId the corrected event (CORRECTION) or the sensor event (ALERT)
 * @param recallId the recall (RECALL)
 * @param containerId the container (AGGREGATE, DISAGGREGATE)
 * @param transformation inputs and outputs (TRANSFORM)
 * @param shipment parties and private-terms hash (SHIP, RECEIVE)
 * @param inspection lab or rapid test result (INSPECT)
 * @param sensor readings and thresholds (SENSOR, ALERT)
 * @param references business documents by type and number (FSMA reference documents), when given
 * @param epcisEventId the EPCIS eventID the event carried in the document it was imported from
 */
public record EventBody(EventKind kind, String bizStep, String disposition, String actorMspId, String actorId,
        Instant eventTime, String site, List<String> lotIds, List<String> documentHashes, String note,
        BigDecimal quantity, String unit, String reason, String relatedEventId, String recallId, String containerId,
        Transformation transformation, Shipment shipment, Inspection inspection, SensorData sensor,
        List<ReferenceDocument> references, String epcisEventId) {

    public EventBody {
        lotIds = lotIds == null ? List.of() : List.copyOf(lotIds);
        documentHashes = documentHashes == null ? List.of() : List.copyOf(documentHashes);
        // Absent rather than empty, so events without references keep the bytes (and ids) they always had.
        references = references == null || references.isEmpty() ? null : List.copyOf(references);
    }

    /** A body with the common dimensions only; add the kind-specific part with the {@code with…} methods. */
    public static EventBody of(final EventKind kind, final String bizStep, final String disposition,
            final String actorMspId, final String actorId, final Instant eventTime, final String site,
            final List<String> lotIds, final List<String> documentHashes, final String note) {
        return new EventBody(kind, bizStep, disposition, actorMspId, actorId, eventTime, site, lotIds, documentHashes,
                note, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public EventBody withQuantity(final BigDecimal amount, final String unitOfMeasure) {
        return new EventBody(kind, bizStep, disposition, actorMspId, actorId, eventTime, site, lotIds, documentHashes,
                note, amount, unitOfMeasure, reason, relatedEventId, recallId, containerId, transformation, shipment,
                inspection, sensor, references, epcisEventId);
    }

    public EventBody withReason(final String why, final String related, final String recall) {
        return new EventBody(kind, bizStep, disposition, actorMspId, actorId, eventTime, site, lotIds, documentHashes,
                note, quantity, unit, why, related, recall, containerId, transformation, shipment, inspection, sensor,
                references, epcisEventId);
    }

    public EventBody withContainer(final String container) {
        return new EventBody(kind, bizStep, disposition, actorMspId, actorId, eventTime, site, lotIds, documentHashes,
                note, quantity, unit, reason, relatedEventId, recallId, container, transformation, shipment,
                inspection, sensor, references, epcisEventId);
    }

    public EventBody withTransformation(final Transformation value) {
        return new EventBody(kind, bizStep, disposition, actorMspId, actorId, eventTime, site, lotIds, documentHashes,
                note, quantity, unit, reason, relatedEventId, recallId, containerId, value, shipment, inspection,
                sensor, references, epcisEventId);
    }

    public EventBody withShipment(final Shipment value) {
        return new EventBody(kind, bizStep, disposition, actorMspId, actorId, eventTime, site, lotIds, documentHashes,
                note, quantity, unit, reason, relatedEventId, recallId, containerId, transformation, value, inspection,
                sensor, references, epcisEventId);
    }

    public EventBody withInspection(final Inspection value) {
        return new EventBody(kind, bizStep, disposition, actorMspId, actorId, eventTime, site, lotIds, documentHashes,
                note, quantity, unit, reason, relatedEventId, recallId, containerId, transformation, shipment, value,
                sensor, references, epcisEventId);
    }

    public EventBody withReferences(final List<ReferenceDocument> value) {
        return new EventBody(kind, bizStep, disposition, actorMspId, actorId, eventTime, site, lotIds, documentHashes,
                note, quantity, unit, reason, relatedEventId, recallId, containerId, transformation, shipment,
                inspection, sensor, value, epcisEventId);
    }

    /** The same body as imported from an EPCIS document whose event carried {@code eventId}. */
    public EventBody withEpcisEventId(final String eventId) {
        return new EventBody(kind, bizStep, disposition, actorMspId, actorId, eventTime, site, lotIds, documentHashes,
                note, quantity, unit, reason, relatedEventId, recallId, containerId, transformation, shipment,
                inspection, sensor, references, eventId);
    }

    public EventBody withSensor(final SensorData value) {
        return new EventBody(kind, bizStep, disposition, actorMspId, actorId, eventTime, site, lotIds, documentHashes,
                note, quantity, unit, reason, relatedEventId, recallId, containerId, transformation, shipment,
                inspection, value, references, epcisEventId);
    }
}
