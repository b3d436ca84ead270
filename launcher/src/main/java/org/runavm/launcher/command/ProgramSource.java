package org.runavm.launcher.command;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.runavm.kernel.compile.SourceFile;

/** A program file as given on the command line: Runa source or {@code .runab} bytecode. */
record ProgramSource(Path path, byte[] bytes) {
    private static final byte[] MAGIC = "RUNABYTC".getBytes(StandardCharsets.US_ASCII);

    /** Reads {@code path}; a missing or unreadable file is a usage error naming it. */
    static ProgramSource read(String command, Path path) throws CommandFailure {
        try {
            if (Files.isDirectory(path)) {
                throw new CommandFailure(command + ": " + path + " is a directory, not a program", ExitStatus.USAGE);
            }
            return new ProgramSource(path, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new CommandFailure(command + ": cannot read " + path + ": no such file", ExitStatus.USAGE);
        } catch (AccessDeniedException e) {
            throw new CommandFailure(command + ": cannot read " + path + ": permission denied", ExitStatus.USAGE);
        } catch (IOException e) {
            throw new CommandFailure(command + ": cannot read " + path + ": " + e.getMessage(), ExitStatus.USAGE);
        }
    }

    /**
     * A {@code .runab} file is bytecode (so a damaged one is reported as invalid bytecode, exit 4), a
     * {@code .runa} file is source, and any other file is bytecode exactly when it starts with the magic.
     */
    boolean isBytecode() {
        String name = path.getFileName().toString();
        if (name.endsWith(".runab")) {
            return true;
        }
        if (name.endsWith(".runa")) {
            return false;
        }
        return bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** The file as Runa source; malformed UTF-8 is a compile error at the file's first line. */
    SourceFile source(String command) throws CommandFailure {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return new SourceFile(path.toString(), text);
        } catch (CharacterCodingException e) {
            throw new CommandFailure(path + ":1:1: error: the file is not valid UTF-8 text", ExitStatus.COMPILE_ERROR);
        }
    }
}
