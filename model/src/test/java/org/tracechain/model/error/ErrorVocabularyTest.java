// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.food.FoodError;

/** One vocabulary: every wire code exists once, in one enum, and is documented in the README. */
class ErrorVocabularyTest {

    static List<ErrorCode> all() {
        final List<ErrorCode> codes = new ArrayList<>();
        Stream.of(CommonError.values(), FoodError.values(), DirectoryError.values(), ApiError.values()).forEach(v -> codes.addAll(List.of(v)));
        return codes;
    }

    @Test
    void every_code_name_is_unique_across_the_vocabulary() {
        final Set<String> seen = new HashSet<>();
        for (final ErrorCode code : all()) {
            assertThat(seen.add(code.name())).as("%s appears twice", code.name()).isTrue();
            assertThat(code.name()).matches("[A-Z][A-Z0-9_]{1,63}");
        }
    }

    @Test
    void every_code_is_documented_in_the_readme_error_codes_section() throws IOException {
        final Path readme = Path.of("..", "README.md");
        final String text = Files.readString(readme);
        final int start = text.indexOf("\n## Error codes");
        assertThat(start).as("README has an 'Error codes' section").isPositive();
        final int end = text.indexOf("\n## ", start + 1);
        final String section = end < 0 ? text.substring(start) : text.substring(start, end);
        for (final ErrorCode code : all()) {
            assertThat(section).as("README documents %s", code.name()).contains("| `" + code.name() + "` |");
        }
    }
}
