package org.runavm.compiler.frontend;

/**
 * Generates a valid Runa program of about the requested number of lines, mixing the common
 * constructs (processes, classes, loops, conditionals, lambdas, collections, Try), for scale tests
 * and the front end's speed measurement (see compiler/README.md).
 */
public final class LargeProgram {

    private LargeProgram() {
    }

    public static String generate(int lines) {
        StringBuilder b = new StringBuilder(lines * 32);
        b.append("Define LIMIT as 1_000\nLet total = 0\n");
        int n = 0;
        int count = 5;
        while (count < lines) {
            String chunk = """
                    Process called work_%1$d(a as Integer, b as Integer = 2) returns Integer
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
                            Let f = (x) => x + i + sum
                            sum += f(i) %% 7
                        End For
                        Return sum
                    End Process
                    Class Shape_%1$d extends Base
                        Field width as Decimal = 1.5
                        Process called area() returns Decimal
                            Return Self.width * Self.width + work_%1$d(2)
                        End Process
                    End Class
                    Try
                        total += work_%1$d(%1$d, b: 3)
                    Catch e as ValueError
                        Display "error: " followed by e.message
                    End Try
                    Let m_%1$d = {"k": total, "n": [1, 2, 3]}
                    Display "total is " + total + " and " + m_%1$d.get("k")
                    """.formatted(n);
            b.append(chunk);
            n++;
            count += (int) chunk.lines().count();
        }
        return "Class Base\n    Field id as Integer = 0\nEnd Class\n" + b;
    }
}
