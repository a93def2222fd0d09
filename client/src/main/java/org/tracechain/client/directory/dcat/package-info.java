// SPDX-License-Identifier: Apache-2.0
/** DCAT-AP 3.0.1 export (JSON-LD or Turtle, built with Jena) of the published government data directory. */
package org.tracechain.client.directory.dcat;
