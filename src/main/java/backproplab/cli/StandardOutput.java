package backproplab.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as the commands write it, keeping the system's reason when a write fails (a
 * full disk, a closed pipe), which a {@link PrintWriter} alone would swallow.
 */
final class StandardOutput extends Writer {
    private static volatile String failure;
    private final Writer out = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);

    /** A print writer on standard output whose failures {@link #failure()} can name. */
    static PrintWriter writer() {
        return new PrintWriter(new StandardOutput(), true);
    }

    /** Why the last write to standard output failed, e.g. "No space left on device". */
    static String failure() {
        return failure == null ? "it was closed" : failure;
    }

    /** Flushes {@code out}; false if anything written to it was lost. */
    static boolean flushed(PrintWriter out) {
        out.flush();
        return !out.checkError();
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        try {
            out.write(chars, offset, length);
        } catch (IOException e) {
            failure = e.getMessage();
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            failure = e.getMessage();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
