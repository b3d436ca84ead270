package org.runavm.benchmarks.jmh;

/**
 * A valid Runa program of a requested number of lines, built from repeated units that exercise what
 * real programs spend the compiler's time on: processes with defaults and typed parameters, classes
 * with fields and methods, nested loops and conditionals, lambdas that capture, collections, Try and
 * Match. Each unit has its own names, so the resolver and the constant table grow with the program
 * as they would for a large real file.
 */
public final class GeneratedProgram {

    private static final String PRELUDE = """
            Class Base
                Field id as Integer = 0
            End Class
            Define LIMIT as 1_000
            Let total = 0
            """;

    private static final String UNIT = """
            Process called step_%1$d(a as Integer, b as Integer = 2) returns Integer
                Let items = [a, b, a * b, 0x10, 0b11]
                Let sum = 0
                For each item in items
                    If item > LIMIT
                        Continue
                    Otherwise If item is equal to 3
                        sum += item * 2
                    Else
                        sum = sum + item
                    End If
                End For
                For i from 1 to 10 step 2
                    Let scaled = (x) => x * i + sum
                    sum += scaled(i) %% 7
                End For
                While sum > 100
                    sum = sum // 2
                End While
                Return sum
            End Process
            Class Shape_%1$d extends Base
                Field width as Decimal = 1.5
                Field label as Text = "shape %1$d"
                Process called area() returns Decimal
                    Return Self.width * Self.width + step_%1$d(2)
                End Process
            End Class
            Try
                total += step_%1$d(%1$d, b: 3)
            Catch e as ValueError
                Display "error: " followed by e.message
            End Try
            Let table_%1$d = {"k": total, "n": [1, 2, 3]}
            Display "total is " + total + " and " + table_%1$d.get("k")
            """;

    private GeneratedProgram() {
    }

    /** A program of at least {@code lines} lines (it ends after the unit that reaches the count). */
    public static String ofLines(int lines) {
        StringBuilder text = new StringBuilder(lines * 36).append(PRELUDE);
        int count = (int) PRELUDE.lines().count();
        for (int unit = 0; count < lines; unit++) {
            String chunk = UNIT.formatted(unit);
            text.append(chunk);
            count += (int) chunk.lines().count();
        }
        return text.toString();
    }
}
