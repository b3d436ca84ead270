package org.runavm.compiler.frontend.lexer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The reserved words of Runa (language.md §1). They are matched without regard to case, so
 * {@code End}, {@code end} and {@code END} are the same word, and none of them can be a name.
 * Contextual words ({@code index}, {@code length}, {@code Task Group}, ...) are not here: they are
 * ordinary identifiers that the parser recognises inside their construct.
 */
public enum Keyword {
    LET, SET, DEFINE, IF, THEN, ELSE, OTHERWISE, END, FOR, EACH, WHILE, BREAK, CONTINUE, RETURN,
    PROCESS, CLASS, FIELD, TRY, CATCH, FINALLY, THROW, RETRY, IMPORT, MATCH, WHEN, DISPLAY, EXTERNAL,
    ASYNC, GENERATOR, YIELD, ACTOR, SEND, ASK, PRIVATE, SELF, SUPER, AND, OR, NOT, IS, OF, AS, BE, TO,
    FROM, IN, STEP, WITH, CALLED, THAT, TAKES, RETURNS, EXTENDS, BY, AT, PLUS, MINUS, MODULO,
    FOLLOWED, MULTIPLIED, DIVIDED, AWAIT, TRUE, FALSE, NULL, NONE;

    private static final Map<String, Keyword> BY_LOWER_NAME = new HashMap<>();

    static {
        for (Keyword k : values()) {
            BY_LOWER_NAME.put(k.name().toLowerCase(Locale.ROOT), k);
        }
    }

    /** The keyword spelled by {@code word} in any case, or null when the word is a name. */
    public static Keyword lookup(String word) {
        Keyword exact = BY_LOWER_NAME.get(word);
        if (exact != null || isLowerCase(word)) {
            return exact;
        }
        return BY_LOWER_NAME.get(word.toLowerCase(Locale.ROOT));
    }

    /** How the keyword is written in messages: capitalised for statement words, as in the spec. */
    public String display() {
        String lower = name().toLowerCase(Locale.ROOT);
        return ordinal() <= SUPER.ordinal() ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower;
    }

    private static boolean isLowerCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }
}
