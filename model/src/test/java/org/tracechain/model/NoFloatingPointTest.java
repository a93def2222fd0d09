// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Amounts are decimals: no record of the shared model has a float or double component. */
class NoFloatingPointTest {

    @Test
    void no_model_record_holds_a_float_or_a_double() throws IOException, ClassNotFoundException {
        final Path classes = Path.of("target", "classes");
        final List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.map(classes::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .toList();
        }
        int records = 0;
        for (final String name : names) {
            final Class<?> type = Class.forName(name);
            if (!type.isRecord()) {
                continue;
            }
            records++;
            for (final RecordComponent component : type.getRecordComponents()) {
                final Class<?> t = component.getType();
                assertThat(t == float.class || t == double.class || t == Float.class || t == Double.class)
                        .as("%s.%s is %s", type.getSimpleName(), component.getName(), t).isFalse();
            }
        }
        assertThat(records).isGreaterThan(50);
    }
}
