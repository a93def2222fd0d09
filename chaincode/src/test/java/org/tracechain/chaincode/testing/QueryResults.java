// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/** The result types {@link InMemoryStub}'s range, history and paged queries return. */
final class QueryResults {

    private QueryResults() {}

    record Entry(String key, byte[] value) implements KeyValue {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public byte[] getValue() {
            return value.clone();
        }

        @Override
        public String getStringValue() {
            return new String(value, StandardCharsets.UTF_8);
        }
    }

    record Modification(InMemoryLedger.Version version) implements KeyModification {
        @Override
        public String getTxId() {
            return version.txId();
        }

        @Override
        public byte[] getValue() {
            return version.value().clone();
        }

        @Override
        public String getStringValue() {
            return new String(version.value(), StandardCharsets.UTF_8);
        }

        @Override
        public Instant getTimestamp() {
            return version.timestamp();
        }

        @Override
        public boolean isDeleted() {
            return version.deleted();
        }
    }

    static class ListIterator<T> implements QueryResultsIterator<T> {
        private final List<T> items;

        ListIterator(final List<T> items) {
            this.items = items;
        }

        @Override
        public Iterator<T> iterator() {
            return items.iterator();
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    /**
     * A range query as the peer serves it to the shim: results in batches of {@link #PEER_BATCH}, each batch after
     * the first one more round trip, and the query held open on the peer until its last batch has been sent or the
     * shim closes it (a close is one round trip too).
     */
    static final class PeerQuery extends ListIterator<KeyValue> {
        /** The peer's batch size for unpaginated queries ({@code maxResultLimit} in Fabric's chaincode handler). */
        static final int PEER_BATCH = 100;

        private final InMemoryStub.RoundTrips trips;
        /** Results before the last batch: once the shim takes one past these, the peer has sent everything. */
        private final int beforeLastBatch;
        private boolean closed;
        private boolean drained;

        PeerQuery(final List<KeyValue> items, final InMemoryStub.RoundTrips trips) {
            super(items);
            this.trips = trips;
            beforeLastBatch = Math.max(0, (items.size() - 1) / PEER_BATCH) * PEER_BATCH;
            drained = beforeLastBatch == 0;
            trips.opened(this);
        }

        @Override
        public Iterator<KeyValue> iterator() {
            final Iterator<KeyValue> items = super.iterator();
            return new Iterator<>() {
                private int taken;

                @Override
                public boolean hasNext() {
                    return items.hasNext();
                }

                @Override
                public KeyValue next() {
                    final KeyValue next = items.next();
                    taken++;
                    if (taken > PEER_BATCH && taken % PEER_BATCH == 1) {
                        trips.nextBatch();
                    }
                    if (taken > beforeLastBatch) {
                        drained = true;
                    }
                    return next;
                }
            };
        }

        /** Whether the peer still holds this query: neither all its batches sent nor closed. */
        boolean openOnPeer() {
            return !drained && !closed;
        }

        @Override
        public void close() {
            closed = true;
            trips.closed();
        }
    }

    static final class PagedIterator extends ListIterator<KeyValue> implements QueryResultsIteratorWithMetadata<KeyValue> {
        private final QueryResponseMetadata metadata;

        private final InMemoryStub.RoundTrips trips;

        PagedIterator(final List<KeyValue> items, final QueryResponseMetadata metadata,
                final InMemoryStub.RoundTrips trips) {
            super(items);
            this.metadata = metadata;
            this.trips = trips;
        }

        /** The peer sent a paginated query's one batch and released it; a close still costs a round trip. */
        @Override
        public void close() {
            trips.closed();
        }

        @Override
        public QueryResponseMetadata getMetadata() {
            return metadata;
        }
    }
}
