// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.ledger;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hyperledger.fabric.shim.ext.sbe.StateBasedEndorsement;
import org.hyperledger.fabric.shim.ext.sbe.impl.StateBasedEndorsementFactory;

/**
 * Key-level endorsement policies ("a peer of each of these organisations"), serialised once per set of
 * organisations. Building one through the shim's {@code StateBasedEndorsement} (a protobuf round trip, principals
 * sorted) cost about 3 % of a chaincode server's CPU under RegisterLot load, for the same few bytes every time.
 * The bytes depend only on the set (the shim sorts the organisations), so a cached copy is what it would build.
 */
final class EndorsementPolicies {

    /** Organisation sets seldom number more than the channel's organisations; past this, the cache starts again. */
    private static final int MAX_CACHED = 256;

    private static final Map<List<String>, byte[]> POLICIES = new ConcurrentHashMap<>();

    private EndorsementPolicies() {}

    /** The serialised policy requiring a peer of each of {@code mspIds} (a fresh array the caller may keep). */
    static byte[] peersOf(final String... mspIds) {
        final List<String> organisations = List.copyOf(new TreeSet<>(List.of(mspIds)));
        byte[] policy = POLICIES.get(organisations);
        if (policy == null) {
            policy = build(organisations);
            if (POLICIES.size() >= MAX_CACHED) {
                POLICIES.clear();
            }
            POLICIES.putIfAbsent(organisations, policy);
        }
        return policy.clone();
    }

    /** What the shim builds for {@code mspIds}, uncached. */
    static byte[] build(final List<String> mspIds) {
        final StateBasedEndorsement policy = StateBasedEndorsementFactory.getInstance().newStateBasedEndorsement(null);
        policy.addOrgs(StateBasedEndorsement.RoleType.RoleTypePeer, mspIds.toArray(String[]::new));
        return policy.policy();
    }
}
