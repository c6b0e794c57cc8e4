package backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bench command's output format and argument checks (never its timings). */
class BenchCommandTest {
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void printsOneLinePerWorkload() {
        assertEquals(0, run("bench", "--workload", "w3", "--seconds", "0.1"));
        assertTrue(cli.out().strip().matches("w3 [1-9][0-9]* pairs/s"), cli.out());
    }

    @Test
    void badArgumentsExitTwo() {
        assertEquals(2, run("bench", "--workload", "w9"));
        assertTrue(cli.err().startsWith("error: --workload must be w1, w2, w3 or all, got 'w9'"), cli.err());
        assertEquals(2, run("bench", "--seconds", "-1"));
        assertEquals("", cli.out());
    }
}
