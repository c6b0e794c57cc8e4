package backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.setup.Limits;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher's own word files, as editors and spreadsheets really save them, and as they go wrong. */
class WordDataFilesTest {
    private static final String SENTENCES = "we live in [rome]\n";

    @TempDir Path dir;

    private WordWindows load(String vocabulary, String sentences) throws Exception {
        return WordWindows.load(Files.writeString(dir.resolve("v.csv"), vocabulary), Files.writeString(dir.resolve("s.txt"), sentences), Limits.DATA);
    }

    private String refusal(String vocabulary, String sentences) {
        return assertThrows(DataFormatException.class, () -> load(vocabulary, sentences)).getMessage();
    }

    private static String vocabulary(String... rows) {
        return "word,v1,v2,v3,v4\n" + String.join("\n", rows) + "\nwe,0,0,0,1\nlive,0,0,1,0\nin,0,1,0,0\n";
    }

    @Test
    void aByteOrderMarkIsIgnored() throws Exception {
        WordWindows w = load("\uFEFF" + vocabulary("rome,1,2,3,4"), "\uFEFF" + SENTENCES);
        assertTrue(w.vocabulary().contains("rome"));
        assertEquals("we live in [rome]", w.sentences().get(0).text());
    }

    @Test
    void numbersAreDecimalsAsPeopleWriteThem() throws Exception {
        assertEquals("v.csv line 2, column 10: '1d' is not a number", refusal(vocabulary("rome,1,2,1d,4"), SENTENCES));
        assertEquals("v.csv line 2, column 6: '0x1p2' is not a number", refusal(vocabulary("rome,0x1p2,2,3,4"), SENTENCES));
        assertEquals("v.csv line 2, column 6: 'NaN' is not a number", refusal(vocabulary("rome,NaN,2,3,4"), SENTENCES));
        assertTrue(load(vocabulary("rome,-1.5e-3,+2,.5,4."), SENTENCES).vocabulary().contains("rome"));
    }

    @Test
    void rowsOfTheWrongLengthAndReservedWordsAreNamed() {
        assertEquals("v.csv line 2, column 10: expected a word and 4 numbers, found 3 numbers", refusal(vocabulary("rome,1,2,3"), SENTENCES));
        assertEquals("v.csv line 2, column 1: '<pad>' is kept for the padding at sentence edges", refusal(vocabulary("<pad>,1,2,3,4"), SENTENCES));
        assertEquals("v.csv line 2, column 1: the networks read 4 numbers per word; this header names 3",
                refusal("# my words\nword,a,b,c\nrome,1,2,3\n", SENTENCES));
        assertEquals("s.txt line 1, column 4: '[]' is not a word or a location: write a location as one word in brackets, e.g. [paris]",
                refusal(vocabulary("rome,1,2,3,4"), "we [] in [rome]\n"));
    }

    @Test
    void notUtf8TextIsNamedWithItsPlace() throws Exception {
        Files.write(dir.resolve("v.csv"), vocabulary("rome,1,2,3,4").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("s.txt"), "we live in [rome]\nwe live in [m\u00fcnchen]\n".getBytes(StandardCharsets.ISO_8859_1));
        DataFormatException e = assertThrows(DataFormatException.class, () -> WordWindows.load(dir.resolve("v.csv"), dir.resolve("s.txt"), Limits.DATA));
        assertEquals("s.txt line 2, column 14: not UTF-8 text (save the file as UTF-8)", e.getMessage());
    }

    @Test
    void aHugeFileOrAFolderIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L << 20); // sparse: no disk is used
        }
        Path v = Files.writeString(dir.resolve("v.csv"), vocabulary("rome,1,2,3,4"));
        IOException e = assertThrows(IOException.class, () -> WordWindows.load(v, big, Limits.DATA));
        assertEquals(big + ": the file has 100 MB; at most 10 MB are read", e.getMessage());
        IOException folder = assertThrows(IOException.class, () -> WordWindows.load(dir, big, Limits.DATA));
        assertEquals(dir + ": it is a folder, not a file", folder.getMessage());
    }
}
