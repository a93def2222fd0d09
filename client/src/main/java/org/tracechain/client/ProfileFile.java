// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.List;

/** The shape of {@code gateways/<org>.json}. */
record ProfileFile(String organization, String mspId, String peerEndpoint, String peerHostOverride,
        String tlsRootCertificate, List<String> channels) {}
