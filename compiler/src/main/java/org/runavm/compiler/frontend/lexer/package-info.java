/**
 * Tokens from source text in one pass. The lexer decides where statements end (language.md §1), so
 * the parser never handles line continuation; keywords are case-insensitive, contextual words are
 * identifiers. Columns are counted in code points.
 */
package org.runavm.compiler.frontend.lexer;
