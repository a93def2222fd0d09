// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * Input of {@code Configure}.
 *
 * @param authorityMspIds organisations whose {@code regulator} role is honoured (1-20), all channel members
 * @param memberMspIds the channel's member organisations (1-64): the only organisations a lot can be shipped to.
 *     The chaincode cannot read the channel configuration, so the deployer passes it here (tracechain's network
 *     derives it from the topology's channel membership).
 */
public record ConfigurationRequest(List<String> authorityMspIds, List<String> memberMspIds) {}
