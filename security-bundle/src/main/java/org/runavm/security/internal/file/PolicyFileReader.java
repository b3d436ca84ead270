package org.runavm.security.internal.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runavm.kernel.security.PolicyException;
import org.runavm.kernel.security.PolicySource;
import org.runavm.kernel.security.ResourceLimits;
import org.runavm.security.internal.path.PathCanonicalizer;
import org.runavm.security.internal.rule.Rule;
import org.runavm.security.internal.rule.ScopeParser;

/**
 * Reads a JSON policy file in the seed's format and rejects anything it does not understand: an
 * unknown key, a wrong type, an invalid value, a duplicate key, malformed JSON. A policy that is
 * silently half-read would grant or deny what its author did not mean, so there is no leniency.
 *
 * <pre>
 * { "name": "...", "version": "1.0",
 *   "permissions": {
 *     "filesystem": { "allow": [{"path": "/app/data", "access": "read_write"}], "deny": [...] },
 *     "network":    { "allow": [{"host": "localhost", "ports": "8000-9000"}],   "deny": [...] },
 *     "system":     { "allow": ["time", "random"], "deny": ["process_creation"] } },
 *   "limits": { "memory": "512m", "execution_timeout_ms": 5000, "instruction_limit": 1000000,
 *               "max_tasks": 100, "max_open_files": 64 } }
 * </pre>
 * Relative paths in a policy file are relative to the file's directory.
 */
public final class PolicyFileReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern START_MARKER =
            Pattern.compile("\\(start marker at \\[Source: .*?line: (\\d+), column: (\\d+)\\]\\)");

    private final ScopeParser scopes;
    private final PathCanonicalizer workingDirectoryPaths;

    public PolicyFileReader(ScopeParser scopes, PathCanonicalizer workingDirectoryPaths) {
        this.scopes = scopes;
        this.workingDirectoryPaths = workingDirectoryPaths;
    }

    /** Reads and validates the policy document of {@code source}. */
    public PolicyDocument read(PolicySource source) throws PolicyException {
        String name = source.name();
        return switch (source) {
            case PolicySource.File(Path file) -> parse(name, readFile(file), directoryOf(file));
            case PolicySource.Text(String ignored, String json) -> parse(name, json, workingDirectoryPaths);
        };
    }

    private PolicyDocument parse(String file, String json, PathCanonicalizer paths) throws PolicyException {
        PolicyNode root = PolicyNode.root(tree(file, json), file)
                .object(Set.of("name", "version", "permissions", "limits"));
        String name = root.member("name").isPresent() ? root.required("name").text() : "";
        String version = root.member("version").isPresent() ? root.required("version").textOrNumber() : "";
        List<Rule> rules = new ArrayList<>();
        if (root.member("permissions").isPresent()) {
            rules.addAll(new PermissionsSection(scopes, paths, file).read(root.required("permissions")));
        }
        ResourceLimits limits = root.member("limits").isPresent()
                ? LimitsSection.read(root.required("limits"))
                : ResourceLimits.NONE;
        return new PolicyDocument(name, version, rules, limits);
    }

    private static JsonNode tree(String file, String json) throws PolicyException {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new PolicyException(file + ": invalid JSON: the document is empty");
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new PolicyException(file + where + ": invalid JSON: " + reason(e));
        }
    }

    /** Jackson's reason, without its internals (source descriptions, feature names). */
    private static String reason(JsonProcessingException e) {
        String reason = e.getOriginalMessage().lines().findFirst().orElse("malformed");
        if (reason.startsWith("Trailing token")) {
            return "unexpected content after the end of the document";
        }
        Matcher marker = START_MARKER.matcher(reason);
        if (marker.find()) {
            reason = marker.replaceFirst("(opened at line " + marker.group(1) + ", column " + marker.group(2) + ")");
        }
        return reason;
    }

    private static String readFile(Path file) throws PolicyException {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new PolicyException(file + ": cannot read policy file: no such file");
        } catch (AccessDeniedException e) {
            throw new PolicyException(file + ": cannot read policy file: permission denied");
        } catch (CharacterCodingException e) {
            throw new PolicyException(file + ": cannot read policy file: not UTF-8 text");
        } catch (IOException e) {
            throw new PolicyException(file + ": cannot read policy file: " + e.getMessage());
        }
    }

    private PathCanonicalizer directoryOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? workingDirectoryPaths : new PathCanonicalizer(parent);
    }
}
