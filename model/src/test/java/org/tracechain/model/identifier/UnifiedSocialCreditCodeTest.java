// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB 32100-2015 check characters against codes companies publish on their business licences and websites
 * (Huawei Technologies 914403001922038216, Tencent Technology (Shenzhen) 9144030071526726XG, Alibaba (China)
 * 91330100799655058B, Sinopec 91110000802100433B, SAIC Motor 91310000717854505W, and the Fuzhou example
 * 91350100M000100Y43 with letters in the organisation code).
 */
class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "9144030071526726XG", "91330100799655058B", "91110000802100433B",
            "91310000717854505W", "91350100M000100Y43"})
    void published_codes_are_valid(final String code) {
        assertThat(UnifiedSocialCreditCode.problem(code)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"914403001922038217,check character 7; GB 32100-2015 gives 6",
        "9144030071526726XH,check character H; GB 32100-2015 gives G",
        "91440300192203821,not 17", "9144030019220382166,not 19",
        "914403001922038I16,position 16", "914403001922038O16,position 16", "9144030019220382S6,position 17",
        "91440300192203821v,position 18", "91A40300192203821,not 17", "91A403001922038216,position 3 is not a digit"})
    void wrong_check_characters_lengths_and_alphabet_are_named(final String code, final String problem) {
        assertThat(UnifiedSocialCreditCode.problem(code)).hasValueSatisfying(p -> assertThat(p).contains(problem));
    }

    @Test
    void every_single_character_substitution_of_a_valid_code_is_caught() {
        final String valid = "91350100M000100Y43";
        for (int position = 0; position < valid.length(); position++) {
            for (final char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
                if (c == valid.charAt(position) || (position >= 2 && position < 8 && !Character.isDigit(c))) {
                    continue;
                }
                final String changed = valid.substring(0, position) + c + valid.substring(position + 1);
                assertThat(UnifiedSocialCreditCode.problem(changed)).as(changed).isPresent();
            }
        }
    }
}
