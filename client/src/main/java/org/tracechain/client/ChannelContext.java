// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.List;

/**
 * Who calls which channel, for error messages: the channel, the calling identity's MSP id, and the channels the
 * gateway peer has joined according to its profile (empty when the client was given a connection without a
 * profile, so membership is unknown locally).
 */
record ChannelContext(String channel, String mspId, List<String> gatewayChannels) {
    ChannelContext {
        gatewayChannels = List.copyOf(gatewayChannels);
    }

    /** True only when the profile is known and does not list the channel. */
    boolean gatewayProfileExcludesChannel() {
        return !gatewayChannels.isEmpty() && !gatewayChannels.contains(channel);
    }
}
