package org.runavm.benchmarks.jmh;

/**
 * Small Runa programs, each exercising one of the interpreter's hot paths and printing one line that
 * proves the work was done (the sanity test checks it). Each runs for a few milliseconds to a few tens
 * of milliseconds in the interpreter, so one benchmark invocation is one whole program run.
 */
public enum HotPathProgram {
    /** The dispatch loop: Integer arithmetic, comparisons and jumps in a counting loop. */
    DISPATCH("""
            Process called work(n as Integer) returns Integer
                Let total = 0
                Let i = 0
                While i < n
                    total += i % 7
                    i += 1
                End While
                Return total
            End Process
            Display work(200000)
            """, "599994"),

    /** Allocation: short-lived instances and Lists, most of them garbage at once. */
    ALLOCATION("""
            Class Cell
                Field value as Integer
                Field next

                Process called initialize(value as Integer, next)
                    Self.value = value
                    Self.next = next
                End Process
            End Class
            Process called work(n as Integer) returns Integer
                Let kept = 0
                For i from 1 to n
                    Let chain = Cell(i, Cell(i + 1, null))
                    Let pair = [chain, i]
                    kept += pair[0].next.value - i
                End For
                Return kept
            End Process
            Display work(50000)
            """, "50000"),

    /** Field access: reads and writes of an instance's fields in a loop. */
    FIELDS("""
            Class Counter
                Field count as Integer = 0
                Field increment as Integer = 1
                Field limit as Integer = 0
            End Class
            Process called work(n as Integer) returns Integer
                Let c = Counter()
                c.limit = n
                While c.count < c.limit
                    c.count = c.count + c.increment
                End While
                Return c.count
            End Process
            Display work(200000)
            """, "200000"),

    /** Calls: recursive Process calls and method calls with arguments and returns. */
    CALLS("""
            Class Adder
                Process called add(a as Integer, b as Integer) returns Integer
                    Return a + b
                End Process
            End Class
            Process called fib(n as Integer) returns Integer
                If n < 2
                    Return n
                End If
                Return fib(n - 1) + fib(n - 2)
            End Process
            Process called work(n as Integer) returns Integer
                Let adder = Adder()
                Let total = 0
                For i from 1 to n
                    total = adder.add(total, i)
                End For
                Return total + fib(18)
            End Process
            Display work(50000)
            """, "1250027584"),

    /** Text: concatenation of short Texts and numbers, and length. */
    TEXT("""
            Process called work(n as Integer) returns Integer
                Let total = 0
                For i from 1 to n
                    Let line = "item " + i + ": " + (i * 2) + ";"
                    total += line.length()
                End For
                Return total
            End Process
            Display work(20000)
            """, "343343");

    private final String source;
    private final String expectedOutput;

    HotPathProgram(String source, String expectedOutput) {
        this.source = source;
        this.expectedOutput = expectedOutput;
    }

    public String source() {
        return source;
    }

    /** What the program prints, without the final newline. */
    public String expectedOutput() {
        return expectedOutput;
    }
}
