package backproplab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the app is given is read only if it is a regular file, and never past its limit: a device
 * that never ends or a pipe that never writes is refused without being read. The timeouts only
 * catch a hang (reading /dev/zero whole, or waiting on a pipe's writer).
 */
class TextFilesTest {
    @TempDir Path dir;

    private String refusal(Path file, long limit) {
        return assertThrows(IOException.class, () -> TextFiles.read(file, limit)).getMessage();
    }

    @Test
    @Timeout(120)
    void aDeviceOrAPipeIsRefusedWithoutBeingRead() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");
        assertEquals("it is not a regular file (a device or a pipe)", refusal(zero, 1 << 20));
        Path pipe = Pipes.make(dir.resolve("pipe.json"));
        assertEquals("it is not a regular file (a device or a pipe)", refusal(pipe, 1 << 20), "no writer: opening it would wait");
    }

    @Test
    void aFileIsReadUpToItsLimitAndRefusedOneByteOver() throws Exception {
        Path file = Files.writeString(dir.resolve("a.json"), "x".repeat(2048));
        assertEquals(2048, TextFiles.read(file, 2048).length(), "the limit itself is read");
        assertEquals("the file has 2 KB; at most 1 KB are read", refusal(file, 1024));
        assertEquals("it is a folder, not a file", refusal(dir, 1024));
        assertEquals("no such file", refusal(dir.resolve("gone.json"), 1024));
    }

    @Test
    void aLinkLoopIsSaidInWordsWithoutAPath() throws Exception {
        Path a = dir.resolve("a.json"), b = dir.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        String reason = refusal(a, 1024);
        assertTrue(reason.startsWith("too many levels of symbolic links"), reason);
        assertFalse(reason.contains(dir.toString()) || reason.contains("Exception"), reason);
    }
}
