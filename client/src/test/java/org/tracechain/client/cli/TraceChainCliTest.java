// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.client.testing.FakeGateway.utf8;

import io.grpc.Status;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.client.testing.TestLots;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.PartyRequest;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.SiteRequest;
import org.tracechain.model.identity.CallerInfo;
import org.tracechain.model.json.LedgerJson;
import picocli.CommandLine;

/** Runs the command line against the in-process gateway, connecting through an injected client factory. */
class TraceChainCliTest {

    private static final Map<String, String> MSP = Map.of("producer", "ProducerMSP", "distributor", "DistributorMSP",
            "regulator", "RegulatorMSP", "civil", "CivilAffairsMSP", "security", "PublicSecurityMSP");

    @TempDir
    Path home;

    private FakeGateway gateway;
    private final List<String> connections = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start_gateway() {
        gateway = FakeGateway.start();
    }

    @AfterEach
    void stop_gateway() {
        gateway.close();
    }

    private int run(final String... args) {
        final LedgerClientFactory factory = (clientHome, organization, user) -> {
            connections.add(clientHome + " " + organization + "/" + user);
            return LedgerClient.newBuilder()
                    .identity(TestCredentials.identity(home, organization, user, MSP.getOrDefault(organization, "XMSP")))
                    .connection(gateway.channel())
                    .connect();
        };
        final CommandLine commandLine = TraceChainCli.newCommandLine(factory, Map.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static Lot lot(final RegisterLotRequest request) {
        return TestLots.registered(request.lotId(), request.productCode(), request.productName(), request.quantity(), request.unit(),
                "ProducerMSP", "x509::CN=farmer", Instant.parse("2025-03-01T08:00:00Z"), "tx-lot");
    }

    private void lotsAreRegisteredAndReadable() {
        final Map<String, Lot> lots = new java.util.concurrent.ConcurrentHashMap<>();
        gateway.respond("RegisterLot", call -> {
            final Lot lot = lot(LedgerJson.fromJson(call.arguments().get(0), RegisterLotRequest.class));
            lots.put(lot.lotId(), lot);
            return utf8(LedgerJson.toJson(lot));
        });
        gateway.respond("GetLot", call -> {
            final Lot lot = lots.get(call.arguments().get(0));
            if (lot == null) {
                throw FakeGateway.evaluateRefusal("[LOT_NOT_FOUND] lot " + call.arguments().get(0) + " does not exist");
            }
            return utf8(LedgerJson.toJson(lot));
        });
    }

    private void departmentsRespond(final boolean alreadyExists) {
        final Department department = new Department("CIVIL-AFFAIRS", "Civil Affairs Bureau", "CivilAffairsMSP", null,
                Instant.parse("2025-03-01T08:00:00Z"), "tx-dept");
        gateway.respond("RegisterDepartment", call -> {
            if (alreadyExists) {
                throw FakeGateway.endorseRefusal("[DEPARTMENT_ALREADY_EXISTS] department CIVIL-AFFAIRS already exists");
            }
            LedgerJson.fromJson(call.arguments().get(0), RegisterDepartmentRequest.class);
            return utf8(LedgerJson.toJson(department));
        });
        gateway.respond("GetDepartment", call -> utf8(LedgerJson.toJson(department)));
    }

    @Test
    void get_lot_prints_a_field_table() {
        lotsAreRegisteredAndReadable();
        run("--org", "producer", "--user", "farmer", "food", "register-lot", "--lot", "L1", "--product-code", "P1",
                "--product-name", "有机大米", "--quantity", "12.5", "--unit", "kg");
        out.getBuffer().setLength(0);

        final int exit = run("--home", home.toString(), "--org", "distributor", "--user", "carrier", "food", "get-lot", "L1");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Field ").contains("productName       有机大米").contains("quantity          12.5");
        assertThat(gateway.lastCall().transactionName()).isEqualTo("GetLot");
        assertThat(gateway.lastCall().arguments()).containsExactly("L1");
        assertThat(connections).last().isEqualTo(home.toAbsolutePath() + " distributor/carrier");
    }

    @Test
    void global_options_may_follow_the_subcommand_and_json_is_machine_readable() {
        lotsAreRegisteredAndReadable();

        final int exit = run("food", "register-lot", "--lot", "L2", "--product-code", "P1", "--product-name", "Rice",
                "--quantity", "3", "--unit", "kg", "--org", "producer", "--user", "farmer", "--json");

        assertThat(exit).isZero();
        final var json = LedgerJson.readTree(out.toString());
        assertThat(json.get("transactionId").asText()).isEqualTo(gateway.lastCall().transactionId());
        assertThat(json.get("blockNumber").asLong()).isEqualTo(5);
        assertThat(json.get("result").get("lotId").asText()).isEqualTo("L2");
        final RegisterLotRequest sent = LedgerJson.fromJson(gateway.lastCall().arguments().get(0), RegisterLotRequest.class);
        assertThat(sent).isEqualTo(new RegisterLotRequest("L2", "P1", "Rice", new BigDecimal("3"), "kg"));
    }

    @Test
    void refusal_exits_1_with_code_and_transaction_id_on_one_line() {
        lotsAreRegisteredAndReadable();

        final int exit = run("--org", "distributor", "--user", "carrier", "food", "get-lot", "NOPE");

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).isEqualTo("error: [LOT_NOT_FOUND] lot NOPE does not exist (tx "
                + gateway.lastCall().transactionId() + ")" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void refusal_with_json_also_prints_a_json_error() {
        lotsAreRegisteredAndReadable();

        run("--json", "--org", "distributor", "--user", "carrier", "food", "get-lot", "NOPE");

        final var json = LedgerJson.readTree(out.toString()).get("error");
        assertThat(json.get("code").asText()).isEqualTo("LOT_NOT_FOUND");
        assertThat(json.get("exitCode").asInt()).isEqualTo(1);
        assertThat(json.get("transactionId").asText()).isEqualTo(gateway.lastCall().transactionId());
    }

    @Test
    void unavailable_network_exits_3() {
        gateway.respond("GetLot", call -> {
            throw FakeGateway.error(Status.Code.UNAVAILABLE, "io exception: Connection refused");
        });

        final int exit = run("--org", "distributor", "--user", "carrier", "food", "get-lot", "L1");

        assertThat(exit).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(err.toString()).startsWith("error: [UNAVAILABLE] ledger unavailable:");
    }

    @Test
    void an_organisation_outside_the_channel_is_told_which_organisation_and_channel() {
        // What a Fabric v3.1 gateway peer that has not joined the channel answers to an evaluate.
        gateway.respond("GetDepartment", call -> {
            throw FakeGateway.error(Status.Code.UNAVAILABLE, "failed to get config for channel [govdir]: could not get "
                    + "last config for channel govdir");
        });

        final int exit = run("--org", "producer", "--user", "farmer", "dir", "get-department", "CIVIL-AFFAIRS");

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).isEqualTo("error: organisation ProducerMSP is not a member of channel govdir (the "
                + "gateway peer has not joined the channel) (tx " + gateway.lastCall().transactionId() + ")"
                + System.lineSeparator());
    }

    @Test
    void missing_identity_options_is_a_usage_error() {
        final int exit = run("food", "get-lot", "L1");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--org and --user are required");
        assertThat(connections).isEmpty();
    }

    @Test
    void missing_required_option_and_unknown_command_are_usage_errors() {
        assertThat(run("--org", "producer", "--user", "farmer", "food", "register-lot", "--lot", "L1")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Missing required options");
        assertThat(run("nonsense")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("--org", "producer", "--user", "farmer", "food", "register-lot", "--lot", "L1", "--product-code",
                "P", "--product-name", "N", "--quantity", "lots", "--unit", "kg")).isEqualTo(ExitCodes.USAGE);
        assertThat(run()).isEqualTo(ExitCodes.USAGE);
        assertThat(connections).isEmpty();
    }

    @Test
    void missing_wallet_identity_is_a_configuration_error() {
        final LedgerClientFactory fromFiles = LedgerClientFactory.FROM_HOME;
        final CommandLine commandLine = TraceChainCli.newCommandLine(fromFiles, Map.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        final int exit = commandLine.execute("--home", home.toString(), "--org", "producer", "--user", "farmer",
                "food", "get-lot", "L1");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("error: no identity producer/farmer in wallet");
    }

    @Test
    void whoami_evaluates_on_the_chosen_channel() {
        gateway.respond("WhoAmI", call -> utf8(LedgerJson.toJson(new CallerInfo("RegulatorMSP",
                "CN=inspector,OU=client", List.of("inspector")))));

        final int exit = run("whoami", "--channel", "govdir", "--org", "regulator", "--user", "inspector", "--json");

        assertThat(exit).isZero();
        assertThat(gateway.lastCall().channel()).isEqualTo("govdir");
        assertThat(gateway.lastCall().chaincode()).isEqualTo("govdir");
        assertThat(LedgerJson.fromJson(out.toString(), CallerInfo.class).mspId()).isEqualTo("RegulatorMSP");
    }

    @Test
    void whoami_rejects_other_channels() {
        assertThat(run("whoami", "--channel", "mychannel", "--org", "regulator", "--user", "inspector"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--channel must be foodtrace or govdir");
    }

    @Test
    void directory_commands_register_and_read_departments() {
        departmentsRespond(false);

        assertThat(run("--org", "civil", "--user", "cataloger", "dir", "register-department", "--code", "CIVIL-AFFAIRS",
                "--name", "Civil Affairs Bureau")).isZero();
        assertThat(LedgerJson.fromJson(gateway.lastCall().arguments().get(0), RegisterDepartmentRequest.class))
                .isEqualTo(new RegisterDepartmentRequest("CIVIL-AFFAIRS", "Civil Affairs Bureau", null));
        assertThat(out.toString()).contains("RegisterDepartment committed: tx ");

        assertThat(run("--org", "security", "--user", "cataloger", "dir", "get-department", "CIVIL-AFFAIRS")).isZero();
        assertThat(out.toString()).contains("mspId             CivilAffairsMSP");
    }

    @Test
    void demo_round_trips_across_organisations_and_channels() {
        lotsAreRegisteredAndReadable();
        departmentsRespond(false);
        producerPartyRegistered(false);

        final int exit = run("demo");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(connections).extracting(c -> c.substring(c.indexOf(' ') + 1)).containsExactly("producer/admin",
                "producer/farmer", "distributor/carrier", "civil/cataloger", "security/cataloger");
        assertThat(gateway.calls()).extracting(FakeGateway.Call::transactionName).containsExactly("GetParty",
                "RegisterSite", "RegisterParty", "RegisterLot", "GetLot", "RegisterDepartment", "GetDepartment");
        assertThat(gateway.calls()).extracting(FakeGateway.Call::channel)
                .containsExactly("foodtrace", "foodtrace", "foodtrace", "foodtrace", "foodtrace", "govdir", "govdir");
        final PartyRequest party = LedgerJson.fromJson(gateway.calls().get(2).arguments().get(0), PartyRequest.class);
        assertThat(party.primarySiteId()).isEqualTo(LedgerJson.fromJson(gateway.calls().get(1).arguments().get(0),
                SiteRequest.class).siteId());
        final String registeredLot = LedgerJson.fromJson(gateway.calls().get(3).arguments().get(0), RegisterLotRequest.class).lotId();
        assertThat(registeredLot).startsWith("DEMO-");
        assertThat(gateway.calls().get(4).arguments()).containsExactly(registeredLot);
        assertThat(out.toString())
                .contains("[1/5] RegisterParty ProducerMSP with primary site DEMO-FARM as producer/admin (ProducerMSP): "
                        + "committed, tx " + gateway.calls().get(2).transactionId())
                .contains("[2/5] RegisterLot " + registeredLot + " as producer/farmer (ProducerMSP): committed, tx "
                        + gateway.calls().get(3).transactionId() + ", block 7")
                .contains("[3/5] GetLot " + registeredLot + " as distributor/carrier (DistributorMSP): read")
                .contains("[4/5] RegisterDepartment CIVIL-AFFAIRS as civil/cataloger (CivilAffairsMSP): committed")
                .contains("[5/5] GetDepartment CIVIL-AFFAIRS as security/cataloger (PublicSecurityMSP): read")
                .contains("demo ok");
    }

    /** The producer's party record: missing (the demo registers it with a site) or there already. */
    private void producerPartyRegistered(final boolean registered) {
        gateway.respond("GetParty", call -> {
            if (!registered) {
                throw FakeGateway.evaluateRefusal("[PARTY_NOT_FOUND] ProducerMSP has no party record");
            }
            return utf8(LedgerJson.toJson(new PartyRecord("ProducerMSP", "Conghua Green Farm Cooperative",
                    "+86 20 6188 1001", null, "6901234000030", null, "FARM1-PLOT7", Instant.parse("2025-03-01T08:00:00Z"),
                    Instant.parse("2025-03-01T08:00:00Z"), "x509::CN=admin", "tx-party")));
        });
        gateway.respond("RegisterSite", call -> {
            LedgerJson.fromJson(call.arguments().get(0), SiteRequest.class);
            return utf8("{}");
        });
        gateway.respond("RegisterParty", call -> {
            LedgerJson.fromJson(call.arguments().get(0), PartyRequest.class);
            return utf8("{}");
        });
    }

    @Test
    void demo_accepts_an_existing_department_and_party() {
        lotsAreRegisteredAndReadable();
        departmentsRespond(true);
        producerPartyRegistered(true);

        final int exit = run("demo", "--json");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(gateway.calls()).extracting(FakeGateway.Call::transactionName).doesNotContain("RegisterSite",
                "RegisterParty");
        final var json = LedgerJson.readTree(out.toString());
        assertThat(json.get("steps").get(0).get("outcome").asText()).isEqualTo("already registered, fine");
        assertThat(json.get("steps").get(3).get("outcome").asText())
                .isEqualTo("already registered (DEPARTMENT_ALREADY_EXISTS), fine");
        assertThat(json.get("department").get("code").asText()).isEqualTo("CIVIL-AFFAIRS");
        assertThat(json.get("lot").get("lotId").asText()).startsWith("DEMO-");
    }

    @Test
    void demo_fails_with_exit_1_when_a_step_is_refused() {
        lotsAreRegisteredAndReadable();
        producerPartyRegistered(true);
        gateway.respond("RegisterDepartment", call -> {
            throw FakeGateway.endorseRefusal("[ACCESS_DENIED] registering a department needs the catalog-admin role");
        });

        final int exit = run("demo");

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).startsWith("error: [ACCESS_DENIED] registering a department needs the catalog-admin role (tx ");
    }

    @Test
    void help_lists_the_command_groups_and_exit_codes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("whoami").contains("food").contains("dir").contains("demo").contains("Exit codes:");
    }
}
