// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * One event of an EPCIS document mapped to the foodtrace transaction it stands for: exactly one of the requests
 * is present. The client maps the document ({@code EpcisImport}); the chaincode applies the requests as if each
 * were its own transaction, with the same rules and refusals.
 *
 * @param epcisEventId the event's EPCIS {@code eventID}, kept on the recorded event
 * @param registerLot an ObjectEvent ADD that commissions a lot
 * @param ship an ObjectEvent OBSERVE shipping
 * @param receive an ObjectEvent OBSERVE receiving
 * @param transform a TransformationEvent
 * @param aggregate an AggregationEvent ADD
 * @param disaggregate an AggregationEvent DELETE
 * @param cool an ObjectEvent OBSERVE cooling
 * @param sell an ObjectEvent OBSERVE retail_selling
 */
public record ImportedEvent(String epcisEventId, RegisterLotRequest registerLot, ShipRequest ship,
        ReceiveRequest receive, TransformRequest transform, AggregateRequest aggregate, AggregateRequest disaggregate,
        CoolRequest cool, SellRequest sell) {}
