// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.server.http.ApiProblem;
import org.tracechain.server.store.UnavailableQueryStore;

/** A query-store question about a channel the organisation has not joined is refused, not answered empty. */
class ServerLedgerAccessTest {

    @TempDir
    Path home;

    private ServerLedgerAccess access(final List<String> channels) {
        return new ServerLedgerAccess(new IdentitySessions(home, "civil", identity -> {
            throw new AssertionError("no ledger client is opened to check a channel");
        }), UnavailableQueryStore.INSTANCE, "CivilAffairsMSP", channels);
    }

    @Test
    void a_channel_the_organisation_has_not_joined_is_403_not_a_channel_member() {
        final ApiProblem refused = catchThrowableOfType(ApiProblem.class,
                () -> access(List.of("govdir")).requireChannel("foodtrace"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("NOT_A_CHANNEL_MEMBER");
        assertThat(refused.getMessage()).contains("CivilAffairsMSP").contains("foodtrace");
    }

    @Test
    void a_joined_channel_and_a_profile_without_channels_pass() {
        assertThatCode(() -> access(List.of("govdir")).requireChannel("govdir")).doesNotThrowAnyException();
        assertThatCode(() -> access(List.of()).requireChannel("foodtrace")).doesNotThrowAnyException();
    }
}
