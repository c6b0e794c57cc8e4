package backproplab.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a file through a temporary sibling and a rename, so a failed write never leaves half a
 * file. A new file gets the permissions the umask gives; an existing one keeps its own; writing
 * to a symbolic link writes its target and leaves the link.
 */
public final class AtomicFiles {
    /** A temporary file of ours untouched this long belongs to no running save (a save writes it without pause). */
    static final Duration STALE = Duration.ofMinutes(5);
    /** The temporary files' names: "." + the target's name + "." + up to 16 hex digits + ".tmp". */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");
    /** This process's temporary files while they are written: never stale. */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    private AtomicFiles() {}

    /**
     * Removes what a killed save left in {@code dir}: files of the temporary files' own pattern that no
     * save of this process is writing and that nothing has touched for {@link #STALE}. Best effort: a
     * file that cannot be read or removed is left.
     */
    static void removeStale(Path dir) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path file : files) {
                if (!TEMPORARY.matcher(file.getFileName().toString()).matches() || WRITING.contains(file)) continue;
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(before)) Files.deleteIfExists(file);
            }
        } catch (IOException | DirectoryIteratorException e) {
            // best effort: the save itself reports any problem with the folder
        }
    }

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
        tmp.toFile().deleteOnExit(); // Ctrl + C while writing leaves no partial file behind; a kill is cleaned at the next save
        WRITING.add(tmp);
        try {
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE); // the umask applies, as for any new file
            if (Files.exists(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
            return tmp;
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            WRITING.remove(tmp);
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
                if (target.getParent() != null) removeStale(target.getParent());
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
                WRITING.remove(tmp);
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
        if (e instanceof NoSuchFileException) {
            // the folder is there, yet the file cannot be made: a system folder such as /proc
            return Files.isDirectory(target.getParent()) ? "cannot create files there" : "the folder does not exist";
        }
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
