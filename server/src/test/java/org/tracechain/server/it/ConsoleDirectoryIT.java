// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.it.ApiClient.json;
import static org.tracechain.server.it.ConsoleBrowser.LEDGER;
import static org.tracechain.server.it.ConsoleBrowser.SCREENSHOTS;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's directory and chain pages in headless Chromium against the live network: public security's catalog
 * administrator publishes and revises an entry (through the API: the console has no catalog editor yet); civil
 * affairs' requester finds it, compares its versions and requests one data item in the console; public security's
 * catalog administrator approves it there with a deadline and a reason and looks the approval's transaction up on
 * the chain page (VALID); civil affairs' access is logged and shows in the owner's audit log; the requester sees the
 * grant. Every page must make no refused request, show no token in any URL, and fit 1280 pixels (the last two also
 * a phone's 390). Screenshots (prefix {@code d}) go to {@code target/console-screenshots/}.
 */
@ExtendWith(LiveServersExtension.class)
class ConsoleDirectoryIT {

    private static final String RUN = ConsoleBrowser.runId();
    /** The chromedriver's port: in this run's block, beside ConsoleIT's (base + 990). */
    private static final int DRIVER_PORT_OFFSET = 991;

    @Test
    void an_entry_is_requested_approved_granted_logged_and_its_approval_found_on_the_chain(final LiveServers servers)
            throws Exception {
        final URI civil = servers.server("civil").uri();
        final URI security = servers.server("security").uri();
        final int driverPort = ConsoleBrowser.driverPort(civil.getPort(), DRIVER_PORT_OFFSET);
        final List<String> tokens = servers.allTokens();
        final ApiClient owner = servers.as("security", "cataloger");
        final ApiClient requester = servers.as("civil", "requester");
        final String psb = "PSB-D" + RUN;
        final String mca = "MCA-D" + RUN;
        final String entry = "E-D" + RUN;
        final String requestId = "REQ-D" + RUN;
        publishEntry(servers, owner, psb, entry);
        sync(servers, json(servers.as("civil", "cataloger").post("/departments", "{\"code\":\"" + mca
                + "\",\"name\":\"北京市民政局\"}"), 201));

        try (ConsoleBrowser browser = new ConsoleBrowser(SCREENSHOTS, driverPort)) {
            // Civil affairs' requester: the directory is its home page (civil affairs is not on foodtrace).
            browser.open(civil, "");
            browser.signIn(servers.token("civil", "requester"), "civil", "requester");
            browser.visible(By.id("find-entry-code"));
            browser.visible(By.id("nav-directory"));
            browser.visible(By.id("nav-chain"));
            browser.absent(By.id("nav-lots"));
            browser.screenshot("d01-directory");
            browser.type(By.id("find-item"), "出生日期");
            browser.driver().findElement(By.id("find-item-submit")).click();
            browser.visible(By.cssSelector("#item-results tr[data-entry='" + entry + "']"));
            browser.type(By.id("find-entry-code"), entry);
            browser.driver().findElement(By.id("find-entry-submit")).click();
            browser.waitForText(By.id("entry-version"), "3");
            assertThat(browser.driver().findElements(By.cssSelector("#entry-versions tbody tr"))).hasSize(3);
            assertThat(browser.driver().findElement(By.id("entry-sharing-type")).getText()).isEqualTo("CONDITIONAL");
            new Select(browser.driver().findElement(By.id("diff-from"))).selectByValue("2");
            browser.driver().findElement(By.id("diff-submit")).click();
            // Version 3 added a data item and changed the description; the state and sharing class stayed.
            browser.waitForText(By.cssSelector("#diff-table tr[data-field='entry.items'] .diff-new"), "出生日期");
            assertThat(browser.driver().findElement(By.cssSelector("#diff-table tr[data-field='entry.description']"
                    + " .diff-old")).getText()).isEqualTo("常住人口基本信息");
            browser.absent(By.cssSelector("#diff-table tr[data-field='entry.sharingType']"));
            browser.absent(By.cssSelector("#diff-table tr[data-field='entry.state']"));
            browser.screenshot("d02-entry-versions-diff");

            browser.type(By.id("request-id"), requestId);
            browser.type(By.id("request-department"), mca);
            browser.driver().findElement(By.cssSelector("label[for='request-item-0']")).click();
            browser.type(By.id("request-purpose"), "婚姻登记身份核验");
            browser.type(By.id("request-legal-basis"), "《婚姻登记条例》第五条");
            browser.screenshot("d03-request-form");
            browser.driver().findElement(By.id("request-submit")).click();
            browser.visible(By.cssSelector("#request-outcome[data-state='SUBMITTED']"));
            browser.screenshot("d04-request-sent");
            browser.assertClean(tokens);
            browser.driver().findElement(By.id("request-sharing-link")).click();
            browser.visible(By.cssSelector("#requests-made tr[data-request='" + requestId + "'][data-state='SUBMITTED']"));
            browser.absent(By.cssSelector("form.decision")); // the requester decides nothing
            browser.assertClean(tokens);
            browser.signOut();

            // Public security's catalog administrator approves it, with a deadline and a reason.
            Awaitility.await(requestId + " at security").atMost(LEDGER).pollInterval(Duration.ofMillis(300))
                    .until(() -> owner.get("/sharing-requests/" + requestId).statusCode() == 200);
            browser.open(security, "");
            browser.signIn(servers.token("security", "cataloger"), "security", "cataloger");
            browser.go("#/departments/" + psb);
            browser.visible(By.cssSelector("tr[data-entry='" + entry + "']"));
            browser.visible(By.id("sharing-link")).click();
            browser.visible(By.cssSelector("#requests-received tr[data-request='" + requestId
                    + "'][data-state='SUBMITTED']"));
            final String until = LocalDate.now().plusDays(90).toString();
            browser.script("document.getElementById(arguments[0]).value = arguments[1]", "approve-until-" + requestId,
                    until);
            browser.type(By.id("approve-note-" + requestId), "同意，限婚姻登记使用");
            browser.screenshot("d05-approve-form");
            browser.driver().findElement(By.cssSelector("#approve-" + requestId + " button[type=submit]")).click();
            browser.visible(By.cssSelector("#requests-received tr[data-request='" + requestId
                    + "'][data-state='APPROVED']"));
            browser.waitForText(By.id("requests-received"), "同意，限婚姻登记使用");
            browser.waitForText(By.cssSelector("#grants-out tr[data-grant='" + requestId + "'] .grant-standing"),
                    "in force");
            browser.absent(By.cssSelector("form.decision"));
            final String approvalTx = browser.visible(By.id("decision-outcome")).getDomAttribute("data-tx");
            assertThat(approvalTx).matches("[0-9a-f]{64}");
            browser.screenshot("d06-approved");
            browser.assertClean(tokens);

            // The chain page: the approval's transaction, committed and VALID; the store's height per channel.
            browser.driver().findElement(By.id("decision-tx")).click();
            browser.waitForText(By.id("tx-validation"), "VALID");
            assertThat(browser.driver().findElement(By.id("tx-state")).getText()).isEqualTo("COMMITTED");
            assertThat(Long.parseLong(browser.driver().findElement(By.id("tx-block")).getText())).isPositive();
            browser.visible(By.cssSelector("#store-heights tr[data-channel='govdir']"));
            browser.waitForText(By.id("chain-status"), "UP");
            browser.screenshot("d07-chain");
            browser.driver().findElement(By.id("language")).click();
            browser.waitForText(By.id("nav-chain"), "区块链");
            browser.waitForText(By.id("tx-validation"), "VALID");
            browser.screenshot("d08-chain-chinese");
            browser.driver().findElement(By.id("language")).click();
            browser.waitForText(By.id("nav-chain"), "Chain");
            browser.assertClean(tokens);

            // Civil affairs uses the data and logs it (through the API); the owner's audit log shows it.
            final JsonNode logged = json(requester.post("/access-logs", "{\"grantId\":\"" + requestId
                    + "\",\"items\":[\"公民身份号码\"],\"purpose\":\"婚姻登记身份核验\"}"), 201);
            final String logId = logged.path("record").path("logId").asText();
            sync(servers, logged);
            browser.go("#/departments/" + psb + "/sharing");
            browser.visible(By.cssSelector("#access-log tr[data-log='" + logId + "']"));
            browser.waitForText(By.id("access-log"), "婚姻登记身份核验");
            browser.screenshot("d09-access-log");
            browser.assertClean(tokens);
            browser.signOut();

            // The requester sees the grant, in force until the deadline; also at a phone's width.
            browser.open(civil, "");
            browser.signIn(servers.token("civil", "requester"), "civil", "requester");
            browser.go("#/departments/" + mca + "/sharing");
            browser.waitForText(By.cssSelector("#grants-in tr[data-grant='" + requestId + "'] .grant-standing"),
                    "in force");
            browser.visible(By.cssSelector("#requests-made tr[data-request='" + requestId
                    + "'][data-state='APPROVED']"));
            browser.visible(By.cssSelector("#access-log tr[data-log='" + logId + "']"));
            browser.screenshot("d10-grant-received");
            browser.assertClean(tokens);
            browser.emulatePhone(390, 844);
            browser.waitForText(By.cssSelector("#grants-in tr[data-grant='" + requestId + "'] .grant-standing"),
                    "in force");
            browser.assertFits();
            browser.screenshot("d11-sharing-phone");
            browser.go("#/entries/" + entry);
            browser.waitForText(By.id("entry-version"), "3");
            browser.assertFits();
            browser.screenshot("d12-entry-phone");
            browser.assertClean(tokens);
            for (final String token : tokens) {
                assertThat(browser.driverLog()).as("the chromedriver's log holds a token").doesNotContain(token)
                        .doesNotContain(token.substring("tct_".length() + 16 + 1));
            }
            System.out.println("console screenshots in " + SCREENSHOTS.toAbsolutePath() + ": "
                    + browser.screenshots());
        }
    }

    /** Department, duty, entry (version 1, a draft), published (2), revised with a third data item (3). */
    private static void publishEntry(final LiveServers servers, final ApiClient owner, final String psb,
            final String entry) {
        json(owner.post("/departments", "{\"code\":\"" + psb + "\",\"name\":\"北京市公安局\"}"), 201);
        json(owner.post("/departments/" + psb + "/duties", "{\"dutyId\":\"D-D" + RUN + "\",\"departmentCode\":\""
                + psb + "\",\"title\":\"户籍管理\",\"legalBasis\":\"《中华人民共和国户口登记条例》\"}"), 201);
        final String items = "{\"name\":\"公民身份号码\",\"type\":\"string\"},{\"name\":\"姓名\",\"type\":\"string\"}";
        json(owner.post("/entries", "{\"code\":\"" + entry + "\",\"departmentCode\":\"" + psb + "\",\"metadata\":"
                + metadata("常住人口基本信息", items) + "}"), 201);
        json(owner.post("/entries/" + entry + "/publication", "{\"code\":\"" + entry
                + "\",\"changeNote\":\"首次发布\",\"expectedVersion\":1}"), 201);
        sync(servers, json(owner.post("/entries/" + entry + "/revisions", "{\"code\":\"" + entry + "\",\"metadata\":"
                + metadata("常住人口基本信息（含出生日期）", items + ",{\"name\":\"出生日期\",\"type\":\"date\"}")
                + ",\"changeNote\":\"增加出生日期\",\"expectedVersion\":2}"), 201));
    }

    private static String metadata(final String description, final String items) {
        return "{\"title\":\"人口基本信息\",\"description\":\"" + description + "\",\"dutyIds\":[\"D-D" + RUN + "\"],"
                + "\"themeCodes\":[\"T-POP\"],\"classificationCode\":\"1-02-001\",\"items\":[" + items + "],"
                + "\"sharingType\":\"CONDITIONAL\",\"sharingConditions\":\"仅用于政务服务中的身份核验\","
                + "\"sharingMethod\":\"API\",\"openAttribute\":\"NOT_OPEN\",\"updateCycle\":\"DAILY\","
                + "\"sourceSystem\":\"人口管理信息系统\"}";
    }

    /** Every govdir organisation's peer has the write's block before another organisation acts on it. */
    private static void sync(final LiveServers servers, final JsonNode write) {
        for (final String org : List.of("regulator", "civil", "security")) {
            servers.awaitStore(org, "govdir", write.path("blockNumber").asLong());
        }
    }

    @AfterAll
    static void no_token_in_any_log_line(final LiveServers servers) {
        LogChecks.assertNoToken(servers);
    }
}
