package backproplab.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

/** Named pipes for tests of what must never be read (Linux and macOS: mkfifo). */
public final class Pipes {
    private Pipes() {}

    /** A named pipe at {@code path} with no writer; the test is skipped where mkfifo is missing. */
    public static Path make(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            throw e;
        }
        assumeTrue(p.waitFor() == 0, "mkfifo failed");
        return path;
    }
}
