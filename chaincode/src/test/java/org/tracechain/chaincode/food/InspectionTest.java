// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.model.food.CorrectEventRequest;
import org.tracechain.model.food.Disposition;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.DocumentRequest;
import org.tracechain.model.food.DocumentVerification;
import org.tracechain.model.food.EventDetails;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.TrackingEvent;

class InspectionTest extends FoodFixture {

    static final String CERT = "c".repeat(64);

    @BeforeEach
    void setUp() {
        registerMasterData(MEMBERS);
        registerLot(FARM1, "L1", "100");
    }

    static DocumentRequest certificate(final String hash, final List<String> lots) {
        return new DocumentRequest(hash, "https://docs.example/" + hash.substring(0, Math.min(8, hash.length())) + ".pdf", "certificate",
                "Pesticide residue test", "Guangzhou Testing Centre", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31"), lots);
    }

    static InspectRequest test(final String lotId, final String result, final Boolean passed, final DocumentRequest cert,
            final Instant eventTime) {
        return new InspectRequest(lotId, "chlorpyrifos", new BigDecimal(result), new BigDecimal("0.05"), "mg/kg", passed,
                "GB 2763-2021", "GZ Lab", cert, null, null, eventTime, null);
    }

    @Test
    void inspection_with_certificate_records_the_document_and_the_result() {
        final TrackingEvent event = submit(LAB, ctx -> contract.inspect(ctx, json(test("L1", "0.01", null,
                certificate(CERT, null), null))), TrackingEvent.class);

        assertThat(event.body().inspection().passed()).isTrue();
        assertThat(event.body().disposition()).isEqualTo(Disposition.CONFORMANT);
        assertThat(event.body().documentHashes()).containsExactly(CERT);
        final DocumentVerification verified = evaluate(MARKET1, ctx -> contract.verifyDocument(ctx, CERT),
                DocumentVerification.class);
        // Hashes are lower-case hex; upper case is refused, not folded.
        assertEvaluateRefused("INVALID_FIELD", MARKET1, ctx -> contract.verifyDocument(ctx, CERT.toUpperCase()));
        assertThat(verified.recorded()).isTrue();
        assertThat(verified.validNow()).isTrue();
        assertThat(verified.document().recordedByMspId()).isEqualTo("LabMSP");
        assertThat(verified.document().lotIds()).containsExactly("L1");
        assertThat(verified.document().txId()).isEqualTo(event.txId());
    }

    @Test
    void a_result_above_the_limit_fails() {
        final TrackingEvent event = submit(LAB, ctx -> contract.inspect(ctx, json(test("L1", "0.2", null, null, null))),
                TrackingEvent.class);
        assertThat(event.body().inspection().passed()).isFalse();
        assertThat(event.body().disposition()).isEqualTo(Disposition.NON_CONFORMANT);
    }

    @Test
    void a_declared_verdict_contradicting_the_limit_is_refused() {
        assertRefused("INCONSISTENT_RESULT", LAB, ctx -> contract.inspect(ctx, json(test("L1", "0.2", true, null,
                null))));
    }

    @Test
    void only_inspectors_inspect() {
        assertRefused("ACCESS_DENIED", FARM1, ctx -> contract.inspect(ctx, json(test("L1", "0.01", null, null, null))));
    }

    @Test
    void the_same_event_twice_is_a_duplicate() {
        final Instant at = Instant.parse("2026-01-01T00:00:00Z");
        submit(LAB, ctx -> contract.inspect(ctx, json(test("L1", "0.01", null, null, at))));
        assertRefused("DUPLICATE_EVENT", LAB, ctx -> contract.inspect(ctx, json(test("L1", "0.01", null, null, at))));
    }

    @Test
    void the_same_document_twice_is_refused() {
        submit(FARM1, ctx -> contract.recordDocument(ctx, json(certificate(CERT, List.of("L1")))));
        assertRefused("DOCUMENT_ALREADY_EXISTS", LAB, ctx -> contract.recordDocument(ctx, json(certificate(CERT,
                null))));
        assertRefused("DOCUMENT_ALREADY_EXISTS", LAB, ctx -> contract.inspect(ctx, json(test("L1", "0.01", null,
                certificate(CERT, null), null))));
    }

    @Test
    void documents_are_validated() {
        assertRefused("INVALID_FIELD", FARM1, ctx -> contract.recordDocument(ctx, json(certificate("xyz", null))));
        assertRefused("LOT_NOT_FOUND", FARM1, ctx -> contract.recordDocument(ctx, json(certificate(CERT,
                List.of("NOPE")))));
        assertRefused("INVALID_FIELD", FARM1, ctx -> contract.recordDocument(ctx, json(new DocumentRequest(CERT, "u",
                "certificate", null, "issuer", LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-01"), null))));
        assertRefused("ACCESS_DENIED", org.tracechain.chaincode.testing.TestIdentities.client("X", "nobody"),
                ctx -> contract.recordDocument(ctx, json(certificate(CERT, null))));
    }

    @Test
    void verify_document_reports_unknown_hashes() {
        final DocumentVerification unknown = evaluate(MARKET1, ctx -> contract.verifyDocument(ctx, "d".repeat(64)),
                DocumentVerification.class);
        assertThat(unknown.recorded()).isFalse();
        assertThat(unknown.document()).isNull();
    }

    @Test
    void corrections_reference_the_original_which_stays() {
        final TrackingEvent wrong = submit(LAB, ctx -> contract.inspect(ctx, json(test("L1", "0.2", null, null, null))),
                TrackingEvent.class);
        final TrackingEvent correction = submit(LAB, ctx -> contract.correctEvent(ctx, json(new CorrectEventRequest(
                wrong.eventId(), "sample mix-up; retest passed", null))), TrackingEvent.class);

        assertThat(correction.body().kind()).isEqualTo(EventKind.CORRECTION);
        assertThat(correction.body().relatedEventId()).isEqualTo(wrong.eventId());
        final EventDetails details = evaluate(MARKET1, ctx -> contract.getEvent(ctx, wrong.eventId()), EventDetails.class);
        assertThat(details.event()).isEqualTo(wrong);
        assertThat(details.correctedBy()).containsExactly(correction.eventId());
    }

    @Test
    void only_the_recording_org_or_an_authority_corrects() {
        configure();
        final TrackingEvent event = submit(LAB, ctx -> contract.inspect(ctx, json(test("L1", "0.2", null, null, null))),
                TrackingEvent.class);
        assertRefused("ACCESS_DENIED", FARM1, ctx -> contract.correctEvent(ctx, json(new CorrectEventRequest(
                event.eventId(), "not mine", null))));
        assertRefused("EVENT_NOT_FOUND", LAB, ctx -> contract.correctEvent(ctx, json(new CorrectEventRequest(
                "e".repeat(64), "x", null))));
        submit(REGULATOR, ctx -> contract.correctEvent(ctx, json(new CorrectEventRequest(event.eventId(),
                "regulator annotation", null))));
    }

    @Test
    void document_record_is_returned() {
        final DocumentRecord record = submit(FARM1, ctx -> contract.recordDocument(ctx, json(certificate(CERT,
                List.of("L1")))), DocumentRecord.class);
        assertThat(record.hash()).isEqualTo(CERT);
        assertThat(record.recordedBy()).contains("farmer1");
    }
}
