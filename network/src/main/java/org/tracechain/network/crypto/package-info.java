// SPDX-License-Identifier: Apache-2.0
/**
 * Fabric crypto material generated in Java (BouncyCastle), replacing {@code cryptogen}.
 *
 * <pre>{@code
 * OrgCrypto farm = new OrgCrypto("Farm", "FarmMSP", "farm.tracechain.test", false,
 *         List.of(new NodeIdentity("peer0")),
 *         List.of(UserIdentity.admin("Admin"), UserIdentity.client("farmer", Map.of("role", "producer"))));
 * OrgMaterial m = CryptoGenerator.generate(networkDir.resolve("crypto"), farm);
 * m.orgMspDir();        // configtx.yaml MSPDir
 * m.nodeMspDir("peer0"); m.nodeTlsDir("peer0");          // CORE_PEER_MSPCONFIGPATH, CORE_PEER_TLS_*
 * m.userCert("farmer"); m.userKey("farmer"); m.tlsCaCert(); // Gateway client identity, signer, TLS root
 * }</pre>
 *
 * <p>{@link org.tracechain.network.crypto.CryptoGenerator#generate} is idempotent: existing material is
 * verified and reused, never regenerated; see {@link org.tracechain.network.crypto.OrgMaterial} for the layout.
 */
package org.tracechain.network.crypto;
