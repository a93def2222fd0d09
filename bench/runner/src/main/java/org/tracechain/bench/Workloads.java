// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.math.BigDecimal;
import java.util.Optional;
import org.tracechain.bench.ceiling.CeilingTransaction;
import org.tracechain.client.LedgerContract;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;

/** The benchmark's five workloads: three of tracechain's and the two of Fabric's ceiling they are measured against. */
final class Workloads {

    static final String CEILING_PUT = "ceiling-put";
    static final String CEILING_GET = "ceiling-get";
    /** Roughly the size of the RegisterLot request's JSON, so that Put moves a similar payload. */
    static final String CEILING_VALUE = "{\"lotId\":\"BENCH\",\"productCode\":\"06901234567892\","
            + "\"productName\":\"Choy sum\",\"quantity\":120.5,\"unit\":\"kg\"}";

    private static final BigDecimal RESIDUE = new BigDecimal("0.012");
    private static final BigDecimal RESIDUE_LIMIT = new BigDecimal("0.05");

    private Workloads() {}

    /**
     * tracechain's {@code RegisterLot}, one new lot per call: role and site checks, strict JSON, the traceability
     * code, the lot, its first event and its indexes, as the demo and the HTTP API submit it.
     *
     * @param foodtrace the foodtrace contract as a producer user
     * @param runId makes the lot ids of this benchmark unique on a ledger that already holds earlier runs' lots
     */
    static Workload registerLot(final LedgerContract foodtrace, final String runId) {
        return new Workload("tracechain RegisterLot", "register-lot", Optional.of(CEILING_PUT), (client, sequence) ->
                foodtrace.submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(lotRequest(
                        "BENCH-" + runId + "-" + client + "-" + sequence))));
    }

    /** The benchmark's RegisterLot request, for a lot of its own id: what the demo and the HTTP API submit. */
    static RegisterLotRequest lotRequest(final String lotId) {
        return new RegisterLotRequest(lotId, "06901234567892", "Choy sum", new BigDecimal("120.5"), "kg");
    }

    /**
     * Recording an event on a lot that exists: tracechain's {@code Inspect}, a passed residue test on the client's
     * own lot (so that concurrent clients never touch the same keys). It reads the lot and the site, and writes the
     * INSPECT event and the lot's event index entry; the lot itself is not rewritten.
     *
     * @param foodtrace the foodtrace contract as a user with the inspector role
     * @param records the lots inspected, one per client
     */
    static Workload inspect(final LedgerContract foodtrace, final ExistingRecords records) {
        return new Workload("tracechain Inspect", "inspect", Optional.of(CEILING_PUT), (client, sequence) ->
                foodtrace.submit(FoodTransaction.INSPECT, LedgerJson.toJson(new InspectRequest(records.lot(client),
                        "chlorpyrifos residue", RESIDUE, RESIDUE_LIMIT, "mg/kg", null, "GB 23200.113-2018",
                        "bench laboratory", null, null, null, null, null))));
    }

    /**
     * tracechain's {@code GetLot}: a lot's effective view (custody record and regulation) read on the gateway's
     * peer and decoded into the model's {@link Lot}, as the SDK's {@code FoodTrace.lot} returns it.
     *
     * @param foodtrace the foodtrace contract
     * @param records the lots read, one per client
     */
    static Workload getLot(final LedgerContract foodtrace, final ExistingRecords records) {
        return new Workload("tracechain GetLot", "get-lot", Optional.of(CEILING_GET), (client, sequence) ->
                foodtrace.evaluateJson(FoodTransaction.GET_LOT, Lot.class, records.lot(client)));
    }

    /**
     * Fabric's ceiling for a submit: the ceiling chaincode's {@code Put} of one new key per call, about as large as
     * a RegisterLot request, through the same SDK, identity, peers and endorsement policy.
     *
     * @param ceiling the ceiling contract as the same user RegisterLot runs as
     * @param runId makes the keys of this benchmark unique
     */
    static Workload ceilingPut(final LedgerContract ceiling, final String runId) {
        return new Workload("Fabric ceiling Put", CEILING_PUT, Optional.empty(), (client, sequence) ->
                ceiling.submit(CeilingTransaction.PUT, "BENCH-" + runId + "-" + client + "-" + sequence,
                        CEILING_VALUE));
    }

    /**
     * Fabric's ceiling for a read: the ceiling chaincode's {@code Get} of a stored key (each client its own), an
     * evaluate on the gateway's peer through the same SDK and identity as {@link #getLot}.
     *
     * @param ceiling the ceiling contract
     * @param records the keys read, one per client
     */
    static Workload ceilingGet(final LedgerContract ceiling, final ExistingRecords records) {
        return new Workload("Fabric ceiling Get", CEILING_GET, Optional.empty(), (client, sequence) ->
                ceiling.evaluateText(CeilingTransaction.GET, records.ceilingKey(client)));
    }
}
