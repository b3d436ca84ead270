package org.runavm.stdlib.text.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.runavm.stdlib.testkit.ModuleHarness;

class CodecAndPaddingTest {
    private final ModuleHarness text = ModuleHarness.of(new TextModule());

    @Test
    void padding() {
        assertEquals("  7", text.call("pad_left", "7", 3));
        assertEquals("007", text.call("pad_left", "7", 3, "0"));
        assertEquals("ab..", text.call("pad_right", "ab", 4, "."));
        assertEquals("-ab--", text.call("center", "ab", 5, "-"));
        assertEquals("toolong", text.call("pad_left", "toolong", 3));
        assertEquals("\uD83D\uDE00\uD83D\uDE00x", text.call("pad_left", "x", 3, "\uD83D\uDE00"));
        assertEquals("text.pad_left: the fill must be one character, not \"ab\"",
                text.raises("ValueError", "pad_left", "x", 3, "ab"));
    }

    @Test
    void wrap() {
        assertEquals(java.util.List.of("the quick", "brown fox", "jumps"), text.call("wrap", "the quick brown   fox\njumps", 10));
        assertEquals(java.util.List.of("abcd", "efgh", "ij k"), text.call("wrap", "abcdefghij k", 4));
        assertEquals(java.util.List.of(), text.call("wrap", "   ", 5));
        text.raises("ValueError", "wrap", "x", 0);
    }

    @Test
    void utf8IsStrict() {
        assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xA9, 0x21}, (byte[]) text.call("encode_utf8", "\u00e9!"));
        assertEquals("\u00e9!", text.call("decode_utf8", new byte[] {(byte) 0xC3, (byte) 0xA9, 0x21}));
        assertEquals("text.decode_utf8: malformed UTF-8 at byte 1",
                text.raises("ValueError", "decode_utf8", new byte[] {0x41, (byte) 0xFF, 0x42}));
        text.raises("ValueError", "decode_utf8", new byte[] {(byte) 0xC3});
        assertEquals("text.encode_utf8: unpaired surrogate U+D800 at index 1",
                text.raises("ValueError", "encode_utf8", "a\uD800b"));
        text.raises("TypeError", "decode_utf8", "not bytes");
    }

    @Test
    void base64AndUrl() {
        assertEquals("aGk/", text.call("base64_encode", "hi?"));
        assertEquals("aGk_", text.call("base64_encode", "hi?", true));
        assertArrayEquals("hi?".getBytes(), (byte[]) text.call("base64_decode", "aGk_"));
        assertArrayEquals("hi?".getBytes(), (byte[]) text.call("base64_decode", "aGk/"));
        text.raises("ValueError", "base64_decode", "a$b");
        assertEquals("a%20b%2Fc~%C3%A9", text.call("url_encode", "a b/c~\u00e9"));
        assertEquals("a b/c~\u00e9+", text.call("url_decode", "a%20b%2Fc~%C3%A9+"));
        assertEquals("\uD83D\uDE00 ", text.call("url_decode", "\uD83D\uDE00%20"));
        text.raises("ValueError", "url_decode", "%zz");
        text.raises("ValueError", "url_decode", "%FF");
    }
}
