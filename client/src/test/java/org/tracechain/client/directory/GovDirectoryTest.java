// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory;

import org.tracechain.client.Committed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.tracechain.client.directory.DirectoryRecords.CIVIL;
import static org.tracechain.client.directory.DirectoryRecords.MARKET;
import static org.tracechain.client.directory.DirectoryRecords.POLICE;
import static org.tracechain.client.testing.FakeGateway.event;
import static org.tracechain.client.testing.FakeGateway.utf8;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.CommitFailedException;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.TransactionRefusedException;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.DirectoryPage;
import org.tracechain.model.directory.EntryQuery;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.directory.RequestState;
import org.tracechain.model.directory.ReviseEntryRequest;
import org.tracechain.model.directory.SharingRequest;
import org.tracechain.model.json.LedgerJson;

/** The typed directory client against the in-process gateway: encoding, decoding, errors, endorsers, follower. */
class GovDirectoryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path home;

    private FakeGateway gateway;
    private LedgerClient client;
    private GovDirectory directory;

    @BeforeEach
    void connect() throws Exception {
        gateway = FakeGateway.start();
        client = LedgerClient.newBuilder()
                .identity(TestCredentials.identity(home, "regulator", "cataloger", "RegulatorMSP", "catalog-admin"))
                .connection(gateway.channel())
                .connect();
        directory = GovDirectory.of(client);
    }

    @AfterEach
    void close() {
        client.close();
        gateway.close();
    }

    @Test
    void submit_sends_the_canonical_request_and_returns_the_record_with_its_transaction() throws Exception {
        final ApproveSharingRequest approval = new ApproveSharingRequest("REQ-1", null, DirectoryRecords.T0, "同意");
        gateway.respond("ApproveRequest", call -> utf8(LedgerJson.toJson(
                DirectoryRecords.request("REQ-1", RequestState.APPROVED, "同意"))));

        final Committed<SharingRequest> approved = directory.approveRequest(approval);

        assertThat(approved.value().state()).isEqualTo(RequestState.APPROVED);
        assertThat(approved.transactionId()).isEqualTo(gateway.lastCall().transactionId()).isNotBlank();
        assertThat(approved.blockNumber()).isPositive();
        assertThat(gateway.lastCall().channel()).isEqualTo("govdir");
        assertThat(gateway.lastCall().chaincode()).isEqualTo("govdir");
        assertThat(gateway.lastCall().arguments()).containsExactly(LedgerJson.toJson(approval));
        assertThat(gateway.lastCall().endorsingOrganizations()).isEmpty();
    }

    @Test
    void pages_and_histories_decode_into_model_records() throws Exception {
        final EntryVersion entry = DirectoryRecords.penalties();
        gateway.respond("EntriesByItemName", call -> utf8(LedgerJson.toJson(new DirectoryPage<>(List.of(entry), "next"))));
        gateway.respond("EntryHistory", call -> utf8(LedgerJson.toJson(List.of(entry, entry))));

        final DirectoryPage<EntryVersion> page = directory.entriesByItemName(new EntryQuery("统一社会信用代码", 10, null));
        final List<EntryVersion> history = directory.entryHistory("SAMR-002");

        assertThat(page.items()).containsExactly(entry);
        assertThat(page.bookmark()).isEqualTo("next");
        assertThat(history).containsExactly(entry, entry);
        assertThat(gateway.calls()).extracting(FakeGateway.Call::kind, FakeGateway.Call::arguments).containsExactly(
                tuple("evaluate", List.of("{\"pageSize\":10,\"value\":\"统一社会信用代码\"}")),
                tuple("evaluate", List.of("SAMR-002")));
    }

    @Test
    void refusals_carry_the_directory_error_code_and_the_transaction_id() {
        gateway.respond("LogAccess", call -> {
            throw FakeGateway.endorseRefusal("[GRANT_REVOKED] grant G1 was revoked at 2026-03-02T03:00:00Z");
        });

        assertThatThrownBy(() -> directory.logAccess(new LogAccessRequest("G1", List.of("x"), "p")))
                .isInstanceOfSatisfying(TransactionRefusedException.class, e -> {
                    assertThat(e.hasCode(DirectoryError.GRANT_REVOKED)).isTrue();
                    assertThat(e.transactionId()).hasValue(gateway.lastCall().transactionId());
                    assertThat(e.chaincodeMessage()).startsWith("grant G1 was revoked");
                });
    }

    @Test
    void endorsed_by_restricts_the_endorsers_and_reports_an_invalid_commit() {
        gateway.respond("ReviseEntry", call -> utf8(LedgerJson.toJson(DirectoryRecords.penalties())));
        gateway.commitAllAs(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);
        final ReviseEntryRequest revision = new ReviseEntryRequest("SAMR-002", DirectoryRecords.penalties().metadata(),
                "note", null);

        assertThatThrownBy(() -> directory.endorsedBy("CivilAffairsMSP", "PublicSecurityMSP").reviseEntry(revision))
                .isInstanceOfSatisfying(CommitFailedException.class,
                        e -> assertThat(e.validationCode()).isEqualTo("ENDORSEMENT_POLICY_FAILURE"));
        assertThat(gateway.lastCall().endorsingOrganizations()).containsExactly("CivilAffairsMSP", "PublicSecurityMSP");
        assertThatThrownBy(() -> directory.endorsedBy()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void null_arguments_are_refused_before_calling_the_ledger() {
        assertThatThrownBy(() -> directory.getEntry(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> directory.submitRequest(null)).isInstanceOf(NullPointerException.class);
        assertThat(gateway.calls()).isEmpty();
    }

    @Test
    void the_follower_decodes_and_filters_and_resumes_from_its_checkpoint() throws Exception {
        gateway.addBlock(3,
                event("govdir", "EntryPublished", "tx1", json(DirectoryRecords.entryChange("SAMR-002", MARKET, 2,
                        PublicationState.PUBLISHED, "tx1"))),
                event("govdir", "EntryPublished", "tx2", json(DirectoryRecords.entryChange("PSB-001", POLICE, 2,
                        PublicationState.PUBLISHED, "tx2"))),
                event("govdir", "RequestSubmitted", "tx3", "{\"ignored\":true}"),
                event("govdir", "RequestDecided", "tx4", json(DirectoryRecords.requestDecided("R1", CIVIL, "tx4"))));
        gateway.addBlock(4, event("govdir", "GrantRevoked", "tx5", json(DirectoryRecords.grantRevoked("R2", POLICE, "tx5"))),
                event("govdir", "EntryRetired", "tx6", json(DirectoryRecords.entryChange("SAMR-002", MARKET, 3,
                        PublicationState.RETIRED, "tx6"))));
        final Path checkpoint = home.resolve("follow.json");
        final List<DirectoryChange> first = new CopyOnWriteArrayList<>();

        try (DirectoryFollower follower = follow(checkpoint).start(first::add)) {
            await().atMost(WAIT).until(() -> first.size() == 4);
            assertThat(follower.isRunning()).isTrue();
        }
        assertThat(first).extracting(DirectoryChange::kind, DirectoryChange::transactionId, DirectoryChange::entryCode)
                .containsExactly(tuple(DirectoryChange.Kind.ENTRY_PUBLISHED, "tx1", "SAMR-002"),
                        tuple(DirectoryChange.Kind.REQUEST_DECIDED, "tx4", "SAMR-002"),
                        tuple(DirectoryChange.Kind.GRANT_REVOKED, "tx5", "SAMR-002"),
                        tuple(DirectoryChange.Kind.ENTRY_RETIRED, "tx6", "SAMR-002"));
        assertThat(first.get(1).request().requesterDepartmentCode()).isEqualTo(CIVIL);
        assertThat(first.get(3).blockNumber()).isEqualTo(4);

        gateway.addBlock(5, event("govdir", "EntryRevised", "tx7", json(DirectoryRecords.entryChange("SAMR-002", MARKET,
                4, PublicationState.PUBLISHED, "tx7"))));
        final List<DirectoryChange> second = new CopyOnWriteArrayList<>();
        try (DirectoryFollower follower = follow(checkpoint).start(second::add)) {
            await().atMost(WAIT).until(() -> second.size() == 1);
            await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> second.size() == 1);
            assertThat(follower.isRunning()).isTrue();
        }
        assertThat(second).extracting(DirectoryChange::transactionId).containsExactly("tx7");
    }

    @Test
    void filters_follow_entries_owner_departments_or_the_requesters_own_requests() {
        final ChangeFilter all = new ChangeFilter(java.util.Set.of(), java.util.Set.of(), null);
        final ChangeFilter byDepartment = new ChangeFilter(java.util.Set.of(), java.util.Set.of(POLICE), null);
        final ChangeFilter byRequester = new ChangeFilter(java.util.Set.of(), java.util.Set.of(), CIVIL);
        final DirectoryChange published = new DirectoryChange(DirectoryChange.Kind.ENTRY_PUBLISHED, "tx", 1,
                DirectoryRecords.entryChange("SAMR-002", MARKET, 2, PublicationState.PUBLISHED, "tx"), null, null);
        final DirectoryChange decided = new DirectoryChange(DirectoryChange.Kind.REQUEST_DECIDED, "tx", 1, null,
                DirectoryRecords.requestDecided("R", CIVIL, "tx"), null);
        final DirectoryChange revoked = new DirectoryChange(DirectoryChange.Kind.GRANT_REVOKED, "tx", 1, null, null,
                DirectoryRecords.grantRevoked("G", CIVIL, "tx"));

        assertThat(all.accepts(revoked)).isTrue();
        assertThat(byDepartment.accepts(revoked)).isFalse();
        assertThat(byDepartment.accepts(published)).isFalse();
        assertThat(new ChangeFilter(java.util.Set.of(), java.util.Set.of(MARKET), null).accepts(published)).isTrue();
        assertThat(byRequester.accepts(decided)).isTrue();
        assertThat(byRequester.accepts(revoked)).isTrue();
        assertThat(byRequester.accepts(published)).isFalse();
        assertThatThrownBy(() -> new DirectoryChange(DirectoryChange.Kind.ENTRY_PUBLISHED, "tx", 1, null, null,
                DirectoryRecords.grantRevoked("G", CIVIL, "tx"))).isInstanceOf(IllegalArgumentException.class);
    }

    private DirectoryFollower.Builder follow(final Path checkpoint) {
        return directory.followEntryChanges()
                .entries(List.of("SAMR-002"))
                .requesterDepartment(CIVIL)
                .checkpointFile(checkpoint)
                .startBlock(0);
    }

    private static String json(final Object value) {
        return LedgerJson.toJson(value);
    }
}
