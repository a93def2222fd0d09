// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * The what of a TRANSFORM event.
 *
 * @param kind process, merge or split
 * @param inputs amounts consumed from each input lot
 * @param outputs amounts of each new output lot
 */
public record Transformation(TransformKind kind, List<LotQuantity> inputs, List<LotQuantity> outputs) {
    public Transformation {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
