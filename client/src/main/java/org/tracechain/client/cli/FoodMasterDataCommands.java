// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.PartyRequest;
import org.tracechain.model.food.SiteRequest;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Sites and parties (organisation admin): {@code food register-site}, {@code food update-site}, {@code food get-site},
 * {@code food register-party}, {@code food update-party}, {@code food get-party}.
 */
final class FoodMasterDataCommands {

    private FoodMasterDataCommands() {}

    /** A request record from a JSON file; a bad file is a usage error naming it. */
    static <T> T fromFile(final CommandLine commandLine, final Path file, final Class<T> type) throws IOException {
        try {
            return LedgerJson.fromJson(Files.readString(file, StandardCharsets.UTF_8), type);
        } catch (MalformedJsonException e) {
            throw new CommandLine.ParameterException(commandLine, "--file " + file.toAbsolutePath() + ": "
                    + e.getMessage());
        }
    }

    @Command(name = "register-site", description = "Register a site of your organisation with its FSMA location "
            + "description and, if it has one, its GLN (organisation admin).",
            footer = {"  tracechain --org producer --user admin food register-site --file site.json",
                "  site.json: {\"siteId\":\"BAIYUN-HALL\",\"businessName\":\"Baiyun packing hall\",",
                "    \"phone\":\"+86 20 3622 3001\",\"address\":{\"street\":\"88 Jiahe Road\",\"city\":\"Guangzhou\",",
                "    \"region\":\"Guangdong\",\"postalCode\":\"510440\",\"countryCode\":\"CN\"},\"gln\":\"6901234000085\",",
                "    \"utcOffset\":\"+08:00\"}"})
    static final class RegisterSite extends FoodCommand {
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "the site as JSON")
        Path file;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            committed(food.registerSite(fromFile(spec.commandLine(), file, SiteRequest.class)));
        }
    }

    @Command(name = "update-site", description = "Update a site of your organisation (organisation admin; the GLN "
            + "cannot change).", footer = {"  tracechain --org producer --user admin food update-site --file site.json"})
    static final class UpdateSite extends FoodCommand {
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "the site as JSON")
        Path file;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            committed(food.updateSite(fromFile(spec.commandLine(), file, SiteRequest.class)));
        }
    }

    @Command(name = "get-site", description = "Show a site.",
            footer = {"  tracechain --org regulator --user auditor food get-site BAIYUN-HALL"})
    static final class GetSite extends FoodCommand {
        @Parameters(paramLabel = "SITE_ID")
        String siteId;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            output().record(read(food, FoodTransaction.GET_SITE, siteId));
        }
    }

    @Command(name = "register-party", description = "Register your organisation as a trading party with its party "
            + "GLN and/or unified social credit code (organisation admin).",
            footer = {"  tracechain --org producer --user admin food register-party --file party.json",
                "  party.json: {\"businessName\":\"Baiyun Fresh Packing Co., Ltd.\",\"phone\":\"+86 20 3622 3001\",",
                "    \"pgln\":\"6901234000078\",\"uscc\":\"91440101MA59ABCD0A\",\"primarySiteId\":\"BAIYUN-HALL\"}"})
    static final class RegisterParty extends FoodCommand {
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "the party as JSON")
        Path file;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            committed(food.registerParty(fromFile(spec.commandLine(), file, PartyRequest.class)));
        }
    }

    @Command(name = "update-party", description = "Update your organisation's party record (organisation admin).",
            footer = {"  tracechain --org producer --user admin food update-party --file party.json"})
    static final class UpdateParty extends FoodCommand {
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "the party as JSON")
        Path file;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            committed(food.updateParty(fromFile(spec.commandLine(), file, PartyRequest.class)));
        }
    }

    @Command(name = "get-party", description = "Show an organisation's party record.",
            footer = {"  tracechain --org regulator --user auditor food get-party ProducerMSP"})
    static final class GetParty extends FoodCommand {
        @Parameters(paramLabel = "MSP_ID")
        String mspId;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            output().record(read(food, FoodTransaction.GET_PARTY, mspId));
        }
    }
}
