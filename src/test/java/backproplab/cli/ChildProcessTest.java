package backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real main in a child JVM, where exit codes and the streams themselves are what a person sees. */
class ChildProcessTest {
    @TempDir Path dir;

    record Result(int status, String out, String err) {}

    /** Runs {@code backproplab.Launcher args} with the test's class path; {@code stdout} receives standard output. */
    private static Result run(boolean withDisplay, File stdout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "backproplab.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        if (!withDisplay) {
            pb.environment().remove("DISPLAY");
            pb.environment().remove("WAYLAND_DISPLAY");
        }
        Path err = Files.createTempFile("child", ".err");
        Path out = stdout == null ? Files.createTempFile("child", ".out") : null;
        pb.redirectOutput(stdout != null ? ProcessBuilder.Redirect.to(stdout) : ProcessBuilder.Redirect.to(out.toFile()));
        pb.redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child finished");
        String o = out == null ? "" : Files.readString(out, StandardCharsets.UTF_8);
        return new Result(p.exitValue(), o, Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aFullDiskOnStandardOutputIsExitOneWithTheSystemsReason() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "/dev/full exists on Linux");
        Path config = Path.of("src/test/resources/golden/mazur-2-2-2.config.json");
        Result r = run(true, full, "trace", config.toString());
        assertEquals(1, r.status());
        assertEquals("error: cannot write to standard output: No space left on device", r.err().strip());
    }

    @Test
    void theWindowWithoutADisplaySaysSoInOneLine() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"));
        Result r = run(false, null);
        assertEquals(1, r.status());
        assertEquals("Backprop Lab needs a display to open its window, and none is set (DISPLAY is empty). "
                + "Without one, use the headless commands: trace, curves, bench (see --help).", r.err().strip());
    }

    @Test
    void aBadArgumentIsExitTwoWithNothingOnStandardOutput() throws Exception {
        Result r = run(true, null, "curves", "--activations", "sigmoid,sigmoid", "--png", dir.resolve("x.png").toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: --activations lists 'sigmoid' twice"), r.err());
    }
}
