package org.runavm.security.internal.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.runavm.kernel.security.PolicyException;
import org.runavm.security.internal.Suggestions;

/**
 * A JSON value of a policy document together with its JSON path ({@code $.permissions.filesystem
 * .allow[0]}), so that every complaint names the file and the exact place:
 * {@code policy.json: $.permissions.filesystem.allow[0].acess: unknown key (did you mean "access"?)}.
 */
final class PolicyNode {

    private final JsonNode node;
    private final String path;
    private final String file;

    PolicyNode(JsonNode node, String path, String file) {
        this.node = node;
        this.path = path;
        this.file = file;
    }

    static PolicyNode root(JsonNode node, String file) {
        return new PolicyNode(node, "$", file);
    }

    String path() {
        return path;
    }

    /** A problem at this node. */
    PolicyException error(String message) {
        return new PolicyException(file + ": " + path + ": " + message);
    }

    /** Checks that this is an object whose keys are all in {@code allowed}. */
    PolicyNode object(Set<String> allowed) throws PolicyException {
        if (!node.isObject()) {
            throw wrongType("an object");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                PolicyNode at = new PolicyNode(node.get(name), childPath(name), file);
                throw at.error("unknown key" + Suggestions.closest(name, allowed)
                        .map(s -> " (did you mean \"" + s + "\"?)")
                        .orElse(" (expected " + list(new TreeSet<>(allowed)) + ")"));
            }
        }
        return this;
    }

    /** The member {@code name} of this object, if present. */
    Optional<PolicyNode> member(String name) {
        JsonNode child = node.get(name);
        return child == null ? Optional.empty() : Optional.of(new PolicyNode(child, childPath(name), file));
    }

    /** The member {@code name} of this object, which must be present. */
    PolicyNode required(String name) throws PolicyException {
        Optional<PolicyNode> child = member(name);
        if (child.isEmpty()) {
            throw error("missing key \"" + name + "\"");
        }
        return child.get();
    }

    /** The elements of this array. */
    List<PolicyNode> elements() throws PolicyException {
        if (!node.isArray()) {
            throw wrongType("an array");
        }
        List<PolicyNode> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(new PolicyNode(node.get(i), path + "[" + i + "]", file));
        }
        return elements;
    }

    /** This string's value, which must not be blank. */
    String text() throws PolicyException {
        if (!node.isTextual()) {
            throw wrongType("a string");
        }
        if (node.textValue().isBlank()) {
            throw error("empty string");
        }
        return node.textValue();
    }

    /** This string or number as text (for {@code version}, {@code ports}). */
    String textOrNumber() throws PolicyException {
        if (node.isIntegralNumber() || node.isFloatingPointNumber()) {
            return node.asText();
        }
        if (!node.isTextual()) {
            throw wrongType("a string or a number");
        }
        return text();
    }

    boolean isText() {
        return node.isTextual();
    }

    /** This positive integer's value. */
    long positiveLong() throws PolicyException {
        if (!node.isIntegralNumber()) {
            throw wrongType("an integer");
        }
        if (!node.canConvertToLong()) {
            throw error("value " + node.asText() + " is too large");
        }
        long value = node.longValue();
        if (value <= 0) {
            throw error("invalid value " + value + " (expected a positive integer)");
        }
        return value;
    }

    /** This string, which must be one of {@code choices}. */
    String choice(List<String> choices) throws PolicyException {
        String value = text();
        if (!choices.contains(value)) {
            String hint = Suggestions.closest(value, choices).map(s -> "did you mean \"" + s + "\"? ").orElse("");
            throw error("invalid value \"" + value + "\" (" + hint + "expected one of " + list(choices) + ")");
        }
        return value;
    }

    private PolicyException wrongType(String expected) {
        return error("expected " + expected + ", found " + describe(node));
    }

    private String childPath(String name) {
        boolean plain = !name.isEmpty() && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        return plain ? path + "." + name : path + "[\"" + name.replace("\"", "\\\"") + "\"]";
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> node.isIntegralNumber() ? "an integer" : "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    private static String list(Collection<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").reduce((a, b) -> a + ", " + b).orElse("nothing");
    }
}
