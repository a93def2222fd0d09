// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracechain.model.error.ErrorMessage;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.channel.PeerCli;
import org.tracechain.network.process.CommandRunner;

/**
 * Exactly what was sent, or a clear refusal, on the live network and through clients no one here wrote: every
 * bad input of the table goes through Fabric's own gateway API (raw bytes) and through Fabric's {@code peer}
 * command line, and must be refused with its specific code, with no new block and the state it aimed at unchanged.
 * Afterwards no chaincode server has logged anything at SEVERE, nor any argument value (each input carries a
 * marker that would show).
 */
@ExtendWith(LiveNetworkExtension.class)
@Order(4)
class InputFidelityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOOD = "foodtrace";
    private static final String DIR = "govdir";
    /** In every input, so a logged argument would be found. */
    private static final String MARKER = "SECRET-" + Ids.unique("M");
    private static final String LOT = Ids.unique("FIDELITY");
    private static final String DEPARTMENT = Ids.unique("FID-DEPT");

    private static FabricNetwork network;
    private static final Map<Path, Long> LOG_SIZES = new LinkedHashMap<>();

    /** Which client a row can be sent with: some inputs cannot be expressed through one of them. */
    enum Via { BOTH, GATEWAY, PEER_CLI }

    /** A read that shows the state the input aimed at: it must answer the same before and after. */
    record Probe(String channel, String transaction, String argument) {}

    record BadInput(String name, String channel, String org, String user, String transaction, List<byte[]> args,
            Map<String, byte[]> transientData, String code, Via via, Probe probe) {
        @Override
        public String toString() {
            return name;
        }

        String chaincode() {
            return channel;
        }
    }

    @BeforeAll
    static void fixtures(final FabricNetwork live) throws Exception {
        network = live;
        try (RawGateway farmer = RawGateway.connect(live.home(), "producer", "farmer");
                RawGateway civil = RawGateway.connect(live.home(), "civil", "cataloger")) {
            assertThat(farmer.call(FOOD, FOOD, "RegisterLot", List.of(utf8(lot(LOT, "Choy sum", "120.5"))), Map.of()))
                    .isEmpty();
            assertThat(civil.call(DIR, DIR, "RegisterDepartment",
                    List.of(utf8("{\"code\":\"" + DEPARTMENT + "\",\"name\":\"民政局\"}")), Map.of())).isEmpty();
        }
        try (Stream<Path> logs = Files.walk(live.home().resolve("nodes"))) {
            for (final Path log : logs.filter(p -> p.getFileName().toString().startsWith("chaincode.")
                    && p.toString().endsWith(".log")).toList()) {
                LOG_SIZES.put(log, Files.size(log));
            }
        }
        assertThat(LOG_SIZES).hasSize(6);
    }

    static Stream<BadInput> table() {
        final List<BadInput> rows = new ArrayList<>();
        final String newLot = Ids.unique("BAD");
        final Probe newLotProbe = new Probe(FOOD, "GetLot", newLot);
        final Probe fixtureProbe = new Probe(FOOD, "GetLot", LOT);
        final String good = lot(newLot, "Choy sum " + MARKER, "120.5");

        // ---- the call itself ----
        rows.add(food("no arguments at all", "producer", "farmer", null, List.of(), "WRONG_ARGUMENTS", Via.PEER_CLI, null));
        rows.add(food("empty transaction name", "producer", "farmer", "", List.of(), "UNKNOWN_TRANSACTION", Via.BOTH, null));
        rows.add(food("unknown transaction", "producer", "farmer", "Nope", List.of(MARKER), "UNKNOWN_TRANSACTION", Via.BOTH, null));
        rows.add(food("a:b:c namespace", "producer", "farmer", "a:b:c", List.of(), "UNKNOWN_TRANSACTION", Via.BOTH, null));
        rows.add(food("RegisterLot without its argument", "producer", "farmer", "RegisterLot", List.of(), "WRONG_ARGUMENTS", Via.BOTH, null));
        rows.add(food("RegisterLot with an extra argument", "producer", "farmer", "RegisterLot", List.of(good, MARKER),
                "WRONG_ARGUMENTS", Via.BOTH, newLotProbe));
        rows.add(food("GetLot with an extra argument", "producer", "farmer", "GetLot", List.of(LOT, MARKER),
                "WRONG_ARGUMENTS", Via.BOTH, null));
        rows.add(new BadInput("RegisterLot with a transient entry it does not take", FOOD, "producer", "farmer",
                "RegisterLot", List.of(utf8(good)), Map.of("terms", utf8("{}")), "WRONG_ARGUMENTS", Via.BOTH, newLotProbe));
        // ---- encodings ----
        rows.add(new BadInput("a byte 0xFF in the JSON", FOOD, "producer", "farmer", "RegisterLot",
                List.of(withByte(good, "Choy sum", (byte) 0xFF)), Map.of(), "INVALID_ENCODING", Via.GATEWAY, newLotProbe));
        rows.add(new BadInput("a CESU-8 encoded surrogate", FOOD, "producer", "farmer", "RegisterLot",
                List.of(withBytes(good, "Choy sum", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})), Map.of(),
                "INVALID_ENCODING", Via.GATEWAY, newLotProbe));
        rows.add(food("a lone surrogate escape in a value", "producer", "farmer", "RegisterLot",
                List.of(good.replace("Choy sum", "Choy \\ud800 sum")), "INVALID_ENCODING", Via.BOTH, newLotProbe));
        rows.add(food("a lone surrogate escape in a key", "producer", "farmer", "RegisterLot",
                List.of(good.replace("\"unit\"", "\"un\\udc00it\"")), "INVALID_ENCODING", Via.BOTH, newLotProbe));
        // ---- JSON ----
        rows.add(food("a duplicate key", "producer", "farmer", "RegisterLot",
                List.of(good.replace("\"unit\":\"kg\"", "\"unit\":\"kg\",\"unit\":\"t\"")), "MALFORMED_JSON", Via.BOTH, newLotProbe));
        rows.add(food("a duplicate key one level down", "producer", "farmer", "RegisterLot",
                List.of(good.replace("}", ",\"origin\":{\"producer\":\"a\",\"producer\":\"b\"}}")), "MALFORMED_JSON", Via.BOTH, newLotProbe));
        rows.add(food("trailing tokens", "producer", "farmer", "RegisterLot", List.of(good + " {}"), "MALFORMED_JSON", Via.BOTH, newLotProbe));
        rows.add(food("not JSON", "producer", "farmer", "RegisterLot", List.of("lot " + MARKER), "MALFORMED_JSON", Via.BOTH, null));
        rows.add(food("an array, not an object", "producer", "farmer", "RegisterLot", List.of("[" + good + "]"), "MALFORMED_JSON", Via.BOTH, newLotProbe));
        rows.add(food("an unknown field", "producer", "farmer", "RegisterLot",
                List.of(good.replace("}", ",\"evil\":true}")), "MALFORMED_JSON", Via.BOTH, newLotProbe));
        rows.add(food("a quantity as a string", "producer", "farmer", "RegisterLot",
                List.of(good.replace("120.5", "\"120.5\"")), "MALFORMED_JSON", Via.BOTH, newLotProbe));
        rows.add(food("a name as a number", "producer", "farmer", "RegisterLot",
                List.of(lot(newLot, "x", "1").replace("\"x\"", "42")), "MALFORMED_JSON", Via.BOTH, newLotProbe));
        rows.add(food("nesting 200 deep", "producer", "farmer", "RegisterLot",
                List.of(good.replace("}", ",\"origin\":" + "{\"a\":".repeat(200) + "1" + "}".repeat(200) + "}")),
                "MALFORMED_JSON", Via.BOTH, newLotProbe));
        // ---- fields ----
        rows.add(food("a negative quantity", "producer", "farmer", "RegisterLot", List.of(lot(newLot, MARKER, "-1")),
                "INVALID_FIELD", Via.BOTH, newLotProbe));
        rows.add(food("a zero quantity", "producer", "farmer", "RegisterLot", List.of(lot(newLot, MARKER, "0")),
                "INVALID_FIELD", Via.BOTH, newLotProbe));
        rows.add(food("an astronomically large quantity", "producer", "farmer", "RegisterLot",
                List.of(lot(newLot, MARKER, "1e999999999")), "INVALID_FIELD", Via.BOTH, newLotProbe));
        rows.add(food("a quantity with 7 decimal places", "producer", "farmer", "RegisterLot",
                List.of(lot(newLot, MARKER, "1.0000001")), "INVALID_FIELD", Via.BOTH, newLotProbe));
        rows.add(food("a quantity with 19 integer digits", "producer", "farmer", "RegisterLot",
                List.of(lot(newLot, MARKER, "1000000000000000000")), "INVALID_FIELD", Via.BOTH, newLotProbe));
        rows.add(food("a missing required field", "producer", "farmer", "RegisterLot",
                List.of(good.replace(",\"unit\":\"kg\"", "")), "INVALID_FIELD", Via.BOTH, newLotProbe));
        rows.add(food("a blank product name", "producer", "farmer", "RegisterLot", List.of(lot(newLot, "   ", "1")),
                "INVALID_FIELD", Via.BOTH, newLotProbe));
        rows.add(food("a lot id with a space", "producer", "farmer", "RegisterLot",
                List.of(lot("A " + newLot, MARKER, "1")), "INVALID_FIELD", Via.BOTH, new Probe(FOOD, "GetLot", "A " + newLot)));
        rows.add(food("a product name of 10,000 characters", "producer", "farmer", "RegisterLot",
                List.of(lot(newLot, MARKER + "x".repeat(10_000), "1")), "FIELD_TOO_LONG", Via.BOTH, newLotProbe));
        rows.add(food("an argument of 300 KB", "producer", "farmer", "RegisterLot",
                List.of(good.replace("Choy sum", "y".repeat(300_000))), "INPUT_TOO_LARGE", Via.GATEWAY, newLotProbe));
        // ---- who may call ----
        rows.add(food("RegisterLot without the producer role", "producer", "user1", "RegisterLot", List.of(good),
                "ACCESS_DENIED", Via.BOTH, newLotProbe));
        rows.add(food("Recall by a farmer", "producer", "farmer", "Recall",
                List.of("{\"recallId\":\"" + Ids.unique("R") + "\",\"lotId\":\"" + LOT + "\",\"reason\":\"" + MARKER + "\"}"),
                "ACCESS_DENIED", Via.BOTH, fixtureProbe));
        rows.add(food("Configure by a farmer", "producer", "farmer", "Configure",
                List.of("{\"authorityMspIds\":[\"ProducerMSP\"],\"memberMspIds\":[\"ProducerMSP\"]}"), "ACCESS_DENIED", Via.BOTH, null));
        // ---- state ----
        rows.add(food("GetLot of an unknown lot", "producer", "farmer", "GetLot", List.of(newLot), "LOT_NOT_FOUND", Via.BOTH, null));
        rows.add(food("RegisterLot of an existing lot", "producer", "farmer", "RegisterLot",
                List.of(lot(LOT, "Other " + MARKER, "1")), "LOT_ALREADY_EXISTS", Via.BOTH, fixtureProbe));
        rows.add(food("Ship to an organisation outside the channel", "producer", "processor", "Ship",
                List.of(ship(LOT, "CivilAffairsMSP")), "UNKNOWN_ORGANIZATION", Via.BOTH, fixtureProbe));
        rows.add(food("Ship to an organisation that does not exist", "producer", "processor", "Ship",
                List.of(ship(LOT, "EvilMSP")), "UNKNOWN_ORGANIZATION", Via.BOTH, fixtureProbe));
        rows.add(food("Ship to oneself", "producer", "processor", "Ship", List.of(ship(LOT, "ProducerMSP")),
                "SHIP_TO_SELF", Via.BOTH, fixtureProbe));
        rows.add(food("Ship by an organisation that does not hold the lot", "distributor", "carrier", "Ship",
                List.of(ship(LOT, "RegulatorMSP")), "NOT_HOLDER", Via.BOTH, fixtureProbe));
        rows.add(food("Receive of a lot not in transit", "distributor", "carrier", "Receive",
                List.of("{\"lotId\":\"" + LOT + "\",\"site\":\"" + MARKER + "\"}"), "LOT_NOT_IN_TRANSIT", Via.BOTH, fixtureProbe));
        rows.add(food("RecallStatus of an unknown recall", "regulator", "regulator", "RecallStatus",
                List.of(Ids.unique("R")), "RECALL_NOT_FOUND", Via.BOTH, null));

        // ---- the directory: the same vocabulary for the same faults ----
        final String newDept = Ids.unique("BAD-DEPT");
        final Probe newDeptProbe = new Probe(DIR, "GetDepartment", newDept);
        final Probe fixtureDeptProbe = new Probe(DIR, "GetDepartment", DEPARTMENT);
        final String dept = "{\"code\":\"" + newDept + "\",\"name\":\"" + MARKER + "\"}";
        rows.add(dir("no arguments at all", null, List.of(), "WRONG_ARGUMENTS", Via.PEER_CLI, null));
        rows.add(dir("unknown transaction", "Nope", List.of(MARKER), "UNKNOWN_TRANSACTION", Via.BOTH, null));
        rows.add(dir("GetDepartment with an extra argument", "GetDepartment", List.of(DEPARTMENT, MARKER),
                "WRONG_ARGUMENTS", Via.BOTH, null));
        rows.add(new BadInput("directory: a byte 0xFF in the JSON", DIR, "civil", "cataloger", "RegisterDepartment",
                List.of(withByte(dept, MARKER, (byte) 0xFF)), Map.of(), "INVALID_ENCODING", Via.GATEWAY, newDeptProbe));
        rows.add(dir("a lone surrogate escape", "RegisterDepartment", List.of(dept.replace(MARKER, MARKER + "\\udbff")),
                "INVALID_ENCODING", Via.BOTH, newDeptProbe));
        rows.add(dir("a duplicate key", "RegisterDepartment", List.of(dept.replace("}", ",\"name\":\"other\"}")),
                "MALFORMED_JSON", Via.BOTH, newDeptProbe));
        rows.add(dir("a name of 10,000 characters (same code as in foodtrace)", "RegisterDepartment",
                List.of(dept.replace(MARKER, MARKER + "名".repeat(10_000))), "FIELD_TOO_LONG", Via.BOTH, newDeptProbe));
        rows.add(dir("a department code already taken", "RegisterDepartment",
                List.of("{\"code\":\"" + DEPARTMENT + "\",\"name\":\"" + MARKER + "\"}"), "DEPARTMENT_ALREADY_EXISTS", Via.BOTH, fixtureDeptProbe));
        rows.add(dir("a department code taken in other letter case", "RegisterDepartment",
                List.of("{\"code\":\"" + DEPARTMENT.toLowerCase(java.util.Locale.ROOT) + "\",\"name\":\"" + MARKER + "\"}"),
                "DEPARTMENT_ALREADY_EXISTS", Via.BOTH, new Probe(DIR, "GetDepartment", DEPARTMENT.toLowerCase(java.util.Locale.ROOT))));
        rows.add(new BadInput("directory: RegisterDepartment without the catalog-admin role", DIR, "civil", "requester",
                "RegisterDepartment", List.of(utf8(dept)), Map.of(), "ACCESS_DENIED", Via.BOTH, newDeptProbe));
        rows.add(dir("GetDepartment of an unknown department", "GetDepartment", List.of(newDept), "DEPARTMENT_NOT_FOUND", Via.BOTH, null));
        rows.add(new BadInput("directory: a request for an unknown entry", DIR, "civil", "requester", "SubmitRequest",
                List.of(utf8("{\"requestId\":\"" + Ids.unique("REQ") + "\",\"requesterDepartmentCode\":\"" + DEPARTMENT
                        + "\",\"entryCode\":\"" + Ids.unique("NO-ENTRY") + "\",\"items\":[\"x\"],\"purpose\":\"" + MARKER + "\"}")),
                Map.of(), "ENTRY_NOT_FOUND", Via.BOTH, null));
        rows.add(dir("approval of an unknown request", "ApproveRequest",
                List.of("{\"requestId\":\"" + Ids.unique("REQ") + "\",\"note\":\"" + MARKER + "\"}"), "REQUEST_NOT_FOUND", Via.BOTH, null));
        return rows.stream();
    }

    @ParameterizedTest(name = "gateway: {0}")
    @MethodSource("table")
    void refused_through_fabrics_gateway_api(final BadInput input) throws Exception {
        assumeTrue(input.via() != Via.PEER_CLI, "Fabric's gateway API always sends a transaction name");
        try (RawGateway client = RawGateway.connect(network.home(), input.org(), input.user());
                RawGateway prober = RawGateway.connect(network.home(), input.org(), input.user())) {
            final long height = client.height(input.channel());
            final String before = probe(prober, input);

            final Optional<RawGateway.Refusal> refusal = client.call(input.channel(), input.chaincode(),
                    input.transaction(), input.args(), input.transientData());

            assertThat(refusal).as("%s was accepted", input).isPresent();
            assertThat(refusal.get().code()).as(refusal.get().message()).hasValue(input.code());
            assertThat(client.height(input.channel())).as("no new block").isEqualTo(height);
            assertThat(probe(prober, input)).as("the state it aimed at").isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "peer CLI: {0}")
    @MethodSource("table")
    void refused_through_fabrics_peer_command_line(final BadInput input) throws Exception {
        assumeTrue(input.via() != Via.GATEWAY, "the peer CLI reads arguments as JSON text: it cannot carry these bytes");
        try (RawGateway prober = RawGateway.connect(network.home(), input.org(), input.user())) {
            final long height = prober.height(input.channel());
            final String before = probe(prober, input);
            final PeerCli cli = network.userCli(input.org(), input.user());
            final List<String> command = new ArrayList<>(List.of("chaincode", "invoke", "-o", network.ordererEndpoint(),
                    "--tls", "--cafile", network.ordererTlsCa().toString(), "--channelID", input.channel(),
                    "--name", input.chaincode(), "-c", ctor(input), "--waitForEvent"));
            if (!input.transientData().isEmpty()) {
                final Map<String, String> encoded = new LinkedHashMap<>();
                input.transientData().forEach((k, v) -> encoded.put(k, Base64.getEncoder().encodeToString(v)));
                command.addAll(List.of("--transient", JSON.writeValueAsString(encoded)));
            }

            final CommandRunner.Result result = cli.run(command.toArray(String[]::new));

            assertThat(result.ok()).as("%s was accepted: %s", input, result.output()).isFalse();
            assertThat(ErrorMessage.parse(result.output()).map(ErrorMessage::code)).as(result.output())
                    .hasValue(input.code());
            assertThat(prober.height(input.channel())).as("no new block").isEqualTo(height);
            assertThat(probe(prober, input)).as("the state it aimed at").isEqualTo(before);
        }
    }

    @AfterAll
    static void no_chaincode_server_logged_a_fault_or_an_argument() throws IOException {
        for (final Map.Entry<Path, Long> log : LOG_SIZES.entrySet()) {
            final byte[] all = Files.readAllBytes(log.getKey());
            final String added = new String(all, (int) Math.min(all.length, log.getValue()),
                    (int) Math.max(0, all.length - log.getValue()), StandardCharsets.UTF_8);
            assertThat(added).as("%s", log.getKey()).doesNotContain("SEVERE").doesNotContain(MARKER);
        }
    }

    // ---- rows ----------------------------------------------------------------------------------------------

    private static BadInput food(final String name, final String org, final String user, final String transaction,
            final List<String> args, final String code, final Via via, final Probe probe) {
        return new BadInput(name, FOOD, org, user, transaction, args.stream().map(InputFidelityIT::utf8).toList(),
                Map.of(), code, via, probe);
    }

    private static BadInput dir(final String name, final String transaction, final List<String> args,
            final String code, final Via via, final Probe probe) {
        return new BadInput("directory: " + name, DIR, "civil", "cataloger", transaction,
                args.stream().map(InputFidelityIT::utf8).toList(), Map.of(), code, via, probe);
    }

    private static String lot(final String lotId, final String name, final String quantity) {
        return "{\"lotId\":\"" + lotId + "\",\"productCode\":\"06901234567892\",\"productName\":\"" + name
                + "\",\"quantity\":" + quantity + ",\"unit\":\"kg\"}";
    }

    private static String ship(final String lotId, final String to) {
        return "{\"lotId\":\"" + lotId + "\",\"toMspId\":\"" + to + "\",\"note\":\"" + MARKER + "\"}";
    }

    private static String probe(final RawGateway client, final BadInput input) {
        return input.probe() == null ? "" : client.read(input.probe().channel(), input.probe().channel(),
                input.probe().transaction(), input.probe().argument());
    }

    /** {@code {"Args":[name, args...]}} as the peer CLI takes it; no name at all for the call without arguments. */
    private static String ctor(final BadInput input) throws IOException {
        final List<String> args = new ArrayList<>();
        if (input.transaction() != null) {
            args.add(input.transaction());
        }
        input.args().forEach(a -> args.add(new String(a, StandardCharsets.UTF_8)));
        return JSON.writeValueAsString(Map.of("Args", args));
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withByte(final String text, final String after, final byte b) {
        return withBytes(text, after, new byte[] {b});
    }

    /** {@code text} as UTF-8 with {@code bytes} spliced in right after the first {@code after}. */
    private static byte[] withBytes(final String text, final String after, final byte[] bytes) {
        final int at = text.indexOf(after) + after.length();
        final byte[] head = utf8(text.substring(0, at));
        final byte[] tail = utf8(text.substring(at));
        final byte[] out = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(bytes, 0, out, head.length, bytes.length);
        System.arraycopy(tail, 0, out, head.length + bytes.length, tail.length);
        return out;
    }
}
