// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.util.regex.Pattern;

/** Name rules: everything here becomes a directory name and part of a certificate subject. */
final class Names {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Names() {}

    static boolean isDnsLabel(final String value) {
        return DNS_LABEL.matcher(value).matches();
    }

    static boolean isDomain(final String value) {
        if (value.length() > 253) {
            return false;
        }
        for (String label : value.split("\\.", -1)) {
            if (!isDnsLabel(label)) {
                return false;
            }
        }
        return true;
    }

    static boolean isUserName(final String value) {
        return USER.matcher(value).matches() && !value.contains("..");
    }
}
