// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.it.ApiClient.json;
import static org.tracechain.server.it.ConsoleBrowser.LEDGER;
import static org.tracechain.server.it.ConsoleBrowser.SCREENSHOTS;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.tracechain.model.json.LedgerJson;

/**
 * The console's chain page in headless Chromium against the live network: the producer's farmer sees the ledger's
 * height beside the query store's for foodtrace, the lot just registered among the recent transactions (VALID,
 * RegisterLot, signed by ProducerMSP) and opens its lookup from there, an MVCC conflict provoked by four concurrent
 * registrations of one lot marked as not VALID, every node's health as {@code network status} sees it, a lot
 * registered meanwhile appearing without a reload, and no more polling once the page is left.
 */
@ExtendWith(LiveServersExtension.class)
class ConsoleChainIT {

    private static final String RUN = ConsoleBrowser.runId();
    /** The chromedriver's port: in this run's block, beside ConsoleIT's (990) and ConsoleDirectoryIT's (991). */
    private static final int DRIVER_PORT_OFFSET = 992;

    @Test
    void heights_recent_transactions_with_codes_and_node_health_refresh_while_the_page_is_open(
            final LiveServers servers) throws Exception {
        final URI producer = servers.server("producer").uri();
        final int driverPort = ConsoleBrowser.driverPort(producer.getPort(), DRIVER_PORT_OFFSET);
        final List<String> tokens = servers.allTokens();
        final ApiClient farmer = servers.as("producer", "farmer");

        final JsonNode registered = json(farmer.post("/lots", lotBody("CH" + RUN)), 201);
        final String txId = registered.path("transactionId").asText();
        servers.awaitStore("producer", "foodtrace", registered.path("blockNumber").asLong());
        final Optional<String> conflict = provokeConflict(farmer, "CHMV" + RUN);

        try (ConsoleBrowser browser = new ConsoleBrowser(SCREENSHOTS, driverPort)) {
            browser.open(producer, "");
            browser.signIn(servers.token("producer", "farmer"), "producer", "farmer");
            browser.go("#/chain");

            // Heights: the peer's ledger beside the store's, both past the registration's block.
            final By foodHeights = By.cssSelector("#store-heights tr[data-channel='foodtrace']");
            browser.visible(foodHeights);
            final long ledger = Long.parseLong(browser.driver().findElement(foodHeights).findElement(
                    By.className("ledger-height")).getText());
            assertThat(ledger).isGreaterThan(registered.path("blockNumber").asLong());
            browser.absent(By.cssSelector("#store-heights tr[data-channel='govdir']")); // producer is not on it
            browser.waitForText(By.id("chain-status"), "UP");

            // The registration among the recent transactions, newest first.
            final String row = "#chain-transactions tr[data-tx='" + txId + "']";
            browser.waitForText(By.cssSelector(row + " .validation"), "VALID");
            assertThat(browser.driver().findElement(By.cssSelector(row + " .function")).getText())
                    .isEqualTo("foodtrace · RegisterLot");
            assertThat(browser.driver().findElement(By.cssSelector(row)).getText()).contains("ProducerMSP");
            if (conflict.isPresent()) {
                final String invalid = "#chain-transactions tr.tx-invalid[data-tx='" + conflict.get() + "']";
                browser.waitForText(By.cssSelector(invalid + " .validation .code-invalid"), "MVCC_READ_CONFLICT");
            } else {
                System.out.println("ConsoleChainIT: the concurrent registrations did not conflict this time");
            }

            // Every node as `network status` sees it; the producer's peer with its foodtrace height.
            final By peer = By.cssSelector("#chain-nodes tr[data-node='peer0.producer']");
            browser.waitForText(By.cssSelector("#chain-nodes tr[data-node='peer0.producer'] .node-health .code-valid"),
                    "healthy");
            assertThat(browser.driver().findElement(peer).getText()).contains("producer").contains("foodtrace: ");
            assertThat(browser.driver().findElements(By.cssSelector("#chain-nodes tr[data-node^='orderer']")))
                    .isNotEmpty();
            // The regulator's peer is on govdir too, but the producer is not: that height is not shown to it.
            assertThat(browser.driver().findElement(By.cssSelector(
                    "#chain-nodes tr[data-node='peer0.regulator'] .node-heights")).getText())
                    .startsWith("foodtrace: ").doesNotContain("govdir");
            browser.screenshot("c01-chain");
            browser.script("document.getElementById('chain-nodes').scrollIntoView()");
            browser.screenshot("c06-chain-nodes");
            browser.assertClean(tokens);

            // Another registration shows up without a reload: the page polls while it is open.
            final JsonNode later = json(farmer.post("/lots", lotBody("CH2" + RUN)), 201);
            final String laterTx = later.path("transactionId").asText();
            browser.waitForText(By.cssSelector("#chain-transactions tr[data-tx='" + laterTx + "'] .validation"),
                    "VALID");
            browser.screenshot("c02-chain-refreshed");

            // The id opens the transaction's lookup from the peer's ledger.
            browser.driver().findElement(By.cssSelector(row + " a")).click();
            browser.waitForText(By.id("tx-validation"), "VALID");
            assertThat(browser.driver().findElement(By.id("tx-state")).getText()).isEqualTo("COMMITTED");
            assertThat(browser.driver().findElement(By.id("tx-block")).getText())
                    .isEqualTo(registered.path("blockNumber").asText());
            browser.screenshot("c03-chain-lookup");

            browser.driver().findElement(By.id("language")).click();
            browser.waitForText(By.id("nav-chain"), "区块链");
            browser.waitForText(By.cssSelector(row + " .validation"), "VALID");
            browser.waitForText(By.cssSelector("#chain-nodes tr[data-node='peer0.producer'] .node-health .code-valid"),
                    "正常");
            browser.screenshot("c04-chain-chinese");
            browser.driver().findElement(By.id("language")).click();
            browser.waitForText(By.id("nav-chain"), "Chain");

            browser.emulatePhone(390, 844);
            browser.go("#/chain");
            browser.waitForText(By.cssSelector(row + " .validation"), "VALID");
            browser.assertFits();
            browser.screenshot("c05-chain-phone");
            browser.assertClean(tokens);

            // Leaving the page stops its polling.
            browser.go("#/lots");
            browser.visible(By.id("lot-results"));
            final long asked = heightRequests(browser);
            Awaitility.await("no more polling after leaving").during(Duration.ofSeconds(7))
                    .atMost(Duration.ofSeconds(9)).pollInterval(Duration.ofMillis(500))
                    .until(() -> heightRequests(browser) == asked);
            browser.assertClean(tokens);
            for (final String token : tokens) {
                assertThat(browser.driverLog()).as("the chromedriver's log holds a token").doesNotContain(token);
            }
            System.out.println("console screenshots in " + SCREENSHOTS.toAbsolutePath() + ": "
                    + browser.screenshots());
        }
    }

    private static long heightRequests(final ConsoleBrowser browser) {
        return ((Number) browser.script("return window.tracechainConsole.requests"
                + ".filter(r => r === 'GET /chain/heights').length")).longValue();
    }

    private static String lotBody(final String lot) {
        return "{\"lotId\":\"" + lot + "\",\"productCode\":\"CS-BULK\",\"productName\":\"Choy sum\",\"quantity\":1,"
                + "\"unit\":\"kg\"}";
    }

    /**
     * Four registrations of one lot sent at once: all read "no such lot" when endorsed, so those ordered into the
     * block after the first are MVCC_READ_CONFLICT (409 TRANSACTION_CONFLICT). The id of one, once the store lists
     * it; empty if the peers happened to commit the first before endorsing the others (they then refuse, 409 too).
     */
    private static Optional<String> provokeConflict(final ApiClient farmer, final String lot) {
        final CountDownLatch start = new CountDownLatch(1);
        final List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return farmer.post("/lots", lotBody(lot));
            }));
        }
        start.countDown();
        Optional<String> conflicted = Optional.empty();
        for (final CompletableFuture<HttpResponse<String>> response : sent) {
            final JsonNode body = LedgerJson.readTree(response.join().body());
            if ("MVCC_READ_CONFLICT".equals(body.path("validationCode").asText())) {
                conflicted = Optional.of(body.path("transactionId").asText());
            }
        }
        conflicted.ifPresent(id -> Awaitility.await("the conflict in the store").atMost(LEDGER)
                .pollInterval(Duration.ofMillis(300)).until(() -> farmer.get(
                        "/transactions?channel=foodtrace&limit=50").body().contains(id)));
        return conflicted;
    }

    @AfterAll
    static void no_token_in_any_log_line(final LiveServers servers) {
        LogChecks.assertNoToken(servers);
    }
}
