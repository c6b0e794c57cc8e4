package backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench command's output format and argument checks (never its timings). */
class BenchCommandTest {
    final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = BackpropLabCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsOneLinePerWorkload() {
        assertEquals(0, run("bench", "--workload", "w3", "--seconds", "0.05"));
        assertTrue(out.toString().strip().matches("w3 [1-9][0-9]* pairs/s"), out.toString());
    }

    @Test
    void badArgumentsExitTwo() {
        assertEquals(2, run("bench", "--workload", "w9"));
        assertTrue(err.toString().startsWith("error: --workload must be w1, w2, w3 or all, got 'w9'"), err.toString());
        assertEquals(2, run("bench", "--seconds", "-1"));
        assertEquals("", out.toString());
    }
}
