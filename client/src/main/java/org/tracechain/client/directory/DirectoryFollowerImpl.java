// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.tracechain.client.ChaincodeEventListener;
import org.tracechain.client.LedgerEvent;
import org.tracechain.client.LedgerException;
import org.tracechain.model.directory.EntryChange;
import org.tracechain.model.directory.GrantEvent;
import org.tracechain.model.directory.RequestEvent;

/**
 * {@link DirectoryFollower} over a {@link ChaincodeEventListener}: decodes the followed events and passes the
 * accepted ones on. Skipped events return normally, so the listener checkpoints them too and a restart never
 * sees them again.
 */
final class DirectoryFollowerImpl implements DirectoryFollower {

    private final ChaincodeEventListener listener;

    private DirectoryFollowerImpl(final ChaincodeEventListener listener) {
        this.listener = listener;
    }

    @Override
    public boolean isRunning() {
        return listener.isRunning();
    }

    @Override
    public void close() {
        listener.close();
    }

    /** The change carried by {@code event}, or null when the event is not one a follower is told about. */
    static DirectoryChange decode(final LedgerEvent event) throws LedgerException {
        final DirectoryChange.Kind kind = DirectoryChange.Kind.ofEventName(event.eventName());
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case ENTRY_PUBLISHED, ENTRY_REVISED, ENTRY_RETIRED -> new DirectoryChange(kind, event.transactionId(),
                    event.blockNumber(), event.payloadAs(EntryChange.class), null, null);
            case REQUEST_DECIDED -> new DirectoryChange(kind, event.transactionId(), event.blockNumber(), null,
                    event.payloadAs(RequestEvent.class), null);
            case GRANT_REVOKED -> new DirectoryChange(kind, event.transactionId(), event.blockNumber(), null, null,
                    event.payloadAs(GrantEvent.class));
        };
    }

    static final class BuilderImpl implements DirectoryFollower.Builder {
        private final ChaincodeEventListener.Builder listener;
        private Set<String> entries = Set.of();
        private Set<String> departments = Set.of();
        private String requesterDepartment;

        BuilderImpl(final ChaincodeEventListener.Builder listener) {
            this.listener = listener;
        }

        @Override
        public Builder entries(final Collection<String> entryCodes) {
            this.entries = Set.copyOf(Objects.requireNonNull(entryCodes, "entryCodes must not be null"));
            return this;
        }

        @Override
        public Builder departments(final Collection<String> departmentCodes) {
            this.departments = Set.copyOf(Objects.requireNonNull(departmentCodes, "departmentCodes must not be null"));
            return this;
        }

        @Override
        public Builder requesterDepartment(final String departmentCode) {
            this.requesterDepartment = Objects.requireNonNull(departmentCode, "departmentCode must not be null");
            return this;
        }

        @Override
        public Builder checkpointFile(final Path file) {
            listener.checkpointFile(file);
            return this;
        }

        @Override
        public Builder startBlock(final long blockNumber) {
            listener.startBlock(blockNumber);
            return this;
        }

        @Override
        public Builder onError(final Consumer<Exception> errorHandler) {
            listener.onError(errorHandler);
            return this;
        }

        @Override
        public DirectoryFollower start(final Handler handler) throws IOException {
            Objects.requireNonNull(handler, "handler must not be null");
            final ChangeFilter filter = new ChangeFilter(entries, departments, requesterDepartment);
            return new DirectoryFollowerImpl(listener.start(event -> {
                final DirectoryChange change = decode(event);
                if (change != null && filter.accepts(change)) {
                    handler.handle(change);
                }
            }));
        }
    }
}
