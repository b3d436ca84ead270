package org.runavm.compiler.frontend.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.runavm.compiler.frontend.ParserTestSupport;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Program;
import org.runavm.compiler.frontend.ast.Stmt;

class ConstantFolderTest {

    private static Expr fold(String expr) {
        Program p = new ConstantFolder().fold(ParserTestSupport.parseClean("Display " + expr));
        return ((Stmt.Display) p.body().statements().get(0)).value();
    }

    private static String folded(String expr) {
        return ParserTestSupport.shape(fold(expr));
    }

    @Test
    void integerArithmetic() {
        assertEquals("IntLit[value=86400]", folded("60 * 60 * 24"));
        assertEquals("IntLit[value=-4]", folded("-7 // 2"));
        assertEquals("IntLit[value=1]", folded("-7 % 2"));
        assertEquals("IntLit[value=512]", folded("2 ** 3 ** 2"));
        assertEquals("IntLit[value=7]", folded("1 + 2 * 3"));
        assertEquals("IntLit[value=3]", folded("1 | 2 & 3 ^ 0"));
        assertEquals("IntLit[value=-6]", folded("~5"));
    }

    @Test
    void divisionIsDecimal() {
        assertEquals("DecLit[value=2.0]", folded("6 / 3"));
        assertEquals("DecLit[value=Infinity]", folded("1 / 0"));
        assertEquals("DecLit[value=3.5]", folded("1 + 2.5"));
    }

    @Test
    void overflowAndDivisionByZeroStayForRunTime() {
        assertEquals("Binary[op=ADD, left=IntLit[value=9223372036854775807], right=IntLit[value=1]]",
                folded("9223372036854775807 + 1"));
        assertEquals("Binary[op=POW, left=IntLit[value=2], right=IntLit[value=64]]", folded("2 ** 64"));
        assertEquals("Binary[op=FLOOR_DIV, left=IntLit[value=1], right=IntLit[value=0]]", folded("1 // 0"));
        assertEquals("Binary[op=MOD, left=IntLit[value=1], right=IntLit[value=0]]", folded("1 % 0"));
        assertEquals("Unary[op=NEG, operand=IntLit[value=-9223372036854775808]]", folded("-(-9223372036854775808)"));
        // the overflowing part stays, the rest around it still folds
        assertEquals("Binary[op=MUL, left=Binary[op=MUL, left=IntLit[value=4611686018427387904], right=IntLit[value=2]],"
                + " right=IntLit[value=1]]", folded("4611686018427387904 * 2 * (3 - 2)"));
    }

    @Test
    void comparisonsAndLogic() {
        assertEquals("BoolLit[value=true]", folded("1 == 1.0"));
        assertEquals("BoolLit[value=true]", folded("\"a\" < \"b\""));
        assertEquals("BoolLit[value=false]", folded("1 == \"1\""));
        assertEquals("BoolLit[value=true]", folded("null == none"));
        assertEquals("BoolLit[value=true]", folded("not false and (true or false)"));
        assertEquals("BoolLit[value=false]", folded("0.0 / 0.0 == 0.0 / 0.0"));
        assertEquals("BoolLit[value=true]", folded("3 is greater than or equal to 3"));
    }

    @Test
    void textConcatenationUsesTextForms() {
        assertEquals("TextLit[value=total: 3]", folded("\"total: \" + (1 + 2)"));
        assertEquals("TextLit[value=1.0E20x]", folded("1e20 + \"x\""));
        assertEquals("TextLit[value=nulltrue]", folded("null followed by true"));
        assertEquals("IntLit[value=1]", folded("length of \"\\u{1F600}\""));
    }

    @Test
    void textOrderIsByCodePoint() {
        // U+FF61 sorts before U+1F600 by code point, although its UTF-16 unit is larger than a surrogate.
        assertEquals("BoolLit[value=true]", folded("\"\\u{FF61}\" < \"\\u{1F600}\""));
    }

    @Test
    void namesAreNotFolded() {
        assertEquals("Binary[op=ADD, left=Name[name=x], right=IntLit[value=3]]", folded("x + (1 + 2)"));
    }
}
