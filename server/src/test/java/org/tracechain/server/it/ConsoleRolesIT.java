// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.it.ConsoleBrowser.SCREENSHOTS;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.tracechain.model.json.LedgerJson;

/**
 * Every user of every organisation of the live network (24 wallet identities, {@code admin} and the role-less
 * {@code user1} included) signs in to its organisation's console in one headless Chromium, one after the other:
 * the header names organisation, user and role; the navigation holds exactly the pages the API lets that role use;
 * each page the organisation's channels allow is visited (lots, a held lot, a lot in transit, its trace, a recall,
 * recalls and registration, the directory, a department, its sharing page, an entry, the chain), and each page shows
 * exactly the forms the API would accept from that caller (ship, receive, recall, acknowledge, continue, request
 * data, approve/refuse), derived here from the {@link RoleMatrixIT} rules rather than from {@code roles.js}. A
 * test-only script wraps the page's {@code fetch} and {@code console}: no request may be answered 4xx, and no URL or
 * console line may hold any token. Each organisation's other two callers come first: no token (the sign-in page
 * asks the API nothing) and a revoked token (refused, said so, forgotten). The fixture (lots, a recall, an entry, a
 * pending request) is made once through the API. Screenshots {@code x01-<org>-<user>} go to
 * {@code target/console-screenshots/}.
 */
@ExtendWith(LiveServersExtension.class)
class ConsoleRolesIT {

    private static final String RUN = ConsoleBrowser.runId();
    /** The chromedriver's port: in this run's block, beside ConsoleIT's (990) and ConsoleDirectoryIT's (991). */
    private static final int DRIVER_PORT_OFFSET = 992;
    private static final List<String> CUSTODIANS = List.of("producer", "processor", "logistics", "retailer");
    private static final Map<String, String> MSP_IDS = Map.of("producer", "ProducerMSP", "distributor",
            "DistributorMSP", "regulator", "RegulatorMSP", "civil", "CivilAffairsMSP", "security", "PublicSecurityMSP");

    /**
     * Records every fetch the page makes (method, URL, status), how many are still open, and every console line.
     * Installed through the DevTools protocol before any of the page's scripts run, so the console's own code is
     * not changed for the test (and the page's content security policy does not apply to it).
     */
    private static final String RECORDER = """
        (() => {
          const record = {requests: [], open: 0, console: []};
          window.__roles = record;
          const fetch = window.fetch;
          window.fetch = function (input, init) {
            const entry = {method: (init && init.method) || (input && input.method) || 'GET',
              url: new URL(typeof input === 'string' ? input : input.url, location.href).href, status: -1};
            record.requests.push(entry);
            record.open++;
            return fetch.apply(this, arguments).then(
              response => { entry.status = response.status; record.open--; return response; },
              error => { entry.status = 0; record.open--; throw error; });
          };
          for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
            const write = console[level];
            console[level] = function (...args) {
              record.console.push(level + ' ' + args.map(String).join(' '));
              return write.apply(this, args);
            };
          }
          document.addEventListener('securitypolicyviolation',
              event => record.console.push('csp ' + event.violatedDirective + ' ' + event.blockedURI));
        })();
        """;

    /** What one caller may do, by the API's rules (RoleMatrixIT's table and the chaincodes' checks). */
    private record Allowed(boolean food, boolean directory, boolean register, boolean recall, boolean ship,
            boolean receive, boolean requestData, boolean decide) {

        static Allowed of(final LiveServers.User user) {
            final List<String> roles = user.roles();
            final boolean custodian = roles.stream().anyMatch(CUSTODIANS::contains);
            return new Allowed(RolesFixture.FOOD.contains(user.org()), RolesFixture.DIRECTORY.contains(user.org()),
                    roles.contains("producer"), roles.contains("regulator"),
                    custodian && user.org().equals("producer"), custodian && user.org().equals("distributor"),
                    roles.contains("requester") || roles.contains("catalog-admin"),
                    roles.contains("catalog-admin") && user.org().equals("security"));
        }
    }

    @Test
    void every_caller_sees_its_own_header_pages_and_buttons_and_nothing_is_refused(final LiveServers servers)
            throws Exception {
        final RolesFixture fixture = new RolesFixture(servers, RUN);
        final List<String> tokens = servers.allTokens();
        final int driverPort = ConsoleBrowser.driverPort(servers.server("producer").uri().getPort(), DRIVER_PORT_OFFSET);
        final List<String> visited = new ArrayList<>();
        try (ConsoleBrowser browser = new ConsoleBrowser(SCREENSHOTS, driverPort)) {
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
            final java.util.Set<String> refused = new java.util.HashSet<>();
            for (final LiveServers.User user : servers.users()) {
                final Allowed allowed = Allowed.of(user);
                final URI server = servers.server(user.org()).uri();
                if (refused.add(user.org())) {
                    noTokenAndARevokedOne(browser, servers, user.org(), tokens);
                }
                browser.open(server, "");
                browser.signIn(servers.token(user.org(), user.name()), user.org(), user.name());
                final String role = user.roles().isEmpty() ? "(none)" : String.join(",", user.roles());
                assertThat(browser.driver().findElement(By.id("identity")).getText()).as(user + ": the header")
                        .isEqualTo(user.org() + " · " + user.name() + " · role " + role);
                settle(browser, user);
                assertThat(navigation(browser)).as(user + ": the navigation").isEqualTo(expectedNavigation(allowed));
                browser.screenshot("x01-" + user.org() + "-" + user.name());
                if (allowed.food()) {
                    foodPages(browser, user, allowed, fixture);
                } else {
                    refusedRoute(browser, user, "#/lots");
                }
                if (allowed.directory()) {
                    directoryPages(browser, user, allowed, fixture);
                } else {
                    refusedRoute(browser, user, "#/directory");
                }
                page(browser, user, "#/chain/" + (allowed.food() ? fixture.lotHeldTx : fixture.requestTx));
                browser.waitForText(By.id("tx-validation"), "VALID");
                browser.waitForText(By.id("chain-status"), "UP");
                settle(browser, user);
                assertRecord(browser, user, server, tokens);
                browser.assertClean(tokens);
                browser.signOut();
                visited.add(user.toString());
            }
            for (final String token : tokens) {
                assertThat(browser.driverLog()).as("the chromedriver's log holds a token").doesNotContain(token)
                        .doesNotContain(token.substring("tct_".length() + 16 + 1));
            }
            System.out.println("console roles signed in: " + visited + "; screenshots in "
                    + SCREENSHOTS.toAbsolutePath() + ": " + browser.screenshots());
        }
        assertThat(visited).as("every wallet user of every organisation").hasSize(servers.users().size())
                .hasSizeGreaterThanOrEqualTo(24);
    }

    /**
     * The organisation's two other callers: without a token the sign-in page asks nothing of the API; a revoked
     * token is refused once ({@code GET /me} 401, the only refusal a page may show) and the page says why.
     */
    private static void noTokenAndARevokedOne(final ConsoleBrowser browser, final LiveServers servers,
            final String org, final List<String> tokens) {
        browser.open(servers.server(org).uri(), "");
        browser.visible(By.id("token"));
        assertThat(((Number) browser.script("return window.__roles.requests.length")).intValue())
                .as(org + ": requests of the sign-in page").isZero();
        browser.driver().switchTo().activeElement().sendKeys(servers.revokedToken(org), Keys.ENTER);
        browser.waitForText(By.id("sign-in-outcome"), "revoked");
        assertThat(browser.driver().findElement(By.id("identity")).getText()).isEmpty();
        browser.absent(By.cssSelector("#nav a"));
        browser.assertClean(tokens, "GET /me 401 UNAUTHENTICATED");
        assertThat(browser.script("return sessionStorage.getItem('tracechain.token')")).as("the refused token")
                .isNull();
    }

    private static void foodPages(final ConsoleBrowser browser, final LiveServers.User user, final Allowed allowed,
            final RolesFixture fixture) {
        browser.visible(By.id("lot-results")); // the home page of a foodtrace organisation
        page(browser, user, "#/lots/" + fixture.lotHeld);
        browser.waitForText(By.id("lot-status"), "ACTIVE");
        present(browser, user, "ship-form", allowed.ship());
        present(browser, user, "receive-form", false);
        present(browser, user, "recall-form", allowed.recall());
        page(browser, user, "#/lots/" + fixture.lotInTransit);
        browser.waitForText(By.id("lot-status"), "IN_TRANSIT");
        present(browser, user, "ship-form", false);
        present(browser, user, "receive-form", allowed.receive());
        present(browser, user, "recall-form", allowed.recall());
        page(browser, user, "#/trace/" + fixture.lotHeld);
        browser.visible(By.id("trace-counts"));
        settle(browser, user);
        // The recall as the API shows it: who still has to acknowledge, and whether it is complete.
        final JsonNode recall = fixture.recall(user.org());
        final boolean acknowledge = contains(recall.path("notAcknowledged"), MSP_IDS.get(user.org()));
        page(browser, user, "#/recalls/" + fixture.recallId);
        browser.visible(By.id("recall-holders"));
        settle(browser, user);
        present(browser, user, "acknowledge-form", acknowledge);
        present(browser, user, "continue-form",
                allowed.recall() && !recall.path("recall").path("complete").asBoolean());
        if (allowed.recall()) {
            page(browser, user, "#/recalls");
            browser.visible(By.id("open-recall"));
        } else {
            refusedRoute(browser, user, "#/recalls");
        }
        if (allowed.register()) {
            page(browser, user, "#/register");
            browser.visible(By.id("register-form"));
        } else {
            refusedRoute(browser, user, "#/register");
        }
        settle(browser, user);
    }

    private static void directoryPages(final ConsoleBrowser browser, final LiveServers.User user, final Allowed allowed,
            final RolesFixture fixture) {
        page(browser, user, "#/directory");
        browser.visible(By.id("find-entry-code"));
        page(browser, user, "#/departments/" + fixture.ownerDepartment);
        browser.visible(By.cssSelector("tr[data-entry='" + fixture.entry + "']"));
        settle(browser, user);
        present(browser, user, "sharing-link", user.org().equals("security"));
        if (user.org().equals("security")) {
            page(browser, user, "#/departments/" + fixture.ownerDepartment + "/sharing");
            browser.visible(By.cssSelector("#requests-received tr[data-request='" + fixture.requestId + "']"));
            settle(browser, user);
            present(browser, user, "approve-" + fixture.requestId, allowed.decide());
            present(browser, user, "refuse-" + fixture.requestId, allowed.decide());
        } else if (user.org().equals("civil")) {
            page(browser, user, "#/departments/" + fixture.requesterDepartment + "/sharing");
            browser.visible(By.cssSelector("#requests-made tr[data-request='" + fixture.requestId + "']"));
            settle(browser, user);
            present(browser, user, "approve-" + fixture.requestId, false);
        }
        page(browser, user, "#/entries/" + fixture.entry);
        browser.waitForText(By.id("entry-version"), "2");
        settle(browser, user);
        present(browser, user, "request-form", allowed.requestData());
    }

    /** Moves to {@code fragment} and waits for the page's requests to finish. */
    private static void page(final ConsoleBrowser browser, final LiveServers.User user, final String fragment) {
        browser.go(fragment);
        settle(browser, user);
    }

    /** A route the caller's organisation or role may not open: "No such page." and not a single request. */
    private static void refusedRoute(final ConsoleBrowser browser, final LiveServers.User user, final String fragment) {
        final long before = ((Number) browser.script("return window.__roles.requests.length")).longValue();
        browser.go(fragment);
        browser.waitForText(By.id("main"), "No such page.");
        assertThat(((Number) browser.script("return window.__roles.requests.length")).longValue())
                .as(user + ": requests made by " + fragment).isEqualTo(before);
    }

    private static void settle(final ConsoleBrowser browser, final LiveServers.User user) {
        browser.waitUntil(user + ": the page's requests finish", "return window.__roles.open === 0");
    }

    private static void present(final ConsoleBrowser browser, final LiveServers.User user, final String id,
            final boolean expected) {
        assertThat(browser.driver().findElements(By.id(id))).as(user + ": #" + id + " on " + browser.driver()
                .getCurrentUrl()).hasSize(expected ? 1 : 0);
    }

    private static List<String> navigation(final ConsoleBrowser browser) {
        return browser.driver().findElements(By.cssSelector("#nav a")).stream().map(a -> a.getDomAttribute("id"))
                .toList();
    }

    private static List<String> expectedNavigation(final Allowed allowed) {
        final List<String> links = new ArrayList<>();
        if (allowed.food()) {
            links.add("nav-lots");
            if (allowed.register()) {
                links.add("nav-register");
            }
            if (allowed.recall()) {
                links.add("nav-recalls");
            }
        }
        if (allowed.directory()) {
            links.add("nav-directory");
        }
        links.add("nav-chain");
        return links;
    }

    /** Every request went to the caller's own server and was answered without a refusal; no token in any line. */
    private static void assertRecord(final ConsoleBrowser browser, final LiveServers.User user, final URI server,
            final List<String> tokens) {
        final JsonNode record = LedgerJson.readTree((String) browser.script(
                "return JSON.stringify({requests: window.__roles.requests, console: window.__roles.console})"));
        final List<String> requests = new ArrayList<>();
        record.path("requests").forEach(r -> requests.add(r.path("method").asText() + " " + r.path("url").asText()
                + " " + r.path("status").asInt()));
        assertThat(requests).as(user + ": the requests the pages made").isNotEmpty()
                .allMatch(r -> r.contains(" " + server.resolve("/")), "went to " + server)
                .noneMatch(r -> r.matches(".* (0|-1|4[0-9][0-9]|5[0-9][0-9])$"));
        final List<String> lines = new ArrayList<>();
        record.path("console").forEach(l -> lines.add(l.asText()));
        final List<String> all = new ArrayList<>(requests);
        all.addAll(lines);
        for (final String token : tokens) {
            final String secret = token.substring("tct_".length() + 16 + 1);
            assertThat(all).as(user + ": URLs and console lines holding a token")
                    .noneMatch(l -> l.contains(token) || l.contains(secret));
        }
        assertThat(lines).as(user + ": console lines").noneMatch(l -> l.startsWith("csp ") || l.startsWith("error "));
    }

    private static boolean contains(final JsonNode array, final String value) {
        for (final JsonNode element : array) {
            if (element.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    @AfterAll
    static void no_token_in_any_log_line(final LiveServers servers) {
        LogChecks.assertNoToken(servers);
    }
}
