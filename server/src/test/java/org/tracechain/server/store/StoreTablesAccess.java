// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** {@link StoreTables} for tests in other packages (the live ITs). */
public final class StoreTablesAccess {

    private StoreTablesAccess() {}

    public static Map<String, List<String>> dump(final DataSource dataSource) throws SQLException {
        return StoreTables.dump(dataSource);
    }
}
