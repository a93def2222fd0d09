// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.it.ApiClient.json;
import static org.tracechain.server.it.ConsoleBrowser.LEDGER;
import static org.tracechain.server.it.ConsoleBrowser.SCREENSHOTS;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The recall page updated live in headless Chromium against the live network: the regulator starts a recall in the
 * console, the page reports its event stream live, the distributor's retailer acknowledges through the API, and the
 * acknowledgement appears on the regulator's page from the stream, not from polling: while nothing happens the page
 * reads the recall no more (over longer than the old 3 s poll), and the acknowledgement costs exactly one more read.
 * Leaving the page ends the stream without a refused request. Screenshots (prefix {@code r}) go to
 * {@code target/console-screenshots/}.
 */
@ExtendWith(LiveServersExtension.class)
class ConsoleRecallLiveIT {

    private static final String RUN = ConsoleBrowser.runId();
    /** Longer than the poll interval the page used before the stream (3 s): a polling page would read meanwhile. */
    private static final Duration QUIET = Duration.ofSeconds(7);
    /** The chromedriver's port: in this run's block, beside ConsoleIT's and ConsoleDirectoryIT's (990, 991). */
    private static final int DRIVER_PORT_OFFSET = 993;

    @Test
    void an_acknowledgement_reaches_the_regulator_s_page_through_the_event_stream(final LiveServers servers)
            throws Exception {
        final URI regulator = servers.server("regulator").uri();
        final int driverPort = ConsoleBrowser.driverPort(regulator.getPort(), DRIVER_PORT_OFFSET);
        final List<String> tokens = servers.allTokens();
        final String lot = "LIVE" + RUN;
        final String recallId = "R-LIVE" + RUN;
        receivedByDistributor(servers, lot);

        try (ConsoleBrowser browser = new ConsoleBrowser(SCREENSHOTS, driverPort)) {
            browser.open(regulator, "");
            browser.signIn(servers.token("regulator", "regulator"), "regulator", "regulator");
            browser.go("#/lots/" + lot);
            browser.type(By.id("recall-id"), recallId);
            browser.type(By.id("recall-reason"), "Salmonella in a retained sample");
            browser.driver().findElement(By.id("recall-submit")).click();
            browser.visible(By.cssSelector("#recall-holders tr[data-msp='DistributorMSP'][data-acknowledged='false']"));
            browser.visible(By.cssSelector("#recall-live[data-state='live']"));
            browser.waitForText(By.id("recall-live"), "Live");
            assertThat(browser.driver().findElement(By.id("recall-live")).getAttribute("role")).isEqualTo("status");
            browser.screenshot("r01-recall-live");

            // Quiet: a live page reads the recall no more (a polling one would have read it twice meanwhile).
            final long before = reads(browser, recallId);
            Awaitility.await("the page reads the recall no more while nothing commits").during(QUIET)
                    .atMost(QUIET.plusSeconds(5)).pollInterval(Duration.ofMillis(250))
                    .until(() -> reads(browser, recallId) == before);

            // The distributor's retailer acknowledges through the API once its peer has the recall.
            Awaitility.await("the distributor's peer has the recall").atMost(LEDGER)
                    .pollInterval(Duration.ofMillis(300)).until(() -> servers.as("distributor", "retailer")
                            .get("/recalls/" + recallId).statusCode() == 200);
            final long sent = System.nanoTime();
            json(servers.as("distributor", "retailer").post("/recalls/" + recallId + "/acknowledgements",
                    "{\"note\":\"40 kg withdrawn from shelves\"}"), 201);
            browser.visible(By.cssSelector("#recall-holders tr[data-msp='DistributorMSP'][data-acknowledged='true']"));
            final Duration shown = Duration.ofNanos(System.nanoTime() - sent);
            browser.waitForText(By.id("recall-holders"), "40 kg withdrawn from shelves");
            browser.waitForText(By.id("recall-pending"), "Every holder has acknowledged.");
            assertThat(reads(browser, recallId)).as("one read for the stream's event, none by polling")
                    .isEqualTo(before + 1);
            assertThat(streams(browser, recallId)).as("one stream, never reopened").isEqualTo(1);
            assertThat(browser.driver().findElement(By.id("recall-live")).getAttribute("data-state"))
                    .isEqualTo("live");
            System.out.println("acknowledgement shown on the regulator's page " + shown.toMillis()
                    + " ms after its commit was answered");
            browser.screenshot("r02-recall-acknowledged-live");
            browser.assertClean(tokens);

            browser.driver().findElement(By.id("language")).click();
            browser.waitForText(By.id("recall-live"), "实时");
            browser.screenshot("r03-recall-live-chinese");
            browser.driver().findElement(By.id("language")).click();
            browser.waitForText(By.id("recall-live"), "Live");

            browser.emulatePhone(390, 844);
            browser.visible(By.cssSelector("#recall-live[data-state='live']"));
            browser.assertFits();
            browser.screenshot("r04-recall-live-phone");

            // Leaving the page aborts the stream: no refusal, no script error, no reconnection.
            browser.go("#/lots");
            browser.visible(By.id("lot-results"));
            browser.absent(By.id("recall-live"));
            // (The language switch drew the page again: each drawing opened its stream and the next closed it.)
            final long after = reads(browser, recallId);
            final long opened = streams(browser, recallId);
            Awaitility.await("the left page neither reads nor streams").during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(8)).until(() -> reads(browser, recallId) == after
                            && streams(browser, recallId) == opened);
            browser.assertClean(tokens);
            System.out.println("console screenshots in " + SCREENSHOTS.toAbsolutePath() + ": "
                    + browser.screenshots());
        }
    }

    /** How many times the page asked {@code GET /recalls/{id}}. */
    private static long reads(final ConsoleBrowser browser, final String recallId) {
        return count(browser, "GET /recalls/" + recallId);
    }

    /** How many event streams the page opened. */
    private static long streams(final ConsoleBrowser browser, final String recallId) {
        return count(browser, "GET /recalls/" + recallId + "/updates");
    }

    private static long count(final ConsoleBrowser browser, final String request) {
        final JsonNode requests = browser.record().path("requests");
        long n = 0;
        for (final JsonNode r : requests) {
            if (r.asText().equals(request)) {
                n++;
            }
        }
        return n;
    }

    /** A lot the producer registered and shipped and the distributor received, known to the regulator's peer. */
    private static void receivedByDistributor(final LiveServers servers, final String lot) {
        final String gtin = "06901234567892";
        json(servers.as("producer", "farmer").post("/lots", "{\"lotId\":\"" + lot + "\",\"productCode\":\"" + gtin
                + "\",\"productName\":\"菜心 Choy sum\",\"quantity\":40,\"unit\":\"kg\",\"gtin\":\"" + gtin
                + "\"}"), 201);
        final long shipped = json(servers.as("producer", "farmer").post("/lots/" + lot + "/ship",
                "{\"toMspId\":\"DistributorMSP\"}"), 200).path("blockNumber").asLong();
        servers.awaitStore("distributor", "foodtrace", shipped);
        final long received = json(servers.as("distributor", "carrier").post("/lots/" + lot + "/receive", "{}"),
                200).path("blockNumber").asLong();
        servers.awaitStore("regulator", "foodtrace", received);
    }

    @AfterAll
    static void no_token_in_any_log_line(final LiveServers servers) {
        LogChecks.assertNoToken(servers);
    }
}
