// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A call that succeeds on a prepared ledger, from which hostile variants are derived: whatever the variant
 * changes is then the reason it is refused.
 *
 * @param caller an identity allowed to make the call
 * @param function the transaction name
 * @param args its arguments, valid
 * @param transientData a valid transient map
 * @param requiredFields top-level fields of the JSON argument that may not be left out
 * @param references top-level fields (or {@code #n} for identifier argument n) naming ledger records that must
 *     exist: an unknown id there is refused
 * @param noRoleCaller an identity of the caller's organisation whose missing role is refused, or null when the
 *     transaction needs no role
 */
public record CallTemplate(TestIdentity caller, String function, List<String> args, Map<String, byte[]> transientData,
        List<String> requiredFields, List<String> references, TestIdentity noRoleCaller) {

    public CallTemplate {
        args = List.copyOf(args);
        transientData = Map.copyOf(transientData);
        requiredFields = List.copyOf(requiredFields);
        references = List.copyOf(references);
    }

    /** A call with one JSON argument ({@code '} stands for {@code "}). */
    public static CallTemplate json(final TestIdentity caller, final String function, final String json,
            final List<String> requiredFields, final List<String> references, final TestIdentity noRoleCaller) {
        return new CallTemplate(caller, function, List.of(json.replace('\'', '"')), Map.of(), requiredFields,
                references, noRoleCaller);
    }

    /** A call with plain identifier arguments (or none). */
    public static CallTemplate ids(final TestIdentity caller, final String function, final List<String> references,
            final String... ids) {
        return new CallTemplate(caller, function, List.of(ids), Map.of(), List.of(), references, null);
    }

    /** The same call with a transient map. */
    public CallTemplate withTransient(final Map<String, byte[]> data) {
        return new CallTemplate(caller, function, args, data, requiredFields, references, noRoleCaller);
    }

    /** The valid call as a proposal. */
    public Proposal proposal() {
        final List<byte[]> raw = new ArrayList<>();
        raw.add(function.getBytes(StandardCharsets.UTF_8));
        args.forEach(a -> raw.add(a.getBytes(StandardCharsets.UTF_8)));
        return new Proposal(caller, transientData, raw, "valid " + function);
    }

    /** Whether the (single) argument is a JSON object. */
    public boolean hasJsonArgument() {
        return args.size() == 1 && args.get(0).startsWith("{");
    }

    @Override
    public String toString() {
        return function;
    }
}
