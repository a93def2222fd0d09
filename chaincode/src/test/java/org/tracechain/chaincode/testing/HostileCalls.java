// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tracechain.model.transaction.TransactionTable;

/**
 * Makes hostile proposals from valid {@link CallTemplate}s: each {@link Mutation} damages the call in one way
 * that no chaincode may accept. Randomness comes from a seeded {@link Random}, so a failing case is reproducible
 * from its jqwik seed.
 */
public final class HostileCalls {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A plain mapper: writes what it is given (duplicate keys included), in insertion order. */
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String LONE = "@@LONE@@";
    private static final List<String> LONE_ESCAPES = List.of("\\ud800", "\\udfff", "\\ud83d", "\\ude00",
            "\\ud83d\\u0041", "\\udbff\\udbff");
    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xE4, (byte) 0xB8});
    private static final List<String> HUGE_NUMBERS = List.of("1e999999999", "-1e-999999", "1e400",
            "123456789012345678901234567890", "0.0000001", "-99999999999999999999.5", "1e19");
    private static final List<String> TRAILING = List.of("}", "x", " {}", ",", "[]", "\"\"", " 0", "{\"a\":1}");

    private HostileCalls() {}

    /** The hostile variant of {@code template} made by {@code mutation}. */
    public static Proposal mutate(final CallTemplate template, final Mutation mutation, final Random random,
            final TransactionTable table) {
        final Proposal proposal = damage(template, mutation, random, table);
        if (proposal.expectedCode() != null) {
            return proposal;
        }
        // The codes these kinds of damage must get, whatever the transaction (fallbacks set their own).
        return switch (mutation) {
            case NO_ARGUMENTS, UNEXPECTED_TRANSIENT -> proposal.expecting("WRONG_ARGUMENTS");
            case MISSING_ARGUMENT, EXTRA_ARGUMENTS -> proposal.description().contains("argument")
                    ? proposal.expecting("WRONG_ARGUMENTS") : proposal;
            case UNKNOWN_FUNCTION -> proposal.description().startsWith("unknown function")
                    ? proposal.expecting("UNKNOWN_TRANSACTION") : proposal;
            case INVALID_UTF8 -> proposal.expecting("INVALID_ENCODING");
            case DUPLICATE_KEY, UNKNOWN_FIELD, WRONG_TYPE, DEEP_NESTING, TRUNCATED, TRAILING_GARBAGE ->
                    proposal.description().equals(mutation.name().toLowerCase(java.util.Locale.ROOT))
                            ? proposal.expecting("MALFORMED_JSON") : proposal;
            case LONE_SURROGATE -> proposal.description().equals("lone_surrogate")
                    ? proposal.expecting("INVALID_ENCODING") : proposal;
            case OVERSIZED_ARGUMENT -> proposal.description().equals("oversized_argument")
                    ? proposal.expecting("INPUT_TOO_LARGE") : proposal;
            default -> proposal;
        };
    }

    private static Proposal damage(final CallTemplate template, final Mutation mutation, final Random random,
            final TransactionTable table) {
        return switch (mutation) {
            case NO_ARGUMENTS -> new Proposal(template.caller(), template.transientData(), List.of(), "no arguments");
            case MISSING_ARGUMENT -> template.args().isEmpty() ? extraArguments(template, random)
                    : withArgs(template, dropOne(template.args(), random), "missing argument");
            case EXTRA_ARGUMENTS -> extraArguments(template, random);
            case UNKNOWN_FUNCTION -> unknownFunction(template, random, table);
            case INVALID_UTF8 -> invalidUtf8(template, random);
            case UNEXPECTED_TRANSIENT -> unexpectedTransient(template, random, table);
            case RANDOM_BYTES -> template.args().isEmpty() ? extraArguments(template, random)
                    : randomBytes(template, random);
            case UNKNOWN_ID -> template.references().isEmpty() ? mutate(template, Mutation.WRONG_TYPE, random, table)
                    : unknownId(template, random);
            case NO_ROLE -> template.noRoleCaller() == null ? mutate(template, Mutation.UNKNOWN_FUNCTION, random, table)
                    : new Proposal(template.noRoleCaller(), template.transientData(), template.proposal().args(),
                            "caller without the role");
            default -> template.hasJsonArgument() ? json(template, mutation, random, table)
                    : template.args().isEmpty() ? extraArguments(template, random) : badIdentifier(template, random);
        };
    }

    // ---- call-level ---------------------------------------------------------------------------------------

    private static Proposal withArgs(final CallTemplate template, final List<String> args, final String what) {
        final List<byte[]> raw = new ArrayList<>();
        raw.add(template.function().getBytes(StandardCharsets.UTF_8));
        args.forEach(a -> raw.add(a.getBytes(StandardCharsets.UTF_8)));
        return new Proposal(template.caller(), template.transientData(), raw, what);
    }

    private static List<String> dropOne(final List<String> args, final Random random) {
        final List<String> out = new ArrayList<>(args);
        out.remove(random.nextInt(out.size()));
        return out;
    }

    private static Proposal extraArguments(final CallTemplate template, final Random random) {
        final List<String> args = new ArrayList<>(template.args());
        final int extra = 1 + random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            args.add(switch (random.nextInt(4)) {
                case 0 -> "";
                case 1 -> "{}";
                case 2 -> template.args().isEmpty() ? "L1" : template.args().get(0);
                default -> text(random, 1 + random.nextInt(20));
            });
        }
        return withArgs(template, args, extra + " extra argument(s)");
    }

    private static Proposal unknownFunction(final CallTemplate template, final Random random,
            final TransactionTable table) {
        final String name = template.function();
        final List<String> candidates = List.of("", ":", name.toLowerCase(java.util.Locale.ROOT),
                name + "X", "X" + name, "other:" + name, table.contract() + ":" + name + ":x", name + ":",
                ":" + name, table.contract() + ":", text(random, 1 + random.nextInt(30)), name + " ",
                "org.hyperledger.fabric:" + name, name.substring(0, name.length() - 1));
        String chosen;
        do {
            chosen = candidates.get(random.nextInt(candidates.size()));
        } while (table.resolve(chosen).isPresent());
        final List<byte[]> raw = new ArrayList<>(template.proposal().args());
        raw.set(0, chosen.getBytes(StandardCharsets.UTF_8));
        return new Proposal(template.caller(), template.transientData(), raw, "unknown function '" + chosen + "'");
    }

    private static Proposal invalidUtf8(final CallTemplate template, final Random random) {
        final List<byte[]> raw = new ArrayList<>(template.proposal().args());
        final int index = random.nextInt(raw.size());
        final byte[] original = raw.get(index);
        final byte[] bad = INVALID_UTF8.get(random.nextInt(INVALID_UTF8.size()));
        // Between characters only, so a multi-byte character of the original stays intact.
        final List<Integer> boundaries = new ArrayList<>();
        for (int i = 0; i <= original.length; i++) {
            if (i == original.length || (original[i] & 0xC0) != 0x80) {
                boundaries.add(i);
            }
        }
        final int at = boundaries.get(random.nextInt(boundaries.size()));
        final byte[] out = new byte[original.length + bad.length];
        System.arraycopy(original, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        System.arraycopy(original, at, out, at + bad.length, original.length - at);
        raw.set(index, out);
        return new Proposal(template.caller(), template.transientData(), raw,
                "invalid UTF-8 in argument " + index + " at byte " + at);
    }

    private static Proposal unexpectedTransient(final CallTemplate template, final Random random,
            final TransactionTable table) {
        final var allowed = table.find(template.function()).orElseThrow().transientKeys();
        String key;
        do {
            key = random.nextBoolean() ? "terms" : text(random, 1 + random.nextInt(12));
        } while (allowed.contains(key));
        final Map<String, byte[]> data = new HashMap<>(template.transientData());
        data.put(key, "{}".getBytes(StandardCharsets.UTF_8));
        return new Proposal(template.caller(), data, template.proposal().args(), "unexpected transient '" + key + "'");
    }

    private static Proposal randomBytes(final CallTemplate template, final Random random) {
        final List<byte[]> raw = new ArrayList<>(template.proposal().args());
        final byte[] bytes = new byte[random.nextInt(80)];
        random.nextBytes(bytes);
        raw.set(1 + random.nextInt(raw.size() - 1), bytes);
        return new Proposal(template.caller(), template.transientData(), raw, "random bytes");
    }

    private static Proposal unknownId(final CallTemplate template, final Random random) {
        final String reference = template.references().get(random.nextInt(template.references().size()));
        if (reference.startsWith("#")) {
            final List<String> args = new ArrayList<>(template.args());
            final int index = Integer.parseInt(reference.substring(1));
            args.set(index, unknownLike(args.get(index), random));
            return withArgs(template, args, "unknown " + reference);
        }
        final ObjectNode root = tree(template);
        root.put(reference, unknownLike(root.path(reference).asText(), random));
        return withArgs(template, List.of(write(root)), "unknown " + reference);
    }

    /** An id of the same form as {@code known} (a SHA-256 stays 64 hex digits) that names nothing. */
    private static String unknownLike(final String known, final Random random) {
        if (known.matches("[0-9a-f]{64}")) {
            final StringBuilder hex = new StringBuilder(64);
            for (int i = 0; i < 64; i++) {
                hex.append(Character.forDigit(random.nextInt(16), 16));
            }
            return hex.toString();
        }
        return "NOPE-" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
    }

    private static Proposal badIdentifier(final CallTemplate template, final Random random) {
        final List<String> args = new ArrayList<>(template.args());
        final int index = random.nextInt(args.size());
        final String id = args.get(index);
        final String bad = switch (random.nextInt(7)) {
            case 0 -> "";
            case 1 -> "y".repeat(129 + random.nextInt(5000));
            case 2 -> id + " " + id;
            case 3 -> "\u0000" + id;
            case 4 -> "-" + id;
            case 5 -> id + "\\ud800";
            default -> "{\"id\":\"" + id + "\"}";
        };
        args.set(index, bad);
        return withArgs(template, args, "bad identifier");
    }

    // ---- the JSON argument ---------------------------------------------------------------------------------

    private static Proposal json(final CallTemplate template, final Mutation mutation, final Random random,
            final TransactionTable table) {
        final ObjectNode root = tree(template);
        final List<ObjectNode> objects = new ArrayList<>();
        final List<Slot> slots = new ArrayList<>();
        collect(root, objects, slots);
        final String text = switch (mutation) {
            case DUPLICATE_KEY -> duplicateKey(root, objects, random);
            case LONE_SURROGATE -> loneSurrogate(root, objects, slots, random);
            case UNKNOWN_FIELD -> {
                objects.get(random.nextInt(objects.size())).set("zz" + text(random, 6), random.nextInt(3) == 0
                        ? NODES.nullNode() : NODES.textNode("x"));
                yield write(root);
            }
            case MISSING_FIELD -> {
                if (template.requiredFields().isEmpty()) {
                    yield null;
                }
                root.remove(template.requiredFields().get(random.nextInt(template.requiredFields().size())));
                yield write(root);
            }
            case WRONG_TYPE -> {
                final Slot slot = slots.get(random.nextInt(slots.size()));
                slot.set(otherType(slot.get(), random));
                yield write(root);
            }
            case OVERLONG_TEXT -> {
                final List<Slot> texts = slots.stream().filter(s -> s.get().isTextual()).toList();
                if (texts.isEmpty()) {
                    yield null;
                }
                texts.get(random.nextInt(texts.size())).set(NODES.textNode("y".repeat(4001 + random.nextInt(6000))));
                yield write(root);
            }
            case OVERSIZED_ARGUMENT -> {
                root.put("padding", "p".repeat(256 * 1024 + random.nextInt(1000)));
                yield write(root);
            }
            case DEEP_NESTING -> {
                final int depth = 2 + random.nextInt(120);
                final String nested = "[".repeat(depth) + "]".repeat(depth);
                final Slot slot = slots.get(random.nextInt(slots.size()));
                slot.set(NODES.textNode("@@NESTED@@"));
                yield write(root).replace("\"@@NESTED@@\"", nested);
            }
            case TRUNCATED -> {
                final String full = write(root);
                yield full.substring(0, random.nextInt(full.length()));
            }
            case TRAILING_GARBAGE -> write(root) + TRAILING.get(random.nextInt(TRAILING.size()));
            case HUGE_NUMBER -> {
                final List<Slot> numbers = slots.stream().filter(s -> s.get().isNumber()).toList();
                if (numbers.isEmpty()) {
                    yield null;
                }
                numbers.get(random.nextInt(numbers.size())).set(NODES.textNode("@@NUMBER@@"));
                yield write(root).replace("\"@@NUMBER@@\"", HUGE_NUMBERS.get(random.nextInt(HUGE_NUMBERS.size())));
            }
            default -> throw new IllegalArgumentException(mutation.name());
        };
        if (text == null) {
            return mutate(template, Mutation.WRONG_TYPE, random, table);
        }
        return withArgs(template, List.of(text), mutation.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static String duplicateKey(final ObjectNode root, final List<ObjectNode> objects, final Random random) {
        final List<ObjectNode> withFields = objects.stream().filter(o -> o.size() > 0).toList();
        final ObjectNode target = withFields.get(random.nextInt(withFields.size()));
        final List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        final String name = names.get(random.nextInt(names.size()));
        final JsonNode value = random.nextBoolean() ? target.get(name) : NODES.textNode(text(random, 5));
        final StringWriter out = new StringWriter();
        try (JsonGenerator generator = PLAIN.getFactory().createGenerator(out)) {
            writeWithDuplicate(generator, root, target, name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeWithDuplicate(final JsonGenerator generator, final JsonNode node, final ObjectNode target,
            final String name, final JsonNode value) throws IOException {
        if (node.isObject()) {
            generator.writeStartObject();
            for (final var field : node.properties()) {
                generator.writeFieldName(field.getKey());
                writeWithDuplicate(generator, field.getValue(), target, name, value);
            }
            if (node == target) {
                generator.writeFieldName(name);
                generator.writeTree(value);
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (final JsonNode element : node) {
                writeWithDuplicate(generator, element, target, name, value);
            }
            generator.writeEndArray();
        } else {
            generator.writeTree(node);
        }
    }

    private static String loneSurrogate(final ObjectNode root, final List<ObjectNode> objects, final List<Slot> slots,
            final Random random) {
        final List<Slot> texts = slots.stream().filter(s -> s.get().isTextual()).toList();
        if (texts.isEmpty() || random.nextBoolean()) {
            // In a key: rename a field.
            final List<ObjectNode> withFields = objects.stream().filter(o -> o.size() > 0).toList();
            final ObjectNode target = withFields.get(random.nextInt(withFields.size()));
            final String name = target.fieldNames().next();
            target.set(name.substring(0, random.nextInt(name.length() + 1)) + LONE, target.remove(name));
        } else {
            final Slot slot = texts.get(random.nextInt(texts.size()));
            final String value = slot.get().asText();
            final int at = random.nextInt(value.length() + 1);
            slot.set(NODES.textNode(value.substring(0, at) + LONE + value.substring(at)));
        }
        return write(root).replace(LONE, LONE_ESCAPES.get(random.nextInt(LONE_ESCAPES.size())));
    }

    private static JsonNode otherType(final JsonNode node, final Random random) {
        final List<JsonNode> options = new ArrayList<>();
        if (!node.isTextual()) {
            options.add(NODES.textNode(node.isNumber() ? node.asText() : "x"));
        }
        if (!node.isNumber()) {
            options.add(NODES.numberNode(new BigDecimal(random.nextInt(1000))));
        }
        if (!node.isBoolean()) {
            options.add(NODES.booleanNode(random.nextBoolean()));
        }
        if (!node.isObject()) {
            options.add(NODES.objectNode().put("x", 1));
        }
        if (!node.isArray()) {
            options.add(NODES.arrayNode().add(node.isTextual() ? NODES.numberNode(1) : NODES.textNode("x")));
        }
        return options.get(random.nextInt(options.size()));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static ObjectNode tree(final CallTemplate template) {
        try {
            return (ObjectNode) PLAIN.readTree(template.args().get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(final JsonNode node) {
        try {
            return PLAIN.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(final JsonNode node, final List<ObjectNode> objects, final List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
            final List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (final String name : names) {
                slots.add(new Slot(object, name, -1));
                collect(object.get(name), objects, slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), objects, slots);
            }
        }
    }

    private static String text(final Random random, final int length) {
        final StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    /** A value position: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String field, int index) {
        JsonNode get() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(final JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }
}
