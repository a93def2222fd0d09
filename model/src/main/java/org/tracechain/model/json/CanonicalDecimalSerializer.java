// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * A decimal by value, without trailing zeros ({@code 120.50} is {@code 120.5}, {@code 0.00} is {@code 0}), as
 * Jackson's tree step writes it; the generator's plain notation then writes {@code 1E+2} as {@code 100}.
 */
final class CanonicalDecimalSerializer extends StdSerializer<BigDecimal> {

    private static final long serialVersionUID = 1L;

    CanonicalDecimalSerializer() {
        super(BigDecimal.class);
    }

    @Override
    public void serialize(final BigDecimal value, final JsonGenerator generator, final SerializerProvider provider)
            throws IOException {
        generator.writeNumber(value.stripTrailingZeros());
    }
}
