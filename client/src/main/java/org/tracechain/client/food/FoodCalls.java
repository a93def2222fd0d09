// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tracechain.client.Committed;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;
import org.tracechain.client.LedgerTransaction;
import org.tracechain.model.food.AlertRecord;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.RecallAffectedLot;
import org.tracechain.model.food.ResultPage;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TradeTerms;
import org.tracechain.model.json.LedgerJson;

/**
 * How {@link FoodTraceImpl} calls the foodtrace contract: requests encoded as canonical JSON, results decoded into
 * the model's records, pages decoded through concrete records and followed bookmark by bookmark.
 */
final class FoodCalls {

    /** One page of a paged query, by its bookmark (null for the first). */
    @FunctionalInterface
    interface PageReader<T> {
        ResultPage<T> page(String bookmark) throws LedgerException;
    }

    // The generic ResultPage<T> JSON decoded through concrete records (the contract decodes by Class).
    record LotPage(List<Lot> items, String bookmark) {}

    record EventPage(List<TrackingEvent> items, String bookmark) {}

    record AlertPage(List<AlertRecord> items, String bookmark) {}

    record RecallLotPage(List<RecallAffectedLot> items, String bookmark) {}

    private final LedgerContract contract;

    FoodCalls(final LedgerContract contract) {
        this.contract = contract;
    }

    <T> Committed<T> submit(final String transaction, final Class<T> type, final Object request)
            throws LedgerException {
        return Committed.of(contract.submit(transaction, json(request)), type);
    }

    /** For requests that name the state they want: retried on conflict with the client's policy. */
    <T> Committed<T> submitRetrying(final String transaction, final Class<T> type, final String argument)
            throws LedgerException {
        return Committed.of(contract.submitWithRetry(transaction, argument), type);
    }

    /** A transaction with the request and, when given, the trade terms and a fresh salt as transient data. */
    LedgerTransaction.Builder withTerms(final String transaction, final Object request, final TradeTerms terms) {
        final LedgerTransaction.Builder builder = contract.newTransaction(transaction).addArguments(json(request));
        if (terms != null) {
            builder.putTransient(FoodTransaction.TRANSIENT_TERMS, LedgerJson.toBytes(terms));
            builder.putTransient(FoodTransaction.TRANSIENT_TERMS_SALT, TermsSalt.next());
        }
        return builder;
    }

    ResultPage<Lot> lotPage(final String transaction, final Object query) throws LedgerException {
        final LotPage page = contract.evaluateJson(transaction, LotPage.class, json(query));
        return new ResultPage<>(page.items(), page.bookmark());
    }

    /** Every item of a paged query: pages read until the bookmark comes back empty. */
    static <T> List<T> allPages(final PageReader<T> reader) throws LedgerException {
        final List<T> items = new ArrayList<>();
        String bookmark = null;
        do {
            final ResultPage<T> page = reader.page(bookmark);
            items.addAll(page.items());
            bookmark = page.bookmark();
        } while (!bookmark.isEmpty());
        return List.copyOf(items);
    }

    static String json(final Object request) {
        return LedgerJson.toJson(Objects.requireNonNull(request, "request must not be null"));
    }
}
