package backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backproplab.setup.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit on word data at its edge, as Load data reads the files: the limit itself loads, one past
 * it is refused where it comes in, naming the file, line and column.
 */
class DataLimitsTest {
    private static final String HEADER = "word,v1,v2,v3,v4\n", WORDS = "we,0,0,0,1\nlive,0,0,1,0\nin,0,1,0,0\nrome,1,2,3,4\n";
    private static final String SENTENCE = "we live in [rome]\n";

    @TempDir Path dir;

    private WordWindows load(String vocabulary, String sentences) throws IOException, DataFormatException {
        return WordWindows.load(Files.writeString(dir.resolve("v.csv"), vocabulary), Files.writeString(dir.resolve("s.txt"), sentences), Limits.DATA);
    }

    private String refusal(String vocabulary, String sentences) {
        return assertThrows(DataFormatException.class, () -> load(vocabulary, sentences)).getMessage();
    }

    /** {@code count} rows of distinct words (w0, w1, …) after the four the sentence uses. */
    private static String vocabulary(int count) {
        StringBuilder out = new StringBuilder(HEADER).append(WORDS);
        for (int i = 4; i < count; i++) out.append('w').append(i).append(",0,0,0,0\n");
        return out.toString();
    }

    @Test
    void aVocabularyHoldsAtMostTheLimitsWords() throws Exception {
        assertEquals(Limits.WORDS, load(vocabulary(Limits.WORDS), SENTENCE).vocabulary().size());
        assertEquals("v.csv line " + (Limits.WORDS + 2) + ", column 1: a vocabulary has at most " + Limits.WORDS + " words; this is word "
                + (Limits.WORDS + 1), refusal(vocabulary(Limits.WORDS + 1), SENTENCE));
    }

    @Test
    void aWordHasAtMostTheLimitsCharactersAndAFiveMillionCharacterOneIsRefusedByItsLength() throws Exception {
        String longest = "r".repeat(Limits.WORD_LENGTH);
        WordWindows w = load(HEADER + WORDS + longest + ",1,1,1,1\n", "we live in [" + longest + "]\n");
        assertEquals(longest, w.sentences().get(0).words().get(3));
        assertEquals("v.csv line 6, column 1: a word has at most " + Limits.WORD_LENGTH + " characters; this one has " + (Limits.WORD_LENGTH + 1),
                refusal(HEADER + WORDS + longest + "r,1,1,1,1\n", SENTENCE));
        assertEquals("v.csv line 6, column 1: a word has at most " + Limits.WORD_LENGTH + " characters; this one has 5000000",
                refusal(HEADER + WORDS + "x".repeat(5_000_000) + ",1,1,1,1\n", SENTENCE));
    }

    @Test
    void aWordHoldsNoControlCharacter() {
        assertEquals("v.csv line 6, column 1: 'ro\u0001me' is not a word: it holds a control character",
                refusal(HEADER + WORDS + "ro\u0001me,1,1,1,1\n", SENTENCE));
    }

    @Test
    void theSentenceFileHoldsAtMostTheLimitsSentences() throws Exception {
        assertEquals(Limits.SENTENCES, load(HEADER + WORDS, SENTENCE.repeat(Limits.SENTENCES)).sentences().size());
        assertEquals("s.txt line " + (Limits.SENTENCES + 1) + ", column 1: at most " + Limits.SENTENCES + " sentences are read; this is sentence "
                + (Limits.SENTENCES + 1), refusal(HEADER + WORDS, SENTENCE.repeat(Limits.SENTENCES + 1)));
    }

    @Test
    void aSentenceHasAtMostTheLimitsCharactersAsKept() throws Exception {
        String longest = "live " + "in ".repeat((Limits.SENTENCE_LENGTH - "live [rome]".length()) / 3) + "[rome]";
        assertEquals(Limits.SENTENCE_LENGTH, longest.length());
        assertEquals(longest, load(HEADER + WORDS, "  " + longest.replace(" ", "   ") + "\n").sentences().get(0).text(),
                "spaces between words count once, as the sentence is kept");
        assertEquals("s.txt line 1, column 1: a sentence has at most " + Limits.SENTENCE_LENGTH
                + " characters (one space between words); this one has " + (Limits.SENTENCE_LENGTH + 3), refusal(HEADER + WORDS, "in " + longest));
    }

    @Test
    void aFileHasAtMostTheLimitsBytes() throws Exception {
        String comment = "# " + "x".repeat(97) + "\n"; // 100 bytes
        long rest = Limits.DATA_FILE_BYTES - SENTENCE.length();
        String exactly = SENTENCE + comment.repeat((int) (rest / 100)) + "#".repeat((int) (rest % 100));
        assertEquals(Limits.DATA_FILE_BYTES, exactly.length());
        assertEquals(1, load(HEADER + WORDS, exactly).sentences().size());
        IOException e = assertThrows(IOException.class, () -> load(HEADER + WORDS, exactly + "#"));
        assertEquals(dir.resolve("s.txt") + ": the file has " + (Limits.DATA_FILE_BYTES + 1) + " bytes; at most " + Limits.DATA_FILE_BYTES
                + " bytes are read", e.getMessage());
    }
}
