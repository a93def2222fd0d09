// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.EntryChange;
import org.tracechain.model.directory.EntryHead;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.directory.PublishEntryRequest;
import org.tracechain.model.directory.RetireEntryRequest;
import org.tracechain.model.directory.ReviseEntryRequest;

/**
 * Catalog entries and their immutable versions. Every change (creation, revision, publication,
 * retirement) writes a new {@link EntryVersion} linked to the previous one and moves the
 * {@link EntryHead}; a published version is never edited in place. Head and version keys require the
 * owner organisation's endorsement (key-level endorsement), so no other organisation can rewrite them.
 */
final class EntryService {

    /** Versions an entry may have; {@code EntryHistory} lists them in one call. */
    static final int MAX_VERSIONS = 500;

    private final DirectoryStore store;
    private final LedgerState state;
    private final DirectoryAccess access;
    private final EntryValidator validator;
    private final EntryIndex index;

    EntryService(final DirectoryStore store, final DirectoryAccess access) {
        this.store = store;
        this.state = store.state();
        this.access = access;
        this.validator = new EntryValidator(store);
        this.index = new EntryIndex(state);
    }

    /** The owner's catalog administrator drafts a new entry (version 1, DRAFT). */
    EntryVersion create(final CreateEntryRequest request) {
        final String code = DirectoryInput.id("code", request.code());
        final String departmentCode = DirectoryInput.id("departmentCode", request.departmentCode());
        final String note = DirectoryInput.optionalText("changeNote", request.changeNote(), DirectoryInput.MAX_NOTE);
        final Department owner = store.department(departmentCode);
        access.requireCatalogAdmin(owner, "creating a catalog entry");
        if (state.exists(DirectoryKeys.entry(state, code))) {
            throw Refusal.of(DirectoryError.ENTRY_ALREADY_EXISTS, "entry %s already exists", code);
        }
        final EntryMetadata metadata = validator.validate(request.metadata(), departmentCode);
        final EntryVersion first = new EntryVersion(code, departmentCode, 1, null, PublicationState.DRAFT, metadata,
                note == null ? "created" : note, state.txId(), state.txTimestamp(), access.caller().id());
        write(owner, null, first, state.txTimestamp());
        state.index(DirectoryKeys.ENTRY_BY_DEPARTMENT, departmentCode, code);
        return first;
    }

    /** New content for an entry: a new version in the same state; published entries announce it. */
    EntryVersion revise(final ReviseEntryRequest request) {
        final String code = DirectoryInput.id("code", request.code());
        final String note = DirectoryInput.text("changeNote", request.changeNote(), DirectoryInput.MAX_NOTE);
        final Integer expected = DirectoryInput.optionalVersion("expectedVersion", request.expectedVersion());
        final EntryHead head = store.head(code);
        final Department owner = store.department(head.departmentCode());
        access.requireCatalogAdmin(owner, "revising a catalog entry");
        requireChangeable(head, expected);
        final EntryMetadata metadata = validator.validate(request.metadata(), head.departmentCode());
        final EntryVersion current = store.version(head.latestVersionKey());
        if (metadata.equals(current.metadata())) {
            throw Refusal.of(DirectoryError.ENTRY_UNCHANGED, "the revision of %s changes nothing", code);
        }
        final EntryVersion next = successor(current, current.state(), metadata, note);
        write(owner, current, next, head.createdAt());
        if (next.state() == PublicationState.PUBLISHED) {
            announce(DirectoryTransaction.EVENT_ENTRY_REVISED, current, next);
        }
        return next;
    }

    /** Publishes a draft as a new, published version. */
    EntryVersion publish(final PublishEntryRequest request) {
        final String code = DirectoryInput.id("code", request.code());
        final String note = DirectoryInput.optionalText("changeNote", request.changeNote(), DirectoryInput.MAX_NOTE);
        final Integer expected = DirectoryInput.optionalVersion("expectedVersion", request.expectedVersion());
        final EntryHead head = store.head(code);
        final Department owner = store.department(head.departmentCode());
        access.requireCatalogAdmin(owner, "publishing a catalog entry");
        requireChangeable(head, expected);
        if (head.state() == PublicationState.PUBLISHED) {
            throw Refusal.of(DirectoryError.ENTRY_ALREADY_PUBLISHED, "entry %s is already published", code);
        }
        final EntryVersion current = store.version(head.latestVersionKey());
        final EntryVersion next =
                successor(current, PublicationState.PUBLISHED, current.metadata(), note == null ? "published" : note);
        write(owner, current, next, head.createdAt());
        announce(DirectoryTransaction.EVENT_ENTRY_PUBLISHED, current, next);
        return next;
    }

    /** Retires an entry: a new, retired version; it leaves the search indexes and takes no requests. */
    EntryVersion retire(final RetireEntryRequest request) {
        final String code = DirectoryInput.id("code", request.code());
        final String reason = DirectoryInput.ruleText("reason", request.reason(), DirectoryInput.MAX_NOTE);
        final Integer expected = DirectoryInput.optionalVersion("expectedVersion", request.expectedVersion());
        final EntryHead head = store.head(code);
        final Department owner = store.department(head.departmentCode());
        access.requireCatalogAdmin(owner, "retiring a catalog entry");
        requireChangeable(head, expected);
        if (reason == null) {
            throw Refusal.of(DirectoryError.REASON_REQUIRED, "retiring entry %s needs a reason", code);
        }
        final EntryVersion current = store.version(head.latestVersionKey());
        final EntryVersion next = successor(current, PublicationState.RETIRED, current.metadata(), reason);
        write(owner, current, next, head.createdAt());
        announce(DirectoryTransaction.EVENT_ENTRY_RETIRED, current, next);
        return next;
    }

    /** Any channel member reads the latest version of an entry. */
    EntryVersion get(final String code) {
        return store.latest(DirectoryInput.id("code", code));
    }

    /** Every version of an entry, oldest first, each with its transaction id. */
    List<EntryVersion> history(final String code) {
        DirectoryInput.id("code", code);
        final EntryHead head = store.head(code);
        return state.scan(DirectoryKeys.ENTRY_VERSION, List.of(code), head.latestVersion() + 1,
                kv -> store.version(kv.getKey()));
    }

    private void requireChangeable(final EntryHead head, final Integer expected) {
        if (head.state() == PublicationState.RETIRED) {
            throw Refusal.of(DirectoryError.ENTRY_RETIRED, "entry %s is retired", head.code());
        }
        if (expected != null && expected != head.latestVersion()) {
            throw Refusal.of(DirectoryError.VERSION_CONFLICT, "entry %s is at version %d, not %d", head.code(),
                    head.latestVersion(), expected);
        }
        if (head.latestVersion() >= MAX_VERSIONS) {
            throw Refusal.of(DirectoryError.VERSION_LIMIT_REACHED, "entry %s has reached %d versions", head.code(),
                    MAX_VERSIONS);
        }
    }

    private EntryVersion successor(final EntryVersion current, final PublicationState nextState,
            final EntryMetadata metadata, final String note) {
        return new EntryVersion(current.code(), current.departmentCode(), current.version() + 1,
                DirectoryKeys.entryVersion(state, current.code(), current.version()), nextState, metadata, note,
                state.txId(), state.txTimestamp(), access.caller().id());
    }

    /** Writes the version and the head, both endorsed by the owner, and updates the search indexes. */
    private void write(final Department owner, final EntryVersion before, final EntryVersion next,
            final java.time.Instant createdAt) {
        final String versionKey = DirectoryKeys.entryVersion(state, next.code(), next.version());
        final String headKey = DirectoryKeys.entry(state, next.code());
        state.put(versionKey, next);
        state.put(headKey, new EntryHead(next.code(), next.departmentCode(), owner.mspId(), next.version(), versionKey,
                next.state(), createdAt, next.recordedAt(), next.txId()));
        state.requireEndorsement(versionKey, owner.mspId());
        state.requireEndorsement(headKey, owner.mspId());
        index.update(before, next);
    }

    private void announce(final String eventName, final EntryVersion before, final EntryVersion after) {
        final Set<String> oldItems = itemNames(before);
        final Set<String> newItems = itemNames(after);
        final Set<String> added = new TreeSet<>(newItems);
        added.removeAll(oldItems);
        final Set<String> removed = new TreeSet<>(oldItems);
        removed.removeAll(newItems);
        state.event(eventName, new EntryChange(after.code(), after.departmentCode(), after.version(),
                before == null ? null : before.version(), after.state(), after.metadata().title(),
                after.metadata().sharingType(), after.metadata().items().stream().map(DataItem::name).toList(),
                List.copyOf(added), List.copyOf(removed), after.changeNote(), after.txId(), after.recordedAt()));
    }

    private static Set<String> itemNames(final EntryVersion version) {
        final Set<String> names = new TreeSet<>();
        if (version != null) {
            version.metadata().items().forEach(i -> names.add(Objects.requireNonNull(i.name())));
        }
        return names;
    }
}
