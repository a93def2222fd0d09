// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.validation.Fields;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.PostalAddress;
import org.tracechain.model.food.ReferenceDocument;
import org.tracechain.model.identifier.Gs1Keys;
import org.tracechain.model.identifier.UnifiedSocialCreditCode;

/**
 * Validation of identifiers and master-data fields: GS1 keys and AI values ({@code INVALID_GS1_KEY},
 * {@code INVALID_GS1_AI_VALUE}), unified social credit codes ({@code INVALID_USCC}), addresses, phone numbers,
 * UTC offsets and reference documents. Values are returned exactly as sent or refused; nothing is padded,
 * trimmed or case-folded.
 */
final class IdentifierInput {

    static final int REFERENCES_MAX = 20;
    static final int REFERENCE_NUMBER_MAX = 256;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    /** Digits, spaces and the usual phone punctuation, starting with + or a digit. */
    private static final Pattern PHONE = Pattern.compile("[+0-9][0-9 ()./-]{2,39}");
    private static final Pattern UTC_OFFSET = Pattern.compile("[+-](0\\d|1[0-3]):[0-5]\\d|[+-]14:00");

    private IdentifierInput() {}

    /** A GTIN (8, 12, 13 or 14 digits with a valid check digit), or absent. */
    static String optionalGtin(final String field, final String value) {
        return value == null ? null : gs1Key(field, value, Gs1Keys.gtinProblem(value));
    }

    /** A GLN or party GLN (13 digits with a valid check digit), or absent. */
    static String optionalGln(final String field, final String value) {
        return value == null ? null : gs1Key(field, value, Gs1Keys.glnProblem(value));
    }

    /** An SSCC (18 digits with a valid check digit). */
    static String sscc(final String field, final String value) {
        return gs1Key(field, value, Gs1Keys.ssccProblem(value));
    }

    /** An alphanumeric AI value (batch/lot, serial, GLN extension): 1-20 characters of GS1 character set 82. */
    static String aiValue(final String field, final String ai, final String value) {
        final Optional<String> problem = Gs1Keys.aiValueProblem(field + " (" + ai + ")", value);
        if (problem.isPresent()) {
            throw Refusal.of(FoodError.INVALID_GS1_AI_VALUE, "%s", problem.get());
        }
        return value;
    }

    /** A unified social credit code with a valid GB 32100-2015 check character, or absent. */
    static String optionalUscc(final String field, final String value) {
        if (value == null) {
            return null;
        }
        final Optional<String> problem = UnifiedSocialCreditCode.problem(value);
        if (problem.isPresent()) {
            throw Refusal.of(FoodError.INVALID_USCC, "%s: %s", field, problem.get());
        }
        return value;
    }

    /** A phone number: + or a digit, then digits, spaces and {@code ( ) . / -}, 3-40 characters. */
    static String phone(final String field, final String value) {
        FoodInput.text(field, value, FoodInput.NAME_MAX);
        if (!PHONE.matcher(value).matches()) {
            throw Fields.invalid("%s must be a phone number: + or a digit, then digits, spaces and ( ) . / -", field);
        }
        return value;
    }

    /** An offset from UTC as {@code ±hh:mm} between -14:00 and +14:00 (EPCIS eventTimeZoneOffset), or absent. */
    static String optionalUtcOffset(final String field, final String value) {
        if (value != null && !UTC_OFFSET.matcher(value).matches()) {
            throw Fields.invalid("%s must be an offset such as +08:00 (between -14:00 and +14:00)", field);
        }
        return value;
    }

    /** A postal address: street, city and country required. */
    static PostalAddress address(final String field, final PostalAddress value) {
        FoodInput.required(field, value);
        return optionalAddress(field, value);
    }

    static PostalAddress optionalAddress(final String field, final PostalAddress value) {
        if (value == null) {
            return null;
        }
        final String country = value.countryCode();
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw Fields.invalid("%s.countryCode must be an ISO 3166-1 alpha-2 code in upper case, e.g. CN", field);
        }
        return new PostalAddress(FoodInput.text(field + ".street", value.street(), FoodInput.NAME_MAX),
                FoodInput.text(field + ".city", value.city(), FoodInput.NAME_MAX),
                FoodInput.optionalText(field + ".region", value.region(), FoodInput.NAME_MAX),
                FoodInput.optionalText(field + ".postalCode", value.postalCode(), 32), country);
    }

    /** Reference documents: a CBV business transaction type and a number; at most 20, no pair twice. */
    static List<ReferenceDocument> references(final String field, final List<ReferenceDocument> values) {
        final List<ReferenceDocument> raw = FoodInput.list(field, values, REFERENCES_MAX);
        final List<ReferenceDocument> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            final ReferenceDocument reference = raw.get(i);
            final String type = reference.type();
            if (type == null || !ReferenceDocument.TYPES.contains(type)) {
                throw Fields.invalid("%s[%d].type must be a CBV business transaction type: %s", field, i,
                        String.join(", ", ReferenceDocument.TYPES));
            }
            final String number = FoodInput.text(field + "[" + i + "].number", reference.number(),
                    REFERENCE_NUMBER_MAX);
            if (number.chars().anyMatch(Character::isWhitespace)) {
                throw Fields.invalid("%s[%d].number must not contain white space", field, i);
            }
            final ReferenceDocument checked = new ReferenceDocument(type, number);
            if (out.contains(checked)) {
                throw Refusal.of(CommonError.DUPLICATE_VALUE, "%s lists %s %s twice", field, type, number);
            }
            out.add(checked);
        }
        return out.isEmpty() ? null : List.copyOf(out);
    }

    private static String gs1Key(final String field, final String value, final Optional<String> problem) {
        if (problem.isPresent()) {
            throw Refusal.of(FoodError.INVALID_GS1_KEY, "%s: %s", field, problem.get());
        }
        return value;
    }
}
