// SPDX-License-Identifier: Apache-2.0
/**
 * Typed client of the government data directory (govdir chaincode): {@link org.tracechain.client.directory.GovDirectory}
 * with one method per transaction, and {@link org.tracechain.client.directory.DirectoryFollower} for the catalog
 * changes a department depends on.
 */
package org.tracechain.client.directory;
