package org.runavm.compiler.frontend.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.runavm.compiler.frontend.diag.DiagnosticSink;

class LexerTest {

    private final DiagnosticSink sink = new DiagnosticSink("t.runa");

    private List<Token> lex(String src) {
        return new Lexer(src, sink).tokenize();
    }

    /** Kinds (keywords by name, others by symbol) separated by spaces; NEWLINE shown as `;`. */
    private String shape(String src) {
        return lex(src).stream().map(t -> switch (t.kind()) {
            case NEWLINE -> ";";
            case EOF -> "$";
            case KEYWORD -> t.keyword().name();
            case IDENTIFIER -> "id:" + t.text();
            case INTEGER, DECIMAL, TEXT -> String.valueOf(t.value());
            default -> t.kind().symbol;
        }).collect(Collectors.joining(" "));
    }

    @Test
    void integerForms() {
        assertEquals("42 1000000 255 10 ; $", shape("42 1_000_000 0xFF 0b1010"));
        assertEquals(-1L, lex("0xFFFFFFFFFFFFFFFF").get(0).value());
    }

    @Test
    void tooLargeIntegerHasNoValue() {
        Token t = lex("9223372036854775808").get(0);
        assertEquals(TokenKind.INTEGER, t.kind());
        assertNull(t.value());
        assertFalse(sink.hasErrors());
    }

    @Test
    void decimalForms() {
        assertEquals("3.14 1.0E10 0.0025 4.84 ; $", shape("3.14 1e10 2.5e-3 4.84e+00"));
    }

    @Test
    void dotAfterIntegerIsMemberAccess() {
        assertEquals("5 . id:to_text ( ) ; $", shape("5.to_text()"));
    }

    @Test
    void textEscapes() {
        Token t = lex("\"a\\n\\t\\r\\0\\\\\\\"\\'\\u{1F600}\"").get(0);
        assertEquals("a\n\t\r\0\\\"'\uD83D\uDE00", t.value());
        assertEquals("it's", lex("'it\\'s'").get(0).value());
        assertFalse(sink.hasErrors());
    }

    @Test
    void badEscapesAndUnclosedTextAreReported() {
        lex("Let a = \"x\\q\"\nLet b = \"open\nLet c = \"\\u{110000}\"");
        var errors = sink.sorted();
        assertEquals(3, errors.size());
        assertTrue(errors.get(0).message().startsWith("unknown escape `\\q`"), errors.get(0).message());
        assertEquals(2, errors.get(1).line());
        assertTrue(errors.get(1).message().startsWith("text is not closed"));
        assertTrue(errors.get(2).message().contains("is not a Unicode character"));
    }

    @Test
    void keywordsAreCaseInsensitiveAndMembersAreNames() {
        assertEquals("END END END id:x . id:end ; $", shape("End end END x.end"));
        assertEquals("SET OF id:Integer ( ) ; $", shape("Set of Integer()"));
    }

    @Test
    void commentsAndNoteLines() {
        assertEquals("LET id:x = 1 ; DISPLAY id:x ; $",
                shape("Note: about x\nLet x = 1   # one\n\n   note: more\n# only comment\nDisplay x"));
    }

    @Test
    void linesContinueInsideBracketsAndAfterOperators() {
        assertEquals("LET id:x = 1 + 2 ; $", shape("Let x =\n 1 +\n 2"));
        assertEquals("id:f ( 1 , 2 ) ; $", shape("f(1,\n2\n)"));
        assertEquals("( id:a ) => id:a ; $", shape("(a) =>\n a"));
        assertEquals("id:a AND id:b ; $", shape("a and\nb"));
        assertEquals("id:a ; - id:b ; $", shape("a\n- b"));
        assertEquals("DISPLAY id:a id:b ; $", shape("Display a \\\n b"));
    }

    @Test
    void unclosedBracketEndsAtNextStatementWord() {
        assertEquals("LET id:y = ( 1 ; LET id:z = 3 ; $", shape("Let y = (1\nLet z = 3"));
    }

    @Test
    void columnsCountCodePoints() {
        List<Token> ts = lex("\"😀\" x");
        assertEquals(5, ts.get(1).column());
    }

    @Test
    void operators() {
        assertEquals("** // //= %= += -= *= /= == != <= >= << >> => ~ ^ | & ; $",
                shape("** // //= %= += -= *= /= == != <= >= << >> => ~ ^ | &"));
    }

    @Test
    void malformedNumbersAreReportedOnce() {
        lex("Let a = 12abc\nLet b = 1__0\nLet c = 0b");
        var errors = sink.sorted();
        assertEquals(3, errors.size());
        assertEquals("`abc` cannot follow a number here", errors.get(0).message());
        assertEquals("`_` in a number must stand between two digits", errors.get(1).message());
        assertEquals("`0b` needs binary digits after it", errors.get(2).message());
    }

    @Test
    void unexpectedCharacterBecomesErrorToken() {
        List<Token> ts = lex("a @ b");
        assertEquals(TokenKind.ERROR, ts.get(1).kind());
        assertEquals("unexpected character `@`", sink.sorted().get(0).message());
    }
}
