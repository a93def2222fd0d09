// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.it.ApiClient.json;
import static org.tracechain.server.it.ConsoleBrowser.LEDGER;
import static org.tracechain.server.it.ConsoleBrowser.SCREENSHOTS;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * The web console in headless Chromium against the live network's servers, as the people who use it would: the
 * producer's farmer registers a lot (and sees the API's refusal of a second one with the same id), ships it, finds
 * it, traces it and downloads the trace; the distributor's carrier receives it; the regulator starts a recall; the
 * distributor's retailer acknowledges it in another window, and the acknowledgement appears on the regulator's page
 * by itself. Every page must make no request its user's role is refused, show no token in any URL, and fit
 * 1280×800 (the last two also a phone's 390 pixels). Screenshots of each page go to
 * {@code target/console-screenshots/}.
 */
@ExtendWith(LiveServersExtension.class)
class ConsoleIT {

    private static final String RUN = ConsoleBrowser.runId();
    /** The chromedriver's port: in this run's block, beside the servers (base + 700 + i). */
    private static final int DRIVER_PORT_OFFSET = 990;

    @Test
    void a_lot_is_registered_shipped_traced_recalled_and_acknowledged_in_the_browser(final LiveServers servers)
            throws Exception {
        final URI producer = servers.server("producer").uri();
        final URI distributor = servers.server("distributor").uri();
        final URI regulator = servers.server("regulator").uri();
        final int driverPort = ConsoleBrowser.driverPort(producer.getPort(), DRIVER_PORT_OFFSET);
        final List<String> tokens = servers.allTokens();
        final String lot = "CON" + RUN;
        final String recallId = "R-CON" + RUN;

        try (ConsoleBrowser browser = new ConsoleBrowser(SCREENSHOTS, driverPort)) {
            // The producer's farmer: lots and registration, never anything about recalls.
            browser.open(producer, "");
            browser.visible(By.id("token"));
            browser.screenshot("01-sign-in");
            browser.signIn(servers.token("producer", "farmer"), "producer", "farmer");
            browser.waitForText(By.id("identity"), "role producer");
            browser.visible(By.id("lot-results"));
            browser.visible(By.id("nav-register"));
            browser.absent(By.id("nav-recalls"));
            browser.absent(By.id("nav-directory")); // producer is not on govdir
            // Nothing to do with recalls: no link, form or button (a lot's status may still read RECALLED).
            assertThat(browser.driver().findElement(By.id("nav")).getText().toLowerCase()).doesNotContain("recall");
            assertThat(browser.script("return document.querySelectorAll('[id*=recall]').length")).isEqualTo(0L);
            browser.screenshot("02-lots-producer");

            browser.driver().findElement(By.id("nav-register")).click();
            fillLot(browser, lot);
            browser.screenshot("03-register-form");
            browser.driver().findElement(By.id("register-submit")).click();
            browser.waitForText(By.id("lot-status"), "ACTIVE");
            browser.visible(By.cssSelector("#timeline li[data-kind='REGISTER']"));
            assertThat(browser.script("return document.querySelectorAll('[id*=recall]').length")).isEqualTo(0L);
            browser.screenshot("04-lot-registered");

            browser.go("#/register");
            fillLot(browser, lot);
            browser.driver().findElement(By.id("register-submit")).click();
            browser.visible(By.cssSelector("#register-outcome[data-code='LOT_ALREADY_EXISTS']"));
            assertThat(browser.driver().findElement(By.id("register-outcome")).getText())
                    .contains("LOT_ALREADY_EXISTS").contains(lot);
            browser.screenshot("05-register-refused");

            browser.go("#/lots/" + lot);
            browser.type(By.id("ship-to"), "DistributorMSP");
            browser.type(By.id("ship-site"), "FARM1-PLOT7");
            browser.type(By.id("ship-to-site"), "TRUCK-YUE-A12345");
            browser.driver().findElement(By.id("ship-submit")).click();
            browser.waitForText(By.id("lot-status"), "IN_TRANSIT");
            browser.visible(By.cssSelector("#timeline li[data-kind='SHIP']"));
            browser.absent(By.id("ship-form"));
            browser.screenshot("06-lot-shipped");

            browser.go("#/lots");
            browser.type(By.id("search-lot"), lot);
            browser.driver().findElement(By.id("search-submit")).click();
            browser.waitForText(By.id("lot-results"), "IN_TRANSIT");
            assertThat(browser.driver().findElements(By.cssSelector("#lot-results a.lot-link"))).singleElement()
                    .satisfies(link -> assertThat(link.getText()).isEqualTo(lot));
            browser.screenshot("07-lot-search");

            browser.driver().findElement(By.cssSelector("#lot-results a.lot-link")).click();
            browser.visible(By.id("trace-link")).click();
            browser.waitUntil("the graph is drawn", "return document.getElementById('graph') !== null"
                    + " && document.getElementById('graph').dataset.lots === '1'");
            assertThat(browser.script("return window.tracechainConsole.graph.nodes().map(n => n.id()).sort()"))
                    .isEqualTo(List.of("lot:" + lot, "party:DistributorMSP"));
            assertThat(browser.script("return window.tracechainConsole.graph.edges('[kind = \"shipment\"]').length"))
                    .isEqualTo(1L);
            browser.waitForText(By.id("trace-counts"), "1 lots, 0 transformations, 1 shipments, 2 events");
            for (final String download : List.of("download-svg", "download-epcis", "download-fsma")) {
                browser.driver().findElement(By.id(download)).click();
            }
            browser.waitUntil("three files downloaded", "return window.tracechainConsole.downloads.length === 3");
            new Select(browser.driver().findElement(By.id("download-direction"))).selectByValue("forward");
            browser.driver().findElement(By.id("download-fsma")).click();
            browser.waitUntil("a fourth file downloaded", "return window.tracechainConsole.downloads.length === 4");
            assertThat(browser.record().path("downloads").toString()).contains("image/svg+xml")
                    .contains("application/ld+json").contains("text/csv").contains("fsma-" + lot + "-forward.csv")
                    .doesNotContain("\"size\":0");
            browser.screenshot("08-trace");
            browser.driver().findElement(By.id("language")).click();
            browser.waitForText(By.id("nav-lots"), "批次");
            browser.waitForText(By.id("trace-counts"), "1 个批次");
            browser.screenshot("09-trace-chinese");
            browser.driver().findElement(By.id("language")).click();
            browser.waitForText(By.id("nav-lots"), "Lots");
            // The header switches at once; the graph is drawn anew once the page has its data again.
            browser.waitForText(By.id("trace-counts"), "1 lots, 0 transformations");
            browser.script("window.tracechainConsole.graph.$id(arguments[0]).emit('tap')", "lot:" + lot);
            browser.waitUntil("a lot node opens its page", "return location.hash === '#/lots/" + lot + "'");
            browser.visible(By.id("lot-status"));
            browser.assertClean(tokens, "POST /lots 409 LOT_ALREADY_EXISTS");
            browser.signOut();

            // The distributor's carrier receives it once its peer has the shipment.
            awaitLot(servers, "distributor", lot, "IN_TRANSIT");
            browser.open(distributor, "");
            browser.signIn(servers.token("distributor", "carrier"), "distributor", "carrier");
            browser.absent(By.id("nav-register"));
            browser.absent(By.id("nav-recalls"));
            browser.go("#/lots/" + lot);
            browser.visible(By.id("receive-submit")).click();
            browser.waitForText(By.id("lot-status"), "ACTIVE");
            browser.visible(By.cssSelector("#timeline li[data-kind='RECEIVE']"));
            browser.screenshot("10-lot-received");
            browser.assertClean(tokens);
            browser.signOut();

            // The regulator recalls it.
            awaitLot(servers, "regulator", lot, "ACTIVE");
            browser.open(regulator, "");
            browser.signIn(servers.token("regulator", "regulator"), "regulator", "regulator");
            browser.visible(By.id("nav-recalls"));
            browser.absent(By.id("nav-register"));
            browser.go("#/lots/" + lot);
            browser.type(By.id("recall-id"), recallId);
            browser.type(By.id("recall-reason"), "chlorpyrifos over the limit");
            browser.screenshot("11-recall-form");
            browser.driver().findElement(By.id("recall-submit")).click();
            browser.visible(By.cssSelector("#recall-holders tr[data-msp='DistributorMSP'][data-acknowledged='false']"));
            browser.visible(By.cssSelector("#affected-lots li[data-lot='" + lot + "']"));
            browser.waitForText(By.id("recall-pending"), "DistributorMSP");
            browser.absent(By.id("acknowledge-form"));
            browser.screenshot("12-recall-regulator");
            final String regulatorWindow = browser.driver().getWindowHandle();

            // The distributor's retailer acknowledges from its own console, in another window.
            awaitLot(servers, "distributor", lot, "RECALLED");
            browser.driver().switchTo().newWindow(WindowType.WINDOW);
            browser.resize(1280, 800);
            browser.open(distributor, "");
            browser.signIn(servers.token("distributor", "retailer"), "distributor", "retailer");
            browser.go("#/lots/" + lot);
            browser.waitForText(By.id("lot-status"), "RECALLED");
            browser.visible(By.id("recall-notice")).click();
            browser.type(By.id("acknowledge-note"), "120.5 kg quarantined");
            browser.driver().findElement(By.id("acknowledge-submit")).click();
            browser.visible(By.cssSelector("#recall-holders tr[data-msp='DistributorMSP'][data-acknowledged='true']"));
            browser.waitForText(By.id("recall-holders"), "120.5 kg quarantined");
            browser.screenshot("13-recall-acknowledged-by-distributor");
            browser.assertClean(tokens);
            browser.signOut();
            browser.driver().close();

            // The regulator's page, never reloaded, shows it: the recall's event stream made it read the recall again.
            browser.driver().switchTo().window(regulatorWindow);
            browser.visible(By.cssSelector("#recall-holders tr[data-msp='DistributorMSP'][data-acknowledged='true']"));
            browser.waitForText(By.id("recall-holders"), "retailer");
            browser.waitForText(By.id("recall-pending"), "Every holder has acknowledged.");
            browser.screenshot("14-recall-regulator-sees-acknowledgement");
            assertThat(browser.record().path("requests").toString().split("GET /recalls/" + recallId, -1).length - 1)
                    .as("the recall page read the recall again").isGreaterThanOrEqualTo(2);
            browser.assertClean(tokens);

            // The same pages at a phone's width.
            browser.emulatePhone(390, 844);
            browser.waitForText(By.id("recall-pending"), "Every holder has acknowledged.");
            browser.assertFits();
            browser.screenshot("15-recall-phone");
            browser.go("#/lots/" + lot);
            browser.waitForText(By.id("lot-status"), "RECALLED");
            browser.assertFits();
            browser.screenshot("16-lot-phone");
            browser.assertClean(tokens);
            for (final String token : tokens) {
                assertThat(browser.driverLog()).as("the chromedriver's log holds a token").doesNotContain(token)
                        .doesNotContain(token.substring("tct_".length() + 16 + 1));
            }
            System.out.println("console screenshots in " + SCREENSHOTS.toAbsolutePath() + ": "
                    + browser.screenshots());
        }
    }

    private static void fillLot(final ConsoleBrowser browser, final String lot) {
        browser.type(By.id("register-lot-id"), lot);
        browser.type(By.id("register-product-code"), "06901234567892");
        browser.type(By.id("register-product-name"), "菜心 Choy sum");
        browser.type(By.id("register-quantity"), "120.5");
        browser.type(By.id("register-unit"), "kg");
        browser.type(By.id("register-gtin"), "06901234567892");
        browser.type(By.id("register-site"), "FARM1-PLOT7");
    }

    /** Waits until {@code org}'s peer answers the lot in {@code status}: the next user acts on its own server. */
    private static void awaitLot(final LiveServers servers, final String org, final String lot, final String status) {
        final String user = org.equals("distributor") ? "carrier" : "regulator";
        Awaitility.await(lot + " is " + status + " at " + org).atMost(LEDGER).pollInterval(Duration.ofMillis(300))
                .until(() -> json(servers.as(org, user).get("/lots/" + lot), 200).path("status").asText()
                        .equals(status));
    }

    @AfterAll
    static void no_token_in_any_log_line(final LiveServers servers) {
        LogChecks.assertNoToken(servers);
    }
}
