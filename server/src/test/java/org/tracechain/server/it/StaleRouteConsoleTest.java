// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.tracechain.chaincode.food.FoodTraceContract;
import org.tracechain.chaincode.testing.FoodMasterData;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.identity.Role;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.ApiAreas;
import org.tracechain.server.TestServer;
import org.tracechain.server.TraceChainServer;

/**
 * A page whose data comes late never covers the page the user went to meanwhile: the trace page's requests are held
 * in the browser, the user opens the lot page, and once the held answers arrive the lot page is still the one shown,
 * with no graph drawn anywhere and none handed to the tests. (CI found this: after a language switch the trace page
 * re-read its data, the user tapped a lot, and the late trace page replaced the lot page.) A unit test: the
 * in-process server over the fake gateway, in headless Chromium.
 */
class StaleRouteConsoleTest {

    private static final String LOT = "LATE-1";

    /**
     * Holds the trace page's own requests (its pages carry maxLots; the lot page's short trace does not) until
     * window.releaseHeld() is called, and counts what it let go.
     */
    private static final String HOLD_TRACE_ANSWERS = """
            const realFetch = window.fetch;
            const held = [];
            window.heldCount = 0;
            window.deliveredCount = 0;
            window.releaseHeld = () => held.splice(0).forEach(release => release());
            window.fetch = (resource, options) => {
              if (!String(resource).includes('maxLots=')) {
                return realFetch(resource, options);
              }
              window.heldCount++;
              return new Promise(resolve => held.push(resolve)).then(() => realFetch(resource, options))
                  .finally(() => { window.deliveredCount++; });
            };
            """;

    @TempDir
    Path home;

    @Test
    void a_page_answered_after_the_user_left_it_does_not_replace_the_page_shown() throws Exception {
        final InMemoryLedger ledger = new InMemoryLedger("foodtrace");
        FoodMasterData.seed(ledger, "ProducerMSP");
        final TestIdentity farmer = TestIdentities.client("ProducerMSP", "farmer", Role.PRODUCER);
        ledger.submit(farmer, ctx -> new FoodTraceContract().registerLot(ctx, LedgerJson.toJson(
                new RegisterLotRequest(LOT, "06901234567892", "Choy sum", BigDecimal.TEN, "kg"))));
        try (TestServer server = TestServer.start(home, (Object[]) ApiAreas.all()
                .toArray(TraceChainServer.RoutesFactory[]::new))) {
            server.foodChaincode(ledger, Role.PRODUCER);
            final String token = server.token("farmer");
            final int driverPort = Integer.getInteger("tracechain.it.basePort", 26000) + 92;
            try (ConsoleBrowser browser = new ConsoleBrowser(ConsoleBrowser.SCREENSHOTS, driverPort)) {
                browser.open(server.uri("/"), "");
                browser.signIn(token, "producer", "farmer");
                browser.script(HOLD_TRACE_ANSWERS);

                browser.go("#/trace/" + LOT);
                browser.waitUntil("the trace page asked for its two first pages", "return window.heldCount === 2");
                browser.go("#/lots/" + LOT);
                browser.waitForText(By.id("lot-status"), "ACTIVE");

                browser.script("window.releaseHeld()");
                browser.waitUntil("the held answers arrived", "return window.deliveredCount === 2");
                // The late page has had its answers; two painted frames later whatever it did is on screen.
                browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))");

                assertThat(browser.script("return location.hash")).isEqualTo("#/lots/" + LOT);
                assertThat(browser.driver().findElement(By.id("lot-status")).getText()).isEqualTo("ACTIVE");
                browser.absent(By.id("graph"));
                browser.absent(By.id("trace-counts"));
                assertThat(browser.script("return window.tracechainConsole.graph === undefined")).as(
                        "no graph of the page left handed to the tests").isEqualTo(true);
                assertThat(browser.script("return document.querySelectorAll('#main > .page').length"))
                        .as("one page in the document").isEqualTo(1L);
                browser.screenshot("s01-late-trace-left-lot-shown");
                browser.assertClean(List.of(token), "GET /lots?perPage=20 503 STORE_UNAVAILABLE");
            }
        }
    }
}
