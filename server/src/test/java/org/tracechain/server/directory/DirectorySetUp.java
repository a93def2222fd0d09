// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import org.tracechain.client.directory.GovDirectory;

/** Set-up through the SDK as the acting users (the HTTP paths under test are exercised by the tests themselves). */
final class DirectorySetUp {

    private DirectorySetUp() {}

    /** Three departments, two duties, and SAMR-001 (unconditional), SAMR-002 (conditional), PSB-001 (not shared). */
    static void catalog(final DirectoryServer server) throws Exception {
        final GovDirectory market = server.directory().user("market-admin").directory();
        final GovDirectory civil = server.directory().user("civil-admin").directory();
        final GovDirectory police = server.directory().user("police-admin").directory();
        market.registerDepartment(Beijing.market());
        civil.registerDepartment(Beijing.civil());
        police.registerDepartment(Beijing.police());
        market.registerDuty(Beijing.marketDuty());
        police.registerDuty(Beijing.policeDuty());
        market.createEntry(Beijing.entry("SAMR-001", Beijing.MARKET, Beijing.registrations()));
        market.publishEntry(Beijing.publication("SAMR-001"));
        market.createEntry(Beijing.entry("SAMR-002", Beijing.MARKET, Beijing.penalties()));
        market.publishEntry(Beijing.publication("SAMR-002"));
        police.createEntry(Beijing.entry("PSB-001", Beijing.POLICE, Beijing.population()));
        police.publishEntry(Beijing.publication("PSB-001"));
    }
}
