package backproplab.cli;

import backproplab.io.AtomicFiles;
import backproplab.io.TextFiles;
import backproplab.setup.Limits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Where the commands read their configuration and write their result, with the exit status of each failure. */
final class Outputs {
    private Outputs() {}

    /** True if {@code output} names a file; null and "-" mean standard output. */
    static boolean toFile(Path output) {
        return output != null && !output.toString().equals("-");
    }

    /** Says (exit 1) before any work if {@code output} cannot be written; true if it can. */
    static boolean writable(CommandSpec spec, Path output) {
        String problem = toFile(output) ? problem(output) : null;
        if (problem != null) spec.commandLine().getErr().println("error: cannot write " + output + ": " + problem);
        return problem == null;
    }

    /** The text of a configuration or scenario, or null after saying why not (exit 2). */
    static String readConfig(CommandSpec spec, Path config) {
        try {
            return TextFiles.read(config, Limits.SCENARIO_BYTES);
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + config + ": " + e.getMessage());
            return null;
        }
    }

    /** Writes {@code document} to {@code output} (a file, through a temporary one, or standard output); the exit status. */
    static int write(CommandSpec spec, Path output, String document) {
        PrintWriter err = spec.commandLine().getErr();
        if (!toFile(output)) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(document);
            if (!StandardOutput.flushed(out)) {
                err.println("error: cannot write to standard output: " + StandardOutput.failure());
                return 1;
            }
            return 0;
        }
        try {
            AtomicFiles.writeString(output, document);
            return 0;
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
    }

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
