package org.runavm.launcher.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code --config} JSON file: one object whose keys are the long flag names without dashes, e.g.
 * {@code {"gc-max-heap": "1g", "jit": "on", "sandbox": true, "allow-fs": ["read:/data"]}}. Switches are
 * booleans, whole numbers are numbers, sizes are strings or numbers of bytes, repeatable permission
 * flags are a string or an array of strings, and relative file paths are relative to the config file.
 * An unknown key, a wrong type or malformed JSON is an error naming the file and the key.
 */
final class ConfigFileLayer {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    private static final Pattern SOURCE = Pattern.compile(" ?\\(start marker at \\[Source:[^\\]]*\\]\\)|\\[Source:[^\\]]*\\]");

    private ConfigFileLayer() {
    }

    /** Reads {@code file} into settings in the file's key order. */
    static List<Setting> read(Path file) throws UsageException {
        JsonNode root = parse(file);
        if (root == null || !root.isObject()) {
            throw new UsageException(file + ": expected a JSON object whose keys are option names");
        }
        Path base = file.toAbsolutePath().getParent();
        List<Setting> settings = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String key = field.getKey();
            VmOption option = OptionCatalog.find(key).orElseThrow(() -> unknownKey(file, key));
            String origin = file + ": key \"" + key + "\"";
            for (String value : values(option, field.getValue(), origin)) {
                settings.add(new Setting(option, resolve(option, value, base, origin), origin));
            }
        }
        return settings;
    }

    private static JsonNode parse(Path file) throws UsageException {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new UsageException(file + ": malformed JSON" + where + ": " + describe(e));
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": cannot read the config file (no such file)");
        } catch (AccessDeniedException e) {
            throw new UsageException(file + ": cannot read the config file (permission denied)");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read the config file (" + firstLine(e.getMessage()) + ")");
        }
    }

    /** The raw setting values a JSON value stands for (see {@link Setting#value()}); several for an array. */
    private static List<String> values(VmOption option, JsonNode node, String origin) throws UsageException {
        ValueType type = option.type();
        switch (type) {
            case FLAG -> {
                if (node.isBoolean()) {
                    return List.of(Boolean.toString(node.booleanValue()));
                }
            }
            case SIZE -> {
                if (node.isTextual()) {
                    return List.of(node.textValue());
                }
                if (node.isIntegralNumber()) {
                    return List.of(node.bigIntegerValue().toString());
                }
            }
            case INTEGER -> {
                if (node.isIntegralNumber()) {
                    return List.of(node.bigIntegerValue().toString());
                }
            }
            case CHOICE, FILE, NAME -> {
                if (node.isTextual()) {
                    return List.of(node.textValue());
                }
            }
            case OPTIONAL_FILE -> {
                if (node.isBoolean()) {
                    return java.util.Collections.singletonList(node.booleanValue() ? "" : null);
                }
                if (node.isTextual()) {
                    return List.of(node.textValue());
                }
            }
            case PERMISSION_SWITCH, PERMISSION_LIST, PERMISSION_SPEC -> {
                if (node.isBoolean() && type != ValueType.PERMISSION_SPEC) {
                    return node.booleanValue() ? List.of("") : List.of();
                }
                if (node.isTextual() && type != ValueType.PERMISSION_SWITCH) {
                    return List.of(node.textValue());
                }
                if (node.isArray() && type != ValueType.PERMISSION_SWITCH) {
                    List<String> all = new ArrayList<>();
                    for (JsonNode element : node) {
                        if (!element.isTextual()) {
                            throw wrongType(origin, type, element);
                        }
                        all.add(element.textValue());
                    }
                    return all;
                }
            }
        }
        throw wrongType(origin, type, node);
    }

    private static String resolve(VmOption option, String value, Path base, String origin) throws UsageException {
        if (!option.type().path() || value == null || value.isEmpty()) {
            return value;
        }
        try {
            return base.resolve(value).toString();
        } catch (InvalidPathException e) {
            throw new UsageException(origin + ": invalid file name '" + value + "'");
        }
    }

    private static UsageException wrongType(String origin, ValueType type, JsonNode node) {
        return new UsageException(origin + ": expected " + type.expectedJson() + ", got " + describe(node));
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static UsageException unknownKey(Path file, String key) {
        List<String> keys = OptionCatalog.all().stream().map(VmOption::name).toList();
        String hint = Suggestions.closest(key, keys).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
        return new UsageException(file + ": unknown key \"" + key + "\"" + hint);
    }

    /** Jackson's message without its internals (feature names, "[Source: ...]" locations). */
    private static String describe(JsonProcessingException e) {
        String message = firstLine(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.lookingAt()) {
            return "key \"" + duplicate.group(1) + "\" is given more than once";
        }
        return SOURCE.matcher(message).replaceAll("");
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown error";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
