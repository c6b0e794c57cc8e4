package backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.config.TraceConfigParserTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The trace command as a teacher runs it: exit status, standard output and one-line errors. */
class TraceCommandTest {
    @TempDir Path dir;
    final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = BackpropLabCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsTheTraceAsJson() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), TraceConfigParserTest.VALID);
        assertEquals(0, run("trace", config.toString()));
        JsonNode trace = new ObjectMapper().readTree(out.toString());
        assertEquals(3, trace.get("steps").size());
        assertEquals(2, trace.get("steps").get(0).get("examples").get(0).get("passes").size());
        assertEquals("", err.toString());
    }

    @Test
    void writesToAFileWithDashO() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), TraceConfigParserTest.VALID);
        Path target = dir.resolve("out.json");
        assertEquals(0, run("trace", config.toString(), "-o", target.toString()));
        assertEquals("", out.toString());
        assertEquals(3, new ObjectMapper().readTree(target.toFile()).get("steps").size());
    }

    @Test
    void badConfigurationExitsTwoWithOneLine() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), TraceConfigParserTest.VALID.replace("\"adam\"", "\"adamw\""));
        assertEquals(2, run("trace", config.toString()));
        assertEquals("", out.toString());
        String message = err.toString().strip();
        assertTrue(message.startsWith("error: optimizer.type: unknown optimizer 'adamw'"), message);
        assertEquals(1, message.lines().count());
    }

    @Test
    void missingFileExitsTwo() {
        assertEquals(2, run("trace", dir.resolve("nope.json").toString()));
        assertEquals("error: " + dir.resolve("nope.json") + ": no such file", err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void unwritableOutputIsReportedWithoutAStackTrace() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), TraceConfigParserTest.VALID);
        int status = run("trace", config.toString(), "-o", dir.resolve("no/such/dir/out.json").toString());
        assertEquals(1, status);
        assertTrue(err.toString().startsWith("error: cannot write"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }
}
