package backproplab.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file through a temporary sibling and a rename, so a failed write never leaves half a
 * file. A new file gets the permissions the umask gives; an existing one keeps its own; writing
 * to a symbolic link writes its target and leaves the link.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes {@code bytes} to {@code target}, replacing it only once the whole content is on disk. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute) && Files.exists(absolute)) absolute = absolute.toRealPath();
        Path dir = absolute.getParent();
        Path tmp = dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE); // the umask applies, as for any new file
            if (Files.exists(absolute) && Files.getFileAttributeView(absolute, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(absolute));
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IOException(reason(e, absolute), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The system's reason in words, about {@code target} rather than a temporary file: "the folder does not exist", "permission denied", "No space left on device". */
    public static String reason(IOException e, Path target) {
        if (e instanceof NoSuchFileException) return Files.isDirectory(target.getParent()) ? "no such file" : "the folder does not exist";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
