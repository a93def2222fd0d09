// SPDX-License-Identifier: Apache-2.0
/**
 * The government directory over HTTP ({@link org.tracechain.server.directory.DirectoryRoutes}): departments,
 * duties, versioned catalog entries with their data items, sharing requests and their decisions, grants, the
 * access audit log, and the published catalog as DCAT-AP 3.0.1. Every call goes through the SDK's
 * {@link org.tracechain.client.directory.GovDirectory} signed as the request's caller, so the govdir chaincode
 * decides who may do what; this package only reads and checks HTTP input and writes the answers.
 */
package org.tracechain.server.directory;
