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

    static final class PagedIterator extends ListIterator<KeyValue> implements QueryResultsIteratorWithMetadata<KeyValue> {
        private final QueryResponseMetadata metadata;

        PagedIterator(final List<KeyValue> items, final QueryResponseMetadata metadata) {
            super(items);
            this.metadata = metadata;
        }

        @Override
        public QueryResponseMetadata getMetadata() {
            return metadata;
        }
    }
}
