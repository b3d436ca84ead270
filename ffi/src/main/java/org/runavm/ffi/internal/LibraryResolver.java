package org.runavm.ffi.internal;

import java.io.File;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.runavm.kernel.ffi.ForeignException;

/**
 * Finds a native library the way a C programmer names it ({@code -lc}, {@code -lm}, {@code -lz}):
 * <ul>
 * <li>{@code "c"}/{@code "libc"} and {@code "m"}/{@code "libm"}: the linker's default lookup, which
 *     holds the C and math libraries on every platform the JDK supports;</li>
 * <li>a path (with a separator) is loaded as is, after checking that the file exists;</li>
 * <li>a file name with an extension ({@code "libz.so.1"}) goes to the system loader as is;</li>
 * <li>a bare name ({@code "z"} or {@code "libz"}) is tried as {@link System#mapLibraryName}
 *     ({@code libz.so}, {@code libz.dylib}, {@code z.dll}), then, on Linux, as the versioned file a
 *     program runs against ({@code libz.so.1}, found in the library directories), because
 *     {@code libz.so} itself comes only with development packages.</li>
 * </ul>
 */
final class LibraryResolver {
    private static final Set<String> DEFAULT_LOOKUP = Set.of("c", "m");

    private LibraryResolver() {
    }

    /** The symbols of library {@code name}, loaded into {@code arena} (unloaded when it closes). */
    @SuppressWarnings("restricted")
    static SymbolLookup resolve(String name, Arena arena) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new ForeignException("a native library needs a name");
        }
        if (isPath(trimmed)) {
            Path path = Path.of(trimmed);
            if (!Files.isRegularFile(path)) {
                throw new ForeignException("native library \"" + name + "\" not found: no such file");
            }
            return load(path.toString(), name, arena);
        }
        String base = baseName(trimmed);
        if (base == null) {
            return load(trimmed, name, arena);
        }
        if (DEFAULT_LOOKUP.contains(base)) {
            return NativeTypes.LINKER.defaultLookup();
        }
        List<String> tried = candidates(base);
        for (String candidate : tried) {
            try {
                return SymbolLookup.libraryLookup(candidate, arena);
            } catch (IllegalArgumentException notLoadable) {
                // next candidate
            }
        }
        throw new ForeignException("native library \"" + name + "\" not found (tried " + String.join(", ", tried)
                + " in the system library path)");
    }

    /** {@code "libz"} and {@code "z"} give {@code "z"}; a name with an extension gives {@code null}. */
    static String baseName(String name) {
        if (name.contains(".")) {
            return null;
        }
        return name.startsWith("lib") && name.length() > 3 ? name.substring(3) : name;
    }

    /** The file names a bare library name is looked up by, most usual first. */
    static List<String> candidates(String base) {
        Set<String> names = new LinkedHashSet<>();
        names.add(System.mapLibraryName(base));
        if (isLinux()) {
            names.addAll(versionedFiles(base, libraryDirectories()));
        }
        return new ArrayList<>(names);
    }

    /** {@code lib<base>.so.<version>} files in {@code directories}, shortest (most general) name first. */
    static List<String> versionedFiles(String base, List<Path> directories) {
        Pattern versioned = Pattern.compile(Pattern.quote("lib" + base + ".so.") + "[0-9]+(\\.[0-9]+)*");
        List<Path> found = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.list(directory)) {
                files.filter(f -> versioned.matcher(f.getFileName().toString()).matches()).forEach(found::add);
            } catch (IOException | SecurityException unreadable) {
                // a directory we cannot list holds nothing we could load by name either
            }
        }
        found.sort(Comparator.comparingInt((Path f) -> f.getFileName().toString().length())
                .thenComparing(Path::toString));
        return found.stream().map(Path::toString).toList();
    }

    private static List<Path> libraryDirectories() {
        Set<String> directories = new LinkedHashSet<>();
        for (String variable : new String[] {System.getenv("LD_LIBRARY_PATH"), System.getProperty("java.library.path")}) {
            if (variable != null) {
                directories.addAll(List.of(variable.split(File.pathSeparator)));
            }
        }
        String multiarch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64-linux-gnu";
            case "aarch64" -> "aarch64-linux-gnu";
            default -> System.getProperty("os.arch") + "-linux-gnu";
        };
        directories.addAll(List.of("/lib/" + multiarch, "/usr/lib/" + multiarch, "/lib64", "/usr/lib64",
                "/lib", "/usr/lib", "/usr/local/lib"));
        return directories.stream().filter(d -> !d.isBlank()).map(Path::of).toList();
    }

    @SuppressWarnings("restricted")
    private static SymbolLookup load(String file, String name, Arena arena) {
        try {
            return SymbolLookup.libraryLookup(file, arena);
        } catch (IllegalArgumentException e) {
            throw new ForeignException("cannot load native library \"" + name + "\": " + e.getMessage());
        }
    }

    private static boolean isPath(String name) {
        return name.contains("/") || name.contains(File.separator);
    }

    private static boolean isLinux() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux");
    }
}
