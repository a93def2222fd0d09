// SPDX-License-Identifier: Apache-2.0
/** DCAT-AP 3 JSON-LD export of the published government data directory. */
package org.tracechain.client.directory.dcat;
