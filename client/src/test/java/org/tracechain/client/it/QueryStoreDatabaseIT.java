// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.postgres.ConnectionInfo;
import org.tracechain.network.topology.PortPlan;

/**
 * The network's PostgreSQL (the HTTP servers' query store) is where the home says, for the role it names, with the
 * password in its owner-only file: a native network's own server, or the container network's
 * {@code PostgreSQLContainer}. It keeps decimals and Unicode text exactly.
 */
@ExtendWith(LiveNetworkExtension.class)
class QueryStoreDatabaseIT {

    @Test
    void the_recorded_database_takes_the_recorded_credentials_and_keeps_values_exactly(final FabricNetwork network)
            throws Exception {
        final ConnectionInfo info = ConnectionInfo.read(ConnectionInfo.file(network.home())).orElseThrow();

        assertThat(info.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + new PortPlan(network.topology()).postgres()
                + "/" + ConnectionInfo.DATABASE);
        try (Connection db = DriverManager.getConnection(info.jdbcUrl(), info.user(), info.password());
                Statement statement = db.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SHOW server_encoding")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("UTF8");
            }
            statement.execute("CREATE TEMPORARY TABLE exact (amount numeric, name text)");
            final BigDecimal amount = new BigDecimal("12345678901234567890.123456789");
            final String name = "空心菜 é 😀";
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO exact VALUES (?, ?)")) {
                insert.setBigDecimal(1, amount);
                insert.setString(2, name);
                insert.executeUpdate();
            }
            try (ResultSet rs = statement.executeQuery("SELECT amount, name FROM exact")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBigDecimal(1)).isEqualTo(amount);
                assertThat(rs.getString(2)).isEqualTo(name);
            }
        }
    }
}
