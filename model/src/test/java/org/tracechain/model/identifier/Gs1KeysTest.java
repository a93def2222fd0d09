// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Check digits and character sets against keys GS1 publishes: the check-digit example of the General
 * Specifications (GTIN-13 6291041500213, SSCC 376104250021234569), the GS1 Digital Link standard's example
 * GTIN 09506000134352, and the EPC Tag Data Standard's example company prefixes 0614141 and 4012345 as the
 * CBV 2.0 event-hash examples convert them (SGTIN 0614141.011111 → GTIN 00614141111114, SGLN 4012345.00011 →
 * GLN 4012345000115, PGLN 4012345.00000 → 4012345000009, SSCC 4012345.0000000111 → 040123450000001112).
 */
class Gs1KeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"6291041500213", "09506000134352", "00614141111114", "04012345111118", "036000291452",
            "4006381333931", "06901234567892", "96385074"})
    void published_gtins_are_valid(final String gtin) {
        assertThat(Gs1Keys.gtinProblem(gtin)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"6291041500214,check digit 4; GS1 mod-10 gives 3", "09506000134353,check digit 3; GS1 mod-10 gives 2",
        "0950600013435,check digit 5; GS1 mod-10 gives 9", "629104150021,check digit 1", "95010138,check digit 8",
        "629104150021X,position 13 is not a digit", "6291041500,not 10 characters",
        "062910415002130,not 15 characters", "'6291041500213 ',position 14 is not a digit"})
    void wrong_check_digits_lengths_and_characters_are_named(final String gtin, final String problem) {
        assertThat(Gs1Keys.gtinProblem(gtin)).hasValueSatisfying(p -> assertThat(p).contains(problem));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4012345000115", "4012345000009", "0614141000005", "4012345000054", "9506000134352"})
    void published_glns_are_valid(final String gln) {
        assertThat(Gs1Keys.glnProblem(gln)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6901234000017", "4012345000116", "401234500011", "40123450001150", "40123450001A5"})
    void glns_with_a_wrong_check_digit_length_or_character_are_refused(final String gln) {
        assertThat(Gs1Keys.glnProblem(gln)).isPresent();
    }

    @Test
    void sscc_check_digits() {
        assertThat(Gs1Keys.ssccProblem("376104250021234569")).isEmpty();
        assertThat(Gs1Keys.ssccProblem("040123450000001112")).isEmpty();
        assertThat(Gs1Keys.ssccProblem("376104250021234568")).hasValueSatisfying(p -> assertThat(p).contains("gives 9"));
        assertThat(Gs1Keys.ssccProblem("37610425002123456")).isPresent();
    }

    @Test
    void check_digit_of_the_general_specifications_example() {
        assertThat(Gs1Keys.checkDigit("629104150021")).isEqualTo(3);
        assertThat(Gs1Keys.checkDigit("37610425002123456")).isEqualTo(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "GZ-F1-001", "a", "2026!\"%&'()*+,-./", ":;<=>?_z", "12345678901234567890"})
    void ai_values_in_character_set_82_up_to_20_characters_are_valid(final String value) {
        assertThat(Gs1Keys.aiValueProblem("batch/lot (AI 10)", value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"123456789012345678901|21 characters", "GZ F1|position 3 (U+0020)",
        "菜心|position 1 (U+83DC)", "L#1|position 2 (U+0023)", "L~1|(U+007E)", "L@1|(U+0040)", "|is empty"})
    void ai_values_outside_character_set_82_or_too_long_are_named(final String value, final String problem) {
        assertThat(Gs1Keys.aiValueProblem("batch/lot (AI 10)", value == null ? "" : value))
                .hasValueSatisfying(p -> assertThat(p).contains(problem));
    }

    @Test
    void gtins_pad_to_fourteen_digits_for_ai_01() {
        assertThat(Gs1Keys.gtin14("6291041500213")).isEqualTo("06291041500213");
        assertThat(Gs1Keys.gtin14("96385074")).isEqualTo("00000096385074");
        assertThat(Gs1Keys.gtin14("09506000134352")).isEqualTo("09506000134352");
    }

    @Test
    void digital_links_follow_the_gs1_digital_link_standard() {
        assertThat(Gs1DigitalLink.lgtin("09506000134352", "ABC")).isEqualTo("https://id.gs1.org/01/09506000134352/10/ABC");
        assertThat(Gs1DigitalLink.lgtin("6291041500213", "A/B 1")).isEqualTo(
                "https://id.gs1.org/01/06291041500213/10/A%2FB%201");
        assertThat(Gs1DigitalLink.sgtin("00614141111114", "987")).isEqualTo("https://id.gs1.org/01/00614141111114/21/987");
        assertThat(Gs1DigitalLink.location("4012345000115", "987")).isEqualTo("https://id.gs1.org/414/4012345000115/254/987");
        assertThat(Gs1DigitalLink.location("4012345000115", null)).isEqualTo("https://id.gs1.org/414/4012345000115");
        assertThat(Gs1DigitalLink.party("4012345000009")).isEqualTo("https://id.gs1.org/417/4012345000009");
        assertThat(Gs1DigitalLink.sscc("040123450000001112")).isEqualTo("https://id.gs1.org/00/040123450000001112");
    }
}
