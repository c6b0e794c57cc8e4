package backproplab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving never leaves half a file, keeps a file's permissions and a link, and says why it failed. */
class AtomicFilesTest {
    @TempDir Path dir;

    @Test
    void anExistingFileKeepsItsPermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("lesson.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.writeString(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNewFileGetsTheUmasksPermissionsLikeAnyNewFile() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain"));
        Path written = dir.resolve("written.json");
        AtomicFiles.writeString(written, "{}");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written), "not a private temp file's 0600");
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsWritten() throws IOException {
        Path target = Files.writeString(dir.resolve("target.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);
        AtomicFiles.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(target));
    }

    @Test
    void aMissingFolderIsSaidPlainlyAndNoTemporaryFileIsLeft() {
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(dir.resolve("no/such/x.json"), "x"));
        assertEquals("the folder does not exist", e.getMessage());
        try (var files = Files.list(dir)) {
            assertFalse(files.findAny().isPresent());
        } catch (IOException io) {
            throw new AssertionError(io);
        }
    }
}
