// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One proposal as a peer hands it to the chaincode: who signed it, its transient map and its raw arguments
 * (element 0 is the function name; the list may be empty).
 *
 * @param caller the signing identity
 * @param transientData transient map
 * @param args raw argument bytes, possibly not UTF-8
 * @param description what was done to make it hostile, for failure reports
 * @param expectedCode the one code the damage must be refused with, or null when several fit
 */
public record Proposal(TestIdentity caller, Map<String, byte[]> transientData, List<byte[]> args, String description,
        String expectedCode) {

    public Proposal {
        transientData = Map.copyOf(transientData);
        args = args.stream().map(byte[]::clone).toList();
    }

    public Proposal(final TestIdentity caller, final Map<String, byte[]> transientData, final List<byte[]> args,
            final String description) {
        this(caller, transientData, args, description, null);
    }

    /** The same proposal, which must be refused with {@code code}. */
    public Proposal expecting(final String code) {
        return new Proposal(caller, transientData, args, description, code);
    }

    @Override
    public String toString() {
        return description + " " + args.stream().map(Proposal::abbreviate).collect(Collectors.joining(" | ", "[", "]"))
                + (transientData.isEmpty() ? "" : " transient " + transientData.keySet());
    }

    private static String abbreviate(final byte[] arg) {
        final String text = new String(arg, StandardCharsets.UTF_8);
        return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + arg.length + " bytes)";
    }
}
