// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.List;

/** The shape of {@code wallet/<org>/<user>/identity.json}; certificate and key are file names in that directory. */
record IdentityFile(String organization, String user, String mspId, List<String> roles, String certificate,
        String privateKey) {}
