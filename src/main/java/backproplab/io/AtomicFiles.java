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
import java.util.ArrayList;
import java.util.List;
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
        writeAll(List.of(target), List.of(bytes));
    }

    /** The file to write for {@code target}: absolute, and a symbolic link's target rather than the link. */
    private static Path resolve(Path target) throws Failure {
        Path absolute = target.toAbsolutePath();
        try {
            return Files.isSymbolicLink(absolute) && Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            throw new Failure(target, reason(e, absolute), e);
        }
    }

    /** {@code bytes} in a new sibling of {@code target} with the permissions the finished file should have. */
    private static Path writeTemporary(Path target, byte[] bytes) throws IOException {
        Path dir = target.getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        tmp.toFile().deleteOnExit(); // Ctrl + C while writing leaves no partial file behind
        try {
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE); // the umask applies, as for any new file
            if (Files.exists(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
            return tmp;
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** A write of several files that failed; {@link #file()} names the one, the message says why. */
    public static final class Failure extends IOException {
        private final Path file;

        Failure(Path file, String reason, Throwable cause) {
            super(reason, cause);
            this.file = file;
        }

        public Path file() { return file; }
    }

    /**
     * Writes every file or none: each to a temporary sibling first, and only when all are
     * complete are they renamed over their targets. A failure removes the temporary files.
     */
    public static void writeAll(List<Path> targets, List<byte[]> contents) throws Failure {
        List<Path> temps = new ArrayList<>(), finals = new ArrayList<>();
        try {
            for (int f = 0; f < targets.size(); f++) {
                Path target = resolve(targets.get(f));
                Path tmp;
                try {
                    tmp = writeTemporary(target, contents.get(f));
                } catch (IOException e) {
                    throw new Failure(targets.get(f), reason(e, target), e);
                }
                temps.add(tmp);
                finals.add(target);
            }
            for (int f = 0; f < temps.size(); f++) {
                try {
                    Files.move(temps.get(f), finals.get(f), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new Failure(targets.get(f), reason(e, finals.get(f)), e);
                }
            }
        } finally {
            for (Path tmp : temps) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the rename took it, or it is gone: nothing to clean
                }
            }
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The system's reason in words, about {@code target} rather than a temporary file: "the folder does not exist",
     * "permission denied", "No space left on device".
     */
    public static String reason(IOException e, Path target) {
        if (e instanceof NoSuchFileException) return Files.isDirectory(target.getParent()) ? "no such file" : "the folder does not exist";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
