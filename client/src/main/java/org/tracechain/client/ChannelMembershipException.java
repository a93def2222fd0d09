// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.List;

/**
 * The identity's organisation is not a member of the channel it called, so no peer will run the transaction for
 * it. Fabric's gateway reports this in ways that look like outages (an {@code UNAVAILABLE} "failed to get config
 * for channel" from a peer that has not joined the channel) or like generic access errors ("creator org unknown"
 * from a member's peer); this exception says what it is. Retrying does not help; use an identity of a member
 * organisation. It is a {@link TransactionRefusedException} (the peers refused the proposal; nothing was written)
 * whose {@link #chaincodeMessage()} is the peer's own wording.
 *
 * <pre>{@code
 * } catch (ChannelMembershipException e) {
 *     e.getMessage();   // "organisation CivilAffairsMSP is not a member of channel foodtrace (...)"
 *     e.mspId();        // "CivilAffairsMSP"
 *     e.channel();      // "foodtrace"
 * }
 * }</pre>
 */
public class ChannelMembershipException extends TransactionRefusedException {

    private static final long serialVersionUID = 1L;

    private final String channel;
    private final String mspId;

    ChannelMembershipException(final String channel, final String mspId, final String evidence,
            final String transactionId, final String peerMessage, final List<String> details, final Throwable cause) {
        super("organisation " + mspId + " is not a member of channel " + channel + " (" + evidence + ")",
                transactionId, null, peerMessage, details, cause);
        this.channel = channel;
        this.mspId = mspId;
    }

    /** The channel that was called. */
    public String channel() {
        return channel;
    }

    /** The MSP id of the calling identity. */
    public String mspId() {
        return mspId;
    }
}
