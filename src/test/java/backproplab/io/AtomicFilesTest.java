package backproplab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
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

    @Test
    void aSaveRemovesTheTemporaryFilesAKilledSaveLeftAndNothingElse() throws Exception {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        Path killed = Files.writeString(dir.resolve(".lesson.json.3f2a9c01d.tmp"), "half a lesson");
        Path person = Files.writeString(dir.resolve(".notes.txt.tmp"), "not our pattern");
        Path draft = Files.writeString(dir.resolve("draft.tmp"), "not hidden");
        for (Path p : new Path[] {killed, person, draft}) Files.setLastModifiedTime(p, hourAgo);
        Path writing = Files.writeString(dir.resolve(".other.json.1b.tmp"), "touched just now: a save may be writing it");
        AtomicFiles.writeString(dir.resolve("lesson.json"), "{}");
        assertFalse(Files.exists(killed), "a killed save's file is removed");
        assertTrue(Files.exists(writing), "a recent one may belong to a running save");
        assertTrue(Files.exists(person));
        assertTrue(Files.exists(draft));
        assertEquals("{}", Files.readString(dir.resolve("lesson.json")));
    }

    @Test
    void savingIntoASystemFolderSaysFilesCannotBeCreatedThere() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc), "Linux's /proc");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(proc.resolve("lesson.json"), "{}"));
        assertEquals("cannot create files there", e.getMessage());
    }
}
