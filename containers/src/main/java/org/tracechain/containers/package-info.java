// SPDX-License-Identifier: Apache-2.0
/**
 * The tracechain network in Docker, with Testcontainers: {@link org.tracechain.containers.FabricContainerNetwork}
 * starts the same topology as the native launcher, one container per orderer, peer and chaincode server on one
 * Docker network, and writes wallets and gateway profiles for clients on the host.
 */
package org.tracechain.containers;
