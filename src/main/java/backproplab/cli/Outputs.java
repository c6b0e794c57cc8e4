package backproplab.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before any work, that the commands can write where they were asked to. */
final class Outputs {
    private Outputs() {}

    /** Why {@code file} cannot be written (no such folder, a folder, not writable), or null. */
    static String problem(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) return "it is a folder";
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) return "the folder does not exist";
        if (!Files.isWritable(dir) || (Files.exists(absolute) && !Files.isWritable(absolute))) return "permission denied";
        return null;
    }
}
