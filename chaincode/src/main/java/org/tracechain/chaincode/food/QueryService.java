// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;
import org.tracechain.chaincode.ledger.Page;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.AlertRecord;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotQuery;
import org.tracechain.model.food.LotVersion;
import org.tracechain.model.food.ResultPage;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.json.LedgerJson;

/**
 * Read-only, paged lists over the indexes of {@link FoodKeys} (evaluate transactions only: Fabric refuses
 * paginated queries in transactions that write) and per-lot history.
 */
final class QueryService {

    /** Versions returned by LotHistory (Fabric's history cannot be paged). */
    static final int HISTORY_MAX = 1000;

    private final FoodTx tx;

    QueryService(final FoodTx tx) {
        this.tx = tx;
    }

    ResultPage<Lot> lotsByHolder(final LotQuery query) {
        return lotPage(FoodKeys.LOT_BY_HOLDER, FoodInput.id("holderMspId", query.holderMspId()), query);
    }

    ResultPage<Lot> lotsByProduct(final LotQuery query) {
        return lotPage(FoodKeys.LOT_BY_PRODUCT, FoodInput.id("productCode", query.productCode()), query);
    }

    ResultPage<Lot> lotsByStatus(final LotQuery query) {
        FoodInput.required("status", query.status());
        return lotPage(FoodKeys.LOT_BY_STATUS, query.status().name(), query);
    }

    ResultPage<Lot> lotsInContainer(final LotQuery query) {
        return lotPage(FoodKeys.CONTAINER_LOTS, FoodInput.id("containerId", query.containerId()), query);
    }

    /** Lots registered in [registeredFrom, registeredTo), oldest first. */
    ResultPage<Lot> lotsByRegistrationDate(final LotQuery query) {
        final Instant from = query.registeredFrom();
        final Instant to = query.registeredTo();
        if (from != null && to != null && !from.isBefore(to)) {
            throw Refusal.of(CommonError.INVALID_FIELD, "registeredFrom must be before registeredTo");
        }
        final String start = FoodKeys.LOT_BY_REGISTERED_PREFIX + (from == null ? "" : FoodKeys.sortable(from));
        // '~' sorts after every digit, so the open end covers every timestamp.
        final String end = FoodKeys.LOT_BY_REGISTERED_PREFIX + (to == null ? "~" : FoodKeys.sortable(to));
        final int pageSize = FoodInput.pageSize(query.pageSize());
        final List<Lot> lots = new ArrayList<>();
        final String next;
        try (QueryResultsIteratorWithMetadata<KeyValue> it = tx.state.stub().getStateByRangeWithPagination(start, end,
                pageSize, FoodInput.bookmark(query.bookmark()))) {
            for (final KeyValue kv : it) {
                final String key = kv.getKey();
                // prefix + 30-character timestamp + "." + lotId
                final String lotId = key.substring(FoodKeys.LOT_BY_REGISTERED_PREFIX.length() + 31);
                tx.lots.find(lotId).ifPresent(lots::add);
            }
            next = it.getMetadata() == null ? "" : it.getMetadata().getBookmark();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("range query failed: " + e.getMessage(), e);
        }
        return new ResultPage<>(lots, lots.size() < pageSize ? "" : next);
    }

    /** Events of a lot, oldest first. */
    ResultPage<TrackingEvent> eventsByLot(final LotQuery query) {
        final Lot lot = tx.lots.require("lotId", query.lotId());
        return page(FoodKeys.LOT_EVENTS, LotStore.filedUnder(lot), query, kv -> {
            final List<String> attributes = tx.state.attributesOf(kv.getKey());
            return tx.events.find(attributes.get(4)).orElse(null);
        });
    }

    /** Cold-chain alerts of a lot. */
    ResultPage<AlertRecord> alertsByLot(final LotQuery query) {
        final String lotId = tx.lots.require("lotId", query.lotId()).lotId();
        return page(FoodKeys.LOT_ALERTS, List.of(lotId), query, kv -> tx.state
                .get(FoodKeys.alert(tx.state.attributesOf(kv.getKey()).get(1)), AlertRecord.class).orElse(null));
    }

    /**
     * Every committed version of a lot's custody record with transaction id and timestamp, newest first. Holds,
     * releases and recalls are the lot's regulation record, not custody versions: they are its HOLD, RELEASE and
     * RECALL events (EventsByLot), and GetLot shows the one in force.
     */
    List<LotVersion> lotHistory(final String lotId) {
        final String id = tx.lots.require("lotId", lotId).lotId();
        final List<KeyModification> versions = tx.state.history(FoodKeys.lot(id));
        final List<LotVersion> out = new ArrayList<>();
        for (final KeyModification version : versions) {
            if (out.size() >= HISTORY_MAX) {
                break;
            }
            final Lot lot = version.isDeleted() || version.getValue().length == 0 ? null
                    : LedgerJson.fromBytes(version.getValue(), Lot.class);
            out.add(new LotVersion(version.getTxId(), version.getTimestamp(), version.isDeleted(), lot));
        }
        return out;
    }

    private ResultPage<Lot> lotPage(final String index, final String value, final LotQuery query) {
        return page(index, List.of(value), query, kv -> {
            final List<String> attributes = tx.state.attributesOf(kv.getKey());
            return tx.lots.find(attributes.get(attributes.size() - 1)).orElse(null);
        });
    }

    private <T> ResultPage<T> page(final String index, final List<String> prefix, final LotQuery query,
            final Function<KeyValue, T> mapper) {
        final Page<T> page = tx.state.page(index, prefix, FoodInput.pageSize(query.pageSize()),
                FoodInput.bookmark(query.bookmark()), mapper);
        return new ResultPage<>(page.items().stream().filter(java.util.Objects::nonNull).toList(), page.bookmark());
    }
}
