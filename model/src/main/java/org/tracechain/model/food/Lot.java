// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A traceability lot as stored on the ledger (一批一码; per-item serials are {@link SerialItem}s).
 *
 * @param lotId traceability lot code (TLC), unique on the channel
 * @param traceCode 追溯码: QR-friendly code (upper-case letters and digits) derived from the lot id
 * @param digitalLink the lot's class as a URI: the GS1 Digital Link {@code https://id.gs1.org/01/{gtin14}/10/{lotId}}
 *     (LGTIN) when the lot has a GTIN, else the project URN {@code urn:tracechain:lot:{productCode}:{lotId}}
 * @param productCode product code as the registering organisation knows it
 * @param gtin the product's GS1 GTIN (8, 12, 13 or 14 digits, as sent), when it has one
 * @param productName product name
 * @param category product category (e.g. {@code vegetables}), optional
 * @param quantity current amount
 * @param unit unit of measure
 * @param origin producer, site, region and production/harvest date
 * @param holderMspId organisation currently holding the lot
 * @param status lifecycle state
 * @param shippedToMspId receiving organisation while a shipment is open, else absent
 * @param containerId container or pallet the lot is packed into, else absent
 * @param parentLotIds lots this lot was made from (empty for registered lots)
 * @param lineageId the lineage the lot's trace indexes are filed under: the lot's own id when it is registered, its
 *     first parent's lineage when a transformation makes it. A forward trace reads a lineage's links, events and
 *     documents with one range scan each instead of one per lot
 * @param childLotCount lots transformations made from this one (its {@code lineage~child} entries), absent while
 *     there are none: a trace or recall does not look for the children of a lot that has none
 * @param serialCount number of item serials registered under the lot
 * @param statusReason reason of the last regulator action (hold, release, recall)
 * @param statusBeforeHold status to restore when a hold is released
 * @param recallId recall that recalled this lot
 * @param registeredBy identity that commissioned the lot
 * @param registeredAt transaction timestamp of the registration
 * @param registrationTxId transaction that registered the lot
 * @param updatedAt timestamp of the last change
 * @param updatedTxId transaction of the last change
 */
public record Lot(String lotId, String traceCode, String digitalLink, String productCode, String gtin,
        String productName,
        String category, BigDecimal quantity, String unit, LotOrigin origin, String holderMspId, LotStatus status,
        String shippedToMspId, String containerId, List<String> parentLotIds, String lineageId, Integer childLotCount,
        Integer serialCount,
        String statusReason, LotStatus statusBeforeHold, String recallId, String registeredBy, Instant registeredAt,
        String registrationTxId, Instant updatedAt, String updatedTxId) {

    public Lot {
        parentLotIds = parentLotIds == null ? List.of() : List.copyOf(parentLotIds);
    }

    /** A builder pre-filled with this lot, for the one or two fields a transaction changes. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy of a {@link Lot}; {@link #build()} makes the new immutable version. */
    public static final class Builder {
        private String lotId;
        private String traceCode;
        private String digitalLink;
        private String productCode;
        private String gtin;
        private String productName;
        private String category;
        private BigDecimal quantity;
        private String unit;
        private LotOrigin origin;
        private String holderMspId;
        private LotStatus status;
        private String shippedToMspId;
        private String containerId;
        private List<String> parentLotIds;
        private String lineageId;
        private Integer childLotCount;
        private Integer serialCount;
        private String statusReason;
        private LotStatus statusBeforeHold;
        private String recallId;
        private String registeredBy;
        private Instant registeredAt;
        private String registrationTxId;
        private Instant updatedAt;
        private String updatedTxId;

        private Builder(final Lot lot) {
            lotId = lot.lotId;
            traceCode = lot.traceCode;
            digitalLink = lot.digitalLink;
            productCode = lot.productCode;
            gtin = lot.gtin;
            productName = lot.productName;
            category = lot.category;
            quantity = lot.quantity;
            unit = lot.unit;
            origin = lot.origin;
            holderMspId = lot.holderMspId;
            status = lot.status;
            shippedToMspId = lot.shippedToMspId;
            containerId = lot.containerId;
            parentLotIds = lot.parentLotIds;
            lineageId = lot.lineageId;
            childLotCount = lot.childLotCount;
            serialCount = lot.serialCount;
            statusReason = lot.statusReason;
            statusBeforeHold = lot.statusBeforeHold;
            recallId = lot.recallId;
            registeredBy = lot.registeredBy;
            registeredAt = lot.registeredAt;
            registrationTxId = lot.registrationTxId;
            updatedAt = lot.updatedAt;
            updatedTxId = lot.updatedTxId;
        }

        public Builder quantity(final BigDecimal value) {
            quantity = value;
            return this;
        }

        public Builder holderMspId(final String value) {
            holderMspId = value;
            return this;
        }

        public Builder status(final LotStatus value) {
            status = value;
            return this;
        }

        public Builder shippedToMspId(final String value) {
            shippedToMspId = value;
            return this;
        }

        public Builder containerId(final String value) {
            containerId = value;
            return this;
        }

        public Builder childLotCount(final Integer value) {
            childLotCount = value;
            return this;
        }

        public Builder serialCount(final Integer value) {
            serialCount = value;
            return this;
        }

        public Builder statusReason(final String value) {
            statusReason = value;
            return this;
        }

        public Builder statusBeforeHold(final LotStatus value) {
            statusBeforeHold = value;
            return this;
        }

        public Builder recallId(final String value) {
            recallId = value;
            return this;
        }

        /** Stamps the change with the transaction that makes it. */
        public Builder updated(final Instant at, final String txId) {
            updatedAt = at;
            updatedTxId = txId;
            return this;
        }

        public Lot build() {
            return new Lot(lotId, traceCode, digitalLink, productCode, gtin, productName, category, quantity, unit, origin,
                    holderMspId, status, shippedToMspId, containerId, parentLotIds, lineageId, childLotCount,
                    serialCount, statusReason, statusBeforeHold, recallId, registeredBy, registeredAt,
                    registrationTxId, updatedAt, updatedTxId);
        }
    }
}
