package org.runavm.compiler.frontend.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.runavm.compiler.frontend.ParserTestSupport;
import org.runavm.compiler.frontend.ast.Stmt;

class ExpressionParserTest {

    private static String expr(String src) {
        var program = ParserTestSupport.parseClean("Display " + src);
        return SExpr.of(((Stmt.Display) program.body().statements().get(0)).value());
    }

    @Test
    void precedenceFollowsTheSpecTable() {
        assertEquals("(+ 1 (* 2 3))", expr("1 + 2 * 3"));
        assertEquals("(** 2 (** 3 2))", expr("2 ** 3 ** 2"));
        assertEquals("(- (** 2 2))", expr("-2 ** 2"));
        assertEquals("(** 2 (- 1))", expr("2 ** -1"));
        assertEquals("(| (<< 1 3) (^ (& 1 3) 2))", expr("1 << 3 | 1 & 3 ^ 2"));
        assertEquals("(or (and a b) c)", expr("a and b or c"));
        assertEquals("(== (not a) b)", expr("not a == b"));
        assertEquals("(< (+ a 1) (* b 2))", expr("a + 1 < b * 2"));
        assertEquals("(- (- 1 2) 3)", expr("1 - 2 - 3"));
    }

    @Test
    void naturalOperatorsMapToSymbols() {
        assertEquals("(+ 1 (* 2 3))", expr("1 plus 2 multiplied by 3"));
        assertEquals("(- (/ 6 3) (% 5 2))", expr("6 divided by 3 minus 5 modulo 2"));
        assertEquals("(followed by \"a\" \"b\")", expr("\"a\" followed by \"b\""));
        assertEquals("(> a b)", expr("a is greater than b"));
        assertEquals("(>= a b)", expr("a is greater than or equal to b"));
        assertEquals("(< a b)", expr("a is less than b"));
        assertEquals("(<= a b)", expr("a is less than or equal to b"));
        assertEquals("(== a b)", expr("a is equal to b"));
        assertEquals("(!= a b)", expr("a is not equal to b"));
        assertEquals("(== a 5)", expr("a is 5"));
        assertEquals("(<= a b)", expr("a is not greater than b"));
        assertEquals("(contains items 2)", expr("items contains 2"));
    }

    @Test
    void isATypeChecks() {
        assertEquals("(is-a p Person)", expr("p is a Person"));
        assertEquals("(is-a x Integer?)", expr("x is an Integer?"));
        assertEquals("(is-not-a p List of Integer)", expr("p is not a List of Integer"));
        assertEquals("(== x a)", expr("x is a"));
    }

    @Test
    void postfixForms() {
        assertEquals("(call (. (. a b) c) 1 x:2)", expr("a.b.c(1, x: 2)"));
        assertEquals("([] ([] m \"k\") 0)", expr("m[\"k\"][0]"));
        assertEquals("(+ ([] items i) 1)", expr("items at index i + 1"));
        assertEquals("(+ (length-of items) 1)", expr("length of items + 1"));
        assertEquals("(type-of (. x name))", expr("type of x.name"));
        assertEquals("(call (. 5 to_text))", expr("5.to_text()"));
        assertEquals("(call (. Super initialize) n)", expr("Super.initialize(n)"));
        assertEquals("(. e type)", expr("e.type"));
    }

    @Test
    void naturalCallArguments() {
        assertEquals("(call greet name:\"Ann\" greeting:(and a b))", expr("greet with name as \"Ann\" and greeting as a and b"));
    }

    @Test
    void literalsAndCollections() {
        assertEquals("[1, 2.5, \"a\", true, null, null]", expr("[1, 2.5, \"a\", True, none, Null]"));
        assertEquals("{\"a\": 1, \"b\": [2]}", expr("{\"a\": 1, \"b\": [2],}"));
        assertEquals("{}", expr("{}"));
        assertEquals("Set{1, 2}", expr("{1, 2}"));
        assertEquals("Set{1}", expr("Set{1}"));
        assertEquals("(tuple 1, \"a\")", expr("(1, \"a\")"));
        assertEquals("(* (+ 1 2) 3)", expr("(1 + 2) * 3"));
        assertEquals("-9223372036854775808", expr("-9223372036854775808"));
    }

    @Test
    void constructionOfGenericBuiltins() {
        assertEquals("(new List of Task of Integer)", expr("List of Task of Integer()"));
        assertEquals("(new Map of Text to List of Integer)", expr("Map of Text to List of Integer()"));
        assertEquals("(new Channel of Integer 16)", expr("Channel of Integer(16)"));
        assertEquals("(new Set of Text)", expr("Set of Text()"));
    }

    @Test
    void lambdas() {
        assertEquals("(lambda (a b) (+ a b))", expr("(a, b) => a + b"));
        assertEquals("(lambda () (call f i))", expr("() => f(i)"));
        assertEquals("(lambda (x:Integer) (* x x))", expr("(x as Integer) => x * x"));
        assertEquals("(call (. Task run) (lambda () (call f 7)))", expr("Task.run(() => f(7))"));
    }

    @Test
    void concurrencyExpressions() {
        assertEquals("(await t)", expr("await t"));
        assertEquals("(ask c current)", expr("Ask c for current()"));
        assertEquals("(ask c add 1 within 100)", expr("Ask c for add(1) within 100 ms"));
    }
}
