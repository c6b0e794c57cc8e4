package backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.config.TraceConfigParserTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trace command as a teacher runs it: exit status, standard output and one-line errors. */
class TraceCommandTest {
    @TempDir Path dir;
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void printsTheTraceAsJson() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), TraceConfigParserTest.VALID);
        assertEquals(0, run("trace", config.toString()));
        JsonNode trace = new ObjectMapper().readTree(cli.out());
        assertEquals(3, trace.get("steps").size());
        assertEquals(2, trace.get("steps").get(0).get("examples").get(0).get("passes").size());
        assertEquals("", cli.err());
    }

    @Test
    void writesToAFileWithDashO() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), TraceConfigParserTest.VALID);
        Path target = dir.resolve("out.json");
        assertEquals(0, run("trace", config.toString(), "-o", target.toString()));
        assertEquals("", cli.out());
        assertEquals(3, new ObjectMapper().readTree(target.toFile()).get("steps").size());
    }

    @Test
    void badConfigurationExitsTwoWithOneLine() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), TraceConfigParserTest.VALID.replace("\"adam\"", "\"adamw\""));
        assertEquals(2, run("trace", config.toString()));
        assertEquals("", cli.out());
        String message = cli.err().strip();
        assertTrue(message.startsWith("error: optimizer.type: unknown optimizer 'adamw'"), message);
        assertEquals(1, message.lines().count());
    }

    @Test
    void missingFileExitsTwo() {
        assertEquals(2, run("trace", dir.resolve("nope.json").toString()));
        assertEquals("error: " + dir.resolve("nope.json") + ": no such file", cli.err().strip());
        assertEquals("", cli.out());
    }

    @Test
    void unwritableOutputIsReportedWithoutAStackTrace() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), TraceConfigParserTest.VALID);
        int status = run("trace", config.toString(), "-o", dir.resolve("no/such/dir/out.json").toString());
        assertEquals(1, status);
        assertTrue(cli.err().startsWith("error: cannot write"), cli.err());
        assertEquals(1, cli.err().strip().lines().count());
    }

    @Test
    void tracesASavedScenarioUpToItsExample() throws Exception {
        Path scenario = Path.of("assets/classroom-lesson.json");
        assertEquals(0, run("trace", scenario.toString()));
        JsonNode trace = new ObjectMapper().readTree(cli.out());
        assertEquals(1, trace.get("steps").size(), "the bundled lesson is saved at its first example");
        assertEquals(-1.0, trace.get("steps").get(0).get("examples").get(0).get("passes").get(0).get("delta").get(1).get(0).doubleValue(), 0.0,
                "the hinge is active on the notes' pair: ∂J/∂s = −1");
    }

    @Test
    void aBadScenarioNamesTheFieldAndItsLine() throws Exception {
        String text = Files.readString(Path.of("assets/classroom-lesson.json")).replace("\"epochs\": 100", "\"epochs\": 0");
        Path scenario = Files.writeString(dir.resolve("lesson.json"), text);
        assertEquals(2, run("trace", scenario.toString()));
        assertTrue(cli.err().matches("error: curves.epochs must be a whole number from 1 to 100000, got 0 \\(line \\d+, column \\d+\\)\\R"), cli.err());
        assertEquals("", cli.out());
    }
}
