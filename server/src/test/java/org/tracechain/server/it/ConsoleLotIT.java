// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.it.ApiClient.json;
import static org.tracechain.server.it.ConsoleBrowser.LEDGER;
import static org.tracechain.server.it.ConsoleBrowser.SCREENSHOTS;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The lot page's evidence in headless Chromium against the live network: the producer's farmer registers a lot and
 * records a document by choosing its file (the browser computes the SHA-256), checks a matching and a non-matching
 * file against the ledger, and ships the lot; the distributor's carrier is refused readings without thresholds
 * (the API's message, as it came), records readings with an excursion, sees the chart with the thresholds and the
 * excursion marked (and the table that says the same), and receives the lot; the distributor's retailer sells from
 * it; the custody chain reads registered → shipped → received → sold. Screenshots {@code l01-…} go to
 * {@code target/console-screenshots/}.
 */
@ExtendWith(LiveServersExtension.class)
class ConsoleLotIT {

    private static final String RUN = ConsoleBrowser.runId();
    /** The chromedriver's port: in this run's block, beside the servers and the other console tests' drivers. */
    private static final int DRIVER_PORT_OFFSET = 995;

    @TempDir
    Path files;

    @Test
    void a_lot_s_documents_cold_chain_and_custody_are_recorded_checked_and_shown(final LiveServers servers)
            throws Exception {
        final URI producer = servers.server("producer").uri();
        final URI distributor = servers.server("distributor").uri();
        final int driverPort = ConsoleBrowser.driverPort(producer.getPort(), DRIVER_PORT_OFFSET);
        final List<String> tokens = servers.allTokens();
        final String lot = "CLT" + RUN;
        final Path certificate = Files.writeString(files.resolve("certificate-" + RUN + ".txt"),
                "Guangzhou QC Lab certificate for " + lot + ": chlorpyrifos below 0.05 mg/kg\n");
        final Path forged = Files.writeString(files.resolve("forged-" + RUN + ".txt"),
                "Guangzhou QC Lab certificate for " + lot + ": chlorpyrifos below 0.50 mg/kg\n");
        final String hash = sha256(Files.readAllBytes(certificate));

        try (ConsoleBrowser browser = new ConsoleBrowser(SCREENSHOTS, driverPort)) {
            // The producer's farmer: registers, documents, checks files, ships.
            browser.open(producer, "");
            browser.signIn(servers.token("producer", "farmer"), "producer", "farmer");
            browser.visible(By.id("nav-register")).click();
            browser.type(By.id("register-lot-id"), lot);
            browser.type(By.id("register-product-code"), "06901234567892");
            browser.type(By.id("register-product-name"), "菜心 Choy sum");
            browser.type(By.id("register-quantity"), "80");
            browser.type(By.id("register-unit"), "kg");
            browser.type(By.id("register-site"), "FARM1-PLOT7");
            browser.driver().findElement(By.id("register-submit")).click();
            browser.waitForText(By.id("lot-status"), "ACTIVE");
            browser.visible(By.cssSelector("#custody-chain li[data-kind='REGISTER'][data-msp='ProducerMSP']"));
            browser.visible(By.id("documents-none"));
            browser.visible(By.id("document-details"));
            // Readings are logistics', inspections inspectors', sales retailers': not offered to a farmer.
            browser.absent(By.id("readings-form"));
            browser.absent(By.id("inspect-form"));
            browser.absent(By.id("sell-form"));
            browser.absent(By.id("cold-chain"));
            browser.screenshot("l01-lot-registered");

            browser.visible(By.id("document-summary")).click();
            browser.visible(By.id("document-file")).sendKeys(certificate.toAbsolutePath().toString());
            browser.waitUntil("the file's SHA-256 fills the hash field",
                    "return document.getElementById('document-hash').value === '" + hash + "'");
            browser.type(By.id("document-uri"), "https://lab.example/certificates/" + lot + ".txt");
            browser.type(By.id("document-type"), "certificate");
            browser.type(By.id("document-title"), "Pesticide residue certificate");
            browser.type(By.id("document-issuer"), "Guangzhou QC Lab");
            browser.screenshot("l02-document-form");
            browser.driver().findElement(By.id("document-submit")).click();
            browser.visible(By.cssSelector("#documents tr[data-hash='" + hash + "']"));
            assertThat(browser.driver().findElement(By.id("documents")).getText())
                    .contains("Pesticide residue certificate").contains("Guangzhou QC Lab").contains("certificate");

            checkFile(browser, certificate);
            browser.visible(By.cssSelector("#verify-result[data-verdict='match'][data-ledger='recorded']"));
            assertThat(browser.driver().findElement(By.id("verify-result")).getText()).contains("matches the ledger")
                    .contains(hash).contains("ProducerMSP");
            browser.visible(By.cssSelector("#documents tr.verified[data-hash='" + hash + "']"));
            scrollTo(browser, By.id("documents-title"));
            browser.screenshot("l03-document-verified");

            checkFile(browser, forged);
            browser.visible(By.cssSelector("#verify-result[data-verdict='mismatch'][data-ledger='unknown']"));
            assertThat(browser.driver().findElement(By.id("verify-result")).getText())
                    .contains("does not match any document of this lot").contains("no document with this hash")
                    .contains(sha256(Files.readAllBytes(forged)));
            assertThat(browser.driver().findElements(By.cssSelector("#documents tr.verified"))).isEmpty();
            browser.screenshot("l04-document-mismatch");

            browser.type(By.id("ship-to"), "DistributorMSP");
            browser.type(By.id("ship-site"), "FARM1-PLOT7");
            browser.type(By.id("ship-to-site"), "TRUCK-YUE-A12345");
            browser.driver().findElement(By.id("ship-submit")).click();
            browser.waitForText(By.id("lot-status"), "IN_TRANSIT");
            browser.visible(By.cssSelector("#custody-chain li[data-kind='SHIP'][data-msp='DistributorMSP']"));
            browser.assertClean(tokens);
            browser.signOut();

            // The distributor's carrier: readings while the lot comes, then receipt.
            awaitLot(servers, lot, "IN_TRANSIT");
            browser.open(distributor, "");
            browser.signIn(servers.token("distributor", "carrier"), "distributor", "carrier");
            browser.go("#/lots/" + lot);
            browser.visible(By.id("readings-summary")).click();
            browser.absent(By.id("sell-form"));
            final Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
            final String lines = String.join("\n",
                    start + ", 3.1", start.plus(30, ChronoUnit.MINUTES) + ", 4.2",
                    start.plus(60, ChronoUnit.MINUTES) + ", 9.4", start.plus(90, ChronoUnit.MINUTES) + ", 4.0");
            browser.type(By.id("readings-device"), "T-YUE-01");
            browser.type(By.id("readings-lines"), lines);
            browser.driver().findElement(By.id("readings-submit")).click();
            browser.visible(By.cssSelector("#readings-outcome[data-code='INVALID_FIELD']"));
            assertThat(browser.driver().findElement(By.id("readings-outcome")).getText())
                    .contains("INVALID_FIELD").contains("minAllowed or maxAllowed is required");
            browser.type(By.id("readings-min"), "0");
            browser.type(By.id("readings-max"), "5");
            browser.script("arguments[0].scrollIntoView({block: 'end'})",
                    browser.driver().findElement(By.id("readings-outcome")));
            browser.screenshot("l05-readings-form-refused");
            browser.driver().findElement(By.id("readings-submit")).click();
            browser.visible(By.cssSelector("#cold-chain-chart-0[data-drawn='true']"));
            assertThat(browser.driver().findElement(By.id("cold-chain-chart-0")).getDomAttribute("data-excursions"))
                    .isEqualTo("1");
            assertThat(browser.driver().findElement(By.id("cold-chain-summary")).getText())
                    .isEqualTo("4 readings, 1 outside the thresholds; 1 alerts raised.");
            assertThat(browser.script("return window.tracechainConsole.charts[0].getOption().series"
                    + ".find(s => s.type === 'scatter').data.map(d => d[1])")).isEqualTo(List.of(9.4));
            assertThat(browser.script("return window.tracechainConsole.charts[0].getOption().series[0]"
                    + ".markLine.data.map(d => d.yAxis).sort()")).isEqualTo(List.of(0L, 5L));
            assertThat(browser.driver().findElements(By.cssSelector("#readings tr[data-excursion='true']")))
                    .singleElement().satisfies(row -> assertThat(row.getDomProperty("textContent")).contains("9.4")
                            .contains("Excursion"));
            assertThat(browser.driver().findElements(By.cssSelector("#readings tr[data-excursion='false']")))
                    .hasSize(3);
            assertThat(browser.driver().findElement(By.id("cold-chain-chart-0")).getDomAttribute("aria-label"))
                    .contains("4 readings").contains("maximum 5").contains("1 readings outside");
            browser.visible(By.cssSelector("#timeline li[data-kind='ALERT']"));
            assertUniqueIds(browser);
            scrollTo(browser, By.id("cold-chain-title"));
            browser.screenshot("l06-cold-chain-chart");
            browser.driver().findElement(By.cssSelector("#readings-table-details summary")).click();
            browser.visible(By.id("readings"));
            scrollTo(browser, By.id("readings"));
            browser.screenshot("l07-cold-chain-table");

            browser.visible(By.id("receive-submit")).click();
            browser.waitForText(By.id("lot-status"), "ACTIVE");
            browser.visible(By.cssSelector("#custody-chain li[data-kind='RECEIVE'][data-msp='DistributorMSP']"));
            browser.assertClean(tokens, "POST /cold-chain-readings 422 INVALID_FIELD");
            browser.signOut();

            // The distributor's retailer sells from it: the chain ends with the sale.
            browser.open(distributor, ""); // a new document: the page's record of refusals starts empty
            browser.signIn(servers.token("distributor", "retailer"), "distributor", "retailer");
            browser.go("#/lots/" + lot);
            browser.visible(By.id("sell-summary")).click();
            browser.absent(By.id("readings-form"));
            browser.type(By.id("sell-quantity"), "2.5");
            browser.driver().findElement(By.id("sell-submit")).click();
            browser.visible(By.cssSelector("#custody-chain li[data-kind='SELL'][data-msp='DistributorMSP']"));
            assertThat(browser.script("return [...document.querySelectorAll('#custody-chain > li')]"
                    + ".map(li => li.dataset.kind + ' ' + li.dataset.msp)")).isEqualTo(List.of(
                            "REGISTER ProducerMSP", "SHIP DistributorMSP", "RECEIVE DistributorMSP",
                            "SELL DistributorMSP", "NOW DistributorMSP"));
            assertThat(browser.driver().findElement(By.id("custody-chain")).getText())
                    .contains("Registered by ProducerMSP").contains("Shipped by ProducerMSP to DistributorMSP")
                    .contains("Received by DistributorMSP").contains("Sold by DistributorMSP")
                    .contains("Now held by DistributorMSP");
            scrollTo(browser, By.id("custody-title"));
            browser.screenshot("l08-custody-chain");
            assertUniqueIds(browser);
            browser.assertClean(tokens);

            // The same page in Chinese, and at a phone's width.
            browser.driver().findElement(By.id("language")).click();
            browser.waitForText(By.id("custody-title"), "监管链");
            browser.visible(By.cssSelector("#cold-chain-chart-0[data-drawn='true']"));
            browser.screenshot("l09-lot-chinese");
            browser.driver().findElement(By.id("language")).click();
            browser.waitForText(By.id("custody-title"), "Custody chain");
            browser.emulatePhone(390, 844);
            browser.visible(By.cssSelector("#cold-chain-chart-0[data-drawn='true']"));
            browser.assertFits();
            scrollTo(browser, By.id("cold-chain-title"));
            browser.screenshot("l10-cold-chain-phone");
            browser.assertClean(tokens);
            System.out.println("console screenshots in " + SCREENSHOTS.toAbsolutePath() + ": "
                    + browser.screenshots());
        }
    }

    /** Chooses {@code file} in the check's file input, as a user would (the input is emptied first). */
    private static void checkFile(final ConsoleBrowser browser, final Path file) {
        final WebElement input = browser.visible(By.id("verify-file"));
        browser.script("arguments[0].value = ''", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Every id once: a label, an aria reference or a test's selector must find the one element it names. */
    private static void assertUniqueIds(final ConsoleBrowser browser) {
        assertThat(browser.script("const ids = [...document.querySelectorAll('[id]')].map(e => e.id);"
                + " return ids.filter((id, i) => ids.indexOf(id) !== i)")).as("ids used twice").isEqualTo(List.of());
    }

    private static void scrollTo(final ConsoleBrowser browser, final By by) {
        browser.script("arguments[0].scrollIntoView({block: 'start'})", browser.driver().findElement(by));
    }

    private static String sha256(final byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Waits until the distributor's peer answers the lot in {@code status}: the carrier acts on its own server. */
    private static void awaitLot(final LiveServers servers, final String lot, final String status) {
        Awaitility.await(lot + " is " + status + " at distributor").atMost(LEDGER).pollInterval(Duration.ofMillis(300))
                .until(() -> json(servers.as("distributor", "carrier").get("/lots/" + lot), 200).path("status")
                        .asText().equals(status));
    }

    @AfterAll
    static void no_token_in_any_log_line(final LiveServers servers) {
        LogChecks.assertNoToken(servers);
    }
}
