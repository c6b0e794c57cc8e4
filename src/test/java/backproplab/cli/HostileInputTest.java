package backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import backproplab.setup.Limits;
import backproplab.config.TraceConfigParserTest;
import backproplab.io.Pipes;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a new user, a slip of the keyboard or a hostile file give the headless commands: each is
 * refused with one line naming the field (exit 2), a failed write says the system's reason
 * (exit 1), nothing is written unless the whole command succeeds, and never a stack trace.
 */
class HostileInputTest {
    @TempDir Path dir;
    private CliRun cli = new CliRun();

    /** Runs and checks the one-line rule: status, nothing on stdout for a failure, no stack trace. */
    private String refused(int status, String... args) {
        cli = new CliRun();
        assertEquals(status, cli.run(args), cli.err());
        assertEquals("", cli.out(), "nothing on standard output");
        String err = cli.err();
        assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
        assertTrue(err.startsWith("error: "), err);
        return err.lines().findFirst().orElseThrow();
    }

    private Path config(String text) throws Exception {
        return Files.writeString(dir.resolve("c.json"), text);
    }

    @Test
    void hostileJsonIsRefusedInOneLine() throws Exception {
        assertTrue(refused(2, "trace", config("[".repeat(1001) + "]".repeat(1001)).toString())
                .startsWith("error: invalid JSON: Document nesting depth (65) exceeds the maximum allowed (64)"));
        assertTrue(refused(2, "trace", config("{\"" + "a".repeat(1_000_000) + "\": 1}").toString())
                .startsWith("error: invalid JSON"));
        assertTrue(refused(2, "trace", config(TraceConfigParserTest.VALID + "\n{}").toString())
                .matches("error: invalid JSON at line \\d+, column \\d+: more follows the end of the JSON document \\(a file holds one document\\)"));
        Path notText = Files.write(dir.resolve("bin.json"), new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        assertEquals("error: " + notText + ": line 1, column 3: not UTF-8 text (save the file as UTF-8)", refused(2, "trace", notText.toString()));
        assertEquals("error: " + dir + ": it is a folder, not a file", refused(2, "trace", dir.toString()));
    }

    @Test
    @Timeout(120) // only catches a hang: reading /dev/zero whole, or waiting on the pipe's writer
    void aDeviceOrAPipeIsRefusedUnread() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
        assertEquals("error: /dev/zero: it is not a regular file (a device or a pipe)", refused(2, "trace", "/dev/zero"));
        Path pipe = Pipes.make(dir.resolve("config.json"));
        assertEquals("error: " + pipe + ": it is not a regular file (a device or a pipe)", refused(2, "trace", pipe.toString()));
        assertEquals("error: " + pipe + ": it is not a regular file (a device or a pipe)", refused(2, "walkthrough", pipe.toString()));
    }

    @Test
    void workTooLargeIsRefusedBeforeItStarts() throws Exception {
        String many = refused(2, "trace", config(TraceConfigParserTest.VALID.replace("\"steps\": 3", "\"steps\": 1000000000")).toString());
        assertTrue(many.startsWith("error: steps: 1000000000 steps of 1 example(s) on this network would print"), many);
        assertTrue(many.contains("a trace prints at most 2000000"), many);
        String batch = refused(2, "trace", config(TraceConfigParserTest.VALID.replace("\"steps\": 3", "\"steps\": 3, \"batchSize\": 2147483647")).toString());
        assertTrue(batch.startsWith("error: steps: 3 steps of 2147483647 example(s)"), batch);
    }

    @Test
    void dashIsStandardOutputAndAnExistingFileKeepsItsModeAndLink() throws Exception {
        Path c = config(TraceConfigParserTest.VALID);
        assertEquals(0, cli.run("trace", c.toString(), "-o", "-"));
        assertTrue(cli.out().contains("\"steps\""));
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");

        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        assertEquals(0, new CliRun().run("trace", c.toString(), "-o", link.toString()));
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(real).contains("\"steps\""));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
    }

    @Test
    void anUnwritableOutputIsSaidBeforeAnyWorkWithTheReason() throws Exception {
        Path c = config(TraceConfigParserTest.VALID);
        assertEquals("error: cannot write " + dir.resolve("no/out.json") + ": the folder does not exist",
                refused(1, "trace", c.toString(), "-o", dir.resolve("no/out.json").toString()));
        assertEquals("error: cannot write " + dir + ": it is a folder", refused(1, "trace", c.toString(), "-o", dir.toString()));
    }

    @Test
    void curvesNamesAreCheckedEachOnce() {
        Path png = dir.resolve("c.png");
        assertEquals("error: --activations: no name given (write them like sigmoid,relu)",
                refused(2, "curves", "--activations", ",,", "--png", png.toString()));
        assertEquals("error: --activations lists 'sigmoid' twice", refused(2, "curves", "--activations", "sigmoid,sigmoid", "--png", png.toString()));
        assertEquals("error: --optimizers lists 'adam' twice", refused(2, "curves", "--optimizers", "adam,adam", "--png", png.toString()));
        assertTrue(refused(2, "curves", "--activations", "identity", "--png", png.toString()).startsWith("error: identity is not a hidden activation"));
        assertEquals("error: two outputs name the same file: " + png,
                refused(2, "curves", "--png", png.toString(), "--csv", png.toString()));
        assertTrue(refused(2, "curves", "--width", "200", "--height", "150", "--png", png.toString())
                .startsWith("error: --width and --height: The width must be a whole number from 400 to 6000."));
        assertFalse(Files.exists(png));
    }

    @Test
    void whenOneOutputCannotBeWrittenTheOtherIsNotReplaced() throws Exception {
        Path keep = Files.writeString(dir.resolve("keep.png"), "keep");
        Path csv = dir.resolve("no/such/x.csv");
        assertEquals("error: cannot write " + csv + ": the folder does not exist",
                refused(1, "curves", "--epochs", "2", "--png", keep.toString(), "--csv", csv.toString()));
        assertEquals("keep", Files.readString(keep));
    }

    @Test
    void benchSecondsMustBeMeaningful() {
        assertEquals("error: --seconds must be from 0.1 to 600 (seconds of measuring per workload), got 0.000000001",
                refused(2, "bench", "--seconds", "1e-9"));
    }

    @Test
    void badWordDataNamesFileLineAndColumn() throws Exception {
        Path vocabulary = Files.write(dir.resolve("v.csv"), ("word,v1,v2,v3,v4\nrome,1,2,3,4\nparis,1," + "\u00e9").getBytes("ISO-8859-1"));
        Path sentences = Files.writeString(dir.resolve("s.txt"), "in [rome]\n");
        assertEquals("error: v.csv line 3, column 9: not UTF-8 text (save the file as UTF-8)",
                refused(2, "curves", "--vocabulary", vocabulary.toString(), "--sentences", sentences.toString(), "--png", dir.resolve("x.png").toString()));
    }

    @Test
    void aHugeConfigurationIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Limits.SCENARIO_BYTES + (50L << 20)); // sparse: reading it would take this much
        }
        assertEquals("error: " + big + ": the file has " + ((Limits.SCENARIO_BYTES >> 20) + 50) + " MB; at most " + (Limits.SCENARIO_BYTES >> 20)
                + " MB are read", refused(2, "trace", big.toString()));
    }

    @Test
    void emptyValidationCurvesAreExplained() throws Exception {
        Path v = Files.writeString(dir.resolve("v.csv"), "word,v1,v2,v3,v4\nrome,1,2,3,4\nwe,0,0,0,1\nin,0,1,0,0\n");
        Path s = Files.writeString(dir.resolve("s.txt"), "we in [rome]\n");
        cli = new CliRun();
        assertEquals(0, cli.run("curves", "--epochs", "2", "--activations", "tanh", "--optimizers", "sgd", "--vocabulary", v.toString(),
                "--sentences", s.toString(), "--csv", dir.resolve("x.csv").toString()), cli.err());
        assertTrue(cli.err().startsWith("note: no validation curves: 20% of the sentences are held out, which here is none"), cli.err());
    }
}
