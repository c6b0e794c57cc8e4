package backproplab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the text files a person gives the app (configurations, scenarios, word data): UTF-8 only,
 * a byte-order mark ignored, a size limit checked before reading, and every failure said as the
 * system's reason in words.
 */
public final class TextFiles {
    /** A file that is not UTF-8 text, with where its first bad byte is. */
    public static final class NotText extends IOException {
        private final int line, column;

        NotText(int line, int column) {
            super("line " + line + ", column " + column + ": not UTF-8 text (save the file as UTF-8)");
            this.line = line;
            this.column = column;
        }

        public int line() { return line; }

        public int column() { return column; }
    }

    private TextFiles() {}

    /**
     * The text of {@code file}, read only if it is a regular file and through a stream that stops one
     * byte past {@code maxBytes}: a device that never ends (/dev/zero) or a pipe that never writes is
     * refused without being read, and a file that grows while it is read is refused, not swallowed.
     *
     * @throws NotText if it is not UTF-8
     * @throws IOException with a message for people: "no such file", "permission denied", "it is a
     *                     folder, not a file", "it is not a regular file (a device or a pipe)", "the
     *                     file has 120 MB; at most 10 MB are read", or the system's own reason
     */
    public static String read(Path file, long maxBytes) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) throw new IOException("it is a folder, not a file");
            if (!attributes.isRegularFile()) throw new IOException("it is not a regular file (a device or a pipe)");
            if (attributes.size() > maxBytes) throw tooLarge(attributes.size(), maxBytes);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) throw tooLarge(-1, maxBytes);
                return decode(bytes);
            }
        } catch (NoSuchFileException e) {
            throw new IOException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied", e);
        } catch (FileSystemException e) {
            throw new IOException(reason(e), e);
        }
    }

    /** The system's reason in words ("too many levels of symbolic links"), without Java's class name or the path. */
    public static String reason(FileSystemException e) {
        String reason = e.getReason();
        if (reason == null || reason.isBlank()) return e.getClass().getSimpleName();
        return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }

    /** "the file has 23 MB; at most 20 MB are read" ({@code size} −1: more than were read, the file grew while read). */
    private static IOException tooLarge(long size, long maxBytes) {
        String has = size < 0 ? "more than " + megabytes(maxBytes) : megabytes(size), most = megabytes(maxBytes);
        if (has.equals(most)) { // just past the limit: megabytes would read "10 MB; at most 10 MB"
            has = size + " bytes";
            most = maxBytes + " bytes";
        }
        return new IOException("the file has " + has + "; at most " + most + " are read");
    }

    /** Strict UTF-8, without a leading byte-order mark. */
    public static String decode(byte[] bytes) throws NotText {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw notTextAt(out);
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static NotText notTextAt(CharBuffer decodedSoFar) {
        decodedSoFar.flip();
        int line = 1, column = 1;
        while (decodedSoFar.hasRemaining()) {
            char c = decodedSoFar.get();
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new NotText(line, column);
    }

    private static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
    }
}
