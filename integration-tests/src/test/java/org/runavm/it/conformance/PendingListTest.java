package org.runavm.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingListTest {
    @Test
    void readsProgramsWithTheirReasonsIgnoringCommentsAndBlankLines() {
        PendingList pending = PendingList.parse("""
                # programs known not to pass yet

                lexical/escapes.runa   # engine not yet complete
                  classes/to_text.runa # needs to_text dispatch
                """);

        assertEquals(Optional.of("engine not yet complete"), pending.reasonFor("lexical/escapes.runa"));
        assertEquals(Optional.of("needs to_text dispatch"), pending.reasonFor("classes/to_text.runa"));
        assertEquals(Optional.empty(), pending.reasonFor("lexical/comments.runa"));
        assertEquals(2, pending.entries().size());
    }

    @Test
    void anEntryNeedsAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PendingList.parse("a/ok.runa # fine\nb/bare.runa\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());

        assertThrows(IllegalArgumentException.class, () -> PendingList.parse("b/empty.runa #   \n"));
    }

    @Test
    void aProgramCannotBeListedTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PendingList.parse("a/x.runa # one\na/x.runa # two\n"));
        assertTrue(e.getMessage().contains("a/x.runa is listed twice"), e.getMessage());
    }

    @Test
    void aMissingFileMeansNothingIsPending(@TempDir Path root) throws IOException {
        assertTrue(PendingList.read(root).entries().isEmpty());
    }
}
