// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * Names of the chaincode events foodtrace emits (Fabric keeps one event per transaction) and the
 * payload record each carries, for clients that listen with the Gateway's chaincode-event API.
 */
public final class FoodChaincodeEvents {
    /** A tracking event was recorded; payload {@link EventNotice}. */
    public static final String EVENT_RECORDED = "EventRecorded";
    /** A lot was registered; payload {@link EventNotice}. */
    public static final String LOT_REGISTERED = "LotRegistered";
    /** A sensor report had an excursion; payload {@link ColdChainAlertNotice}. */
    public static final String COLD_CHAIN_ALERT = "ColdChainAlert";
    /** A recall was issued (first batch); payload {@link RecallBatchNotice}. */
    public static final String RECALL_ISSUED = "RecallIssued";
    /** A further recall batch was processed; payload {@link RecallBatchNotice}. */
    public static final String RECALL_CONTINUED = "RecallContinued";
    /** A holder acknowledged a recall; payload {@link RecallAcknowledgement}. */
    public static final String RECALL_ACKNOWLEDGED = "RecallAcknowledged";
    /** A regulator put a lot on hold; payload {@link LotStatusNotice}. */
    public static final String LOT_HELD = "LotHeld";
    /** A regulator released a held lot; payload {@link LotStatusNotice}. */
    public static final String LOT_RELEASED = "LotReleased";
    /** A document was anchored; payload {@link DocumentRecord}. */
    public static final String DOCUMENT_RECORDED = "DocumentRecorded";
    /** Item serials were registered; payload {@link RegisterSerialsRequest} (lot and new serials). */
    public static final String SERIALS_REGISTERED = "SerialsRegistered";
    /** A site was registered or updated; payload {@link SiteRecord}. */
    public static final String SITE_CHANGED = "SiteChanged";
    /** A party was registered or updated; payload {@link PartyRecord}. */
    public static final String PARTY_CHANGED = "PartyChanged";
    /** The events of an EPCIS document were imported; payload {@link ImportEventsResult}. */
    public static final String EVENTS_IMPORTED = "EventsImported";
    /** The authority configuration changed; payload {@link FoodConfiguration}. */
    public static final String CONFIGURATION_CHANGED = "ConfigurationChanged";

    private FoodChaincodeEvents() {}
}
