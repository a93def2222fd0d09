// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.util.List;

/**
 * CBV business steps and dispositions in one spelling for matching: EPCIS 2.0 allows the bare word
 * ({@code shipping}), the GS1 Web URI ({@code https://ref.gs1.org/cbv/BizStep-shipping}) and the EPCIS 1.x URN
 * ({@code urn:epcglobal:cbv:bizstep:shipping}) for the same standard value. Values that are not standard (a
 * company's own URI) are kept as they are.
 */
final class Vocabulary {

    private static final List<String> BIZ_STEP_PREFIXES = List.of("https://ref.gs1.org/cbv/BizStep-",
            "urn:epcglobal:cbv:bizstep:");
    private static final List<String> DISPOSITION_PREFIXES = List.of("https://ref.gs1.org/cbv/Disp-",
            "urn:epcglobal:cbv:disp:");

    private Vocabulary() {}

    static String bizStep(final String value) {
        return bare(value, BIZ_STEP_PREFIXES);
    }

    static String disposition(final String value) {
        return bare(value, DISPOSITION_PREFIXES);
    }

    private static String bare(final String value, final List<String> prefixes) {
        if (value == null) {
            return null;
        }
        for (final String prefix : prefixes) {
            if (value.startsWith(prefix) && value.length() > prefix.length()) {
                return value.substring(prefix.length());
            }
        }
        return value;
    }
}
