// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * Input of {@code Configure}.
 *
 * @param authorityMspIds organisations whose {@code regulator} role is honoured (1-20)
 */
public record ConfigurationRequest(List<String> authorityMspIds) {}
