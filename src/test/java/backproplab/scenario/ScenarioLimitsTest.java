package backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.config.ConfigException;
import backproplab.data.WordWindows;
import backproplab.setup.Limits;
import backproplab.setup.Position;
import backproplab.setup.Preset;
import backproplab.setup.Session;
import backproplab.setup.Setup;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What can be saved can be opened: a lesson on word data at every limit saves within the scenario
 * limit and opens again, files of version 1 keep opening, and a file past a limit is refused with
 * the field named.
 */
class ScenarioLimitsTest {
    private static String resource(String name) throws Exception {
        try (InputStream in = ScenarioLimitsTest.class.getResourceAsStream("/scenario/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** "line L, column C" where {@code part} first appears in {@code text}, both 1-based. */
    private static String at(String text, String part) {
        String before = text.substring(0, text.indexOf(part));
        return "line " + (before.chars().filter(c -> c == '\n').count() + 1) + ", column " + (before.length() - before.lastIndexOf('\n'));
    }

    private static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The bundled sentences, again and again, {@code count} lines in all. */
    private static String manySentences(int count) throws Exception {
        String[] lines;
        try (InputStream in = WordWindows.class.getResourceAsStream("/assets/sentences.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toArray(String[]::new);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) out.append(lines[i % lines.length]).append('\n');
        return out.toString();
    }

    @Test
    void filesOfVersion1KeepOpeningAndAreSavedAsVersion2() throws Exception {
        Session classroom = new Session(Setup.classroom(), WordWindows.bundled(), new Position(2, 14));
        assertEquals(classroom, ScenarioFile.read(resource("v1-classroom.json")));
        Session changed = ScenarioFile.read(resource("v1-everything-changed.json"));
        assertEquals(ScenarioFileTest.everythingChanged(), changed);
        Session own = ScenarioFile.read(resource("v1-own-words.json"));
        assertEquals(3, own.words().sentences().size());
        assertEquals(new Position(1, 5), own.position());
        String again = ScenarioFile.write(own);
        assertTrue(again.contains("\"version\": 2"), again);
        assertEquals(own.setup(), ScenarioFile.read(again).setup());
    }

    @Test
    void version2SavesOnlyTheExamplesTheStepsUse() throws Exception {
        String atThird = ScenarioFile.write(new Session(Setup.classroom(), WordWindows.bundled(), new Position(2, 0)));
        assertEquals(3, ScenarioFile.traceConfig(atThird).data().length, "updates 0, 1 and 2");
        String oneMore = atThird.replaceFirst("(\"data\": \\[\\s*)(\\{[^}]*\\},)", "$1$2$2");
        String message = assertThrows(ConfigException.class, () -> ScenarioFile.read(oneMore)).getMessage();
        assertTrue(message.startsWith("data has 4 examples, but the steps use 3 (the first position.updates + 1 of the lesson's "), message);
    }

    @Test
    void aLessonOn200000SentencesThatWasSavedOpens() throws Exception {
        String vocabulary = new String(WordWindows.class.getResourceAsStream("/assets/vocabulary.csv").readAllBytes(), StandardCharsets.UTF_8);
        WordWindows words = WordWindows.read(new StringReader(vocabulary), "vocabulary.csv", new StringReader(manySentences(200_000)),
                "sentences.txt", Limits.DATA);
        Session saved = new Session(Setup.classroom(), words, Position.START);
        String text = ScenarioFile.write(saved);
        assertTrue(bytes(text) < 10L << 20, "written once: " + bytes(text) + " bytes");
        Session opened = ScenarioFile.read(text);
        assertEquals(200_000, opened.words().sentences().size());
        assertEquals(text, ScenarioFile.write(opened));
    }

    @Test
    void aLessonOnWordDataAtEveryLimitSavesWithinTheScenarioLimitAndOpens() throws Exception {
        Random random = new Random(1);
        StringBuilder vocabulary = new StringBuilder("word,v1,v2,v3,v4\n");
        String[] shortWords = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
        for (int w = 0; w < Limits.WORDS; w++) {
            String word = w < shortWords.length ? shortWords[w] : ("\"" + w + "\\").repeat(Limits.WORD_LENGTH).substring(0, Limits.WORD_LENGTH);
            vocabulary.append(word);
            for (int d = 0; d < WordWindows.DIMENSION; d++) vocabulary.append(',').append(-1.2345678901234567E-100 * (1 + random.nextInt(8)));
            vocabulary.append('\n');
        }
        StringBuilder sentences = new StringBuilder();
        String line = "a b c d [e] f g h i j a b c d e f g h  i";
        long perLine = (Limits.DATA_FILE_BYTES - 1) / Limits.SENTENCES; // 41 bytes with the line break
        assertEquals(perLine, line.length() + 1);
        for (int s = 0; s < Limits.SENTENCES; s++) sentences.append(line).append('\n');
        WordWindows words = WordWindows.read(new StringReader(vocabulary.toString()), "v.csv", new StringReader(sentences.toString()), "s.txt",
                Limits.DATA);
        Session saved = new Session(Setup.classroom().withPreset(Preset.WINDOW), words, new Position(Limits.UPDATES, 0));

        String text = ScenarioFile.write(saved);
        assertTrue(bytes(text) <= Limits.SCENARIO_BYTES, bytes(text) + " bytes");
        assertEquals(Limits.UPDATES + 1, ScenarioFile.traceConfig(text).data().length);
        Session opened = ScenarioFile.read(text);
        assertEquals(saved.setup(), opened.setup());
        assertEquals(saved.position(), opened.position());
        assertFalse(opened.words().isBundled());
    }

    @Test
    void aPositionHoldsAtMostTheLimitsUpdates() throws Exception {
        String text = ScenarioFile.write(new Session(Setup.classroom(), WordWindows.bundled(), new Position(Limits.UPDATES, 0)));
        assertEquals(Limits.UPDATES, ScenarioFile.read(text).position().updates());
        String past = text.replace("\"updates\": " + Limits.UPDATES, "\"updates\": " + (Limits.UPDATES + 1))
                .replace("\"steps\": " + (Limits.UPDATES + 1), "\"steps\": " + (Limits.UPDATES + 2));
        String message = assertThrows(ConfigException.class, () -> ScenarioFile.read(past)).getMessage();
        assertTrue(message.startsWith("position.updates must be from 0 to " + Limits.UPDATES + ", got " + (Limits.UPDATES + 1) + " (line "),
                message);
    }

    @Test
    void aWordOrASentencePastItsLimitInAFileIsRefusedAtItsLine() throws Exception {
        String v1 = resource("v1-own-words.json");
        String longWord = v1.replace("\"rome\": [", "\"" + "r".repeat(5_000_000) + "\": [");
        String tooLong = "a text is too long: a sentence has at most " + Limits.SENTENCE_LENGTH + " characters, a word at most " + Limits.WORD_LENGTH;
        assertEquals("invalid JSON at " + at(v1, "\"rome\": [") + ": " + tooLong,
                assertThrows(ConfigException.class, () -> ScenarioFile.read(longWord)).getMessage());
        String longSentence = v1.replace("\"in [rome] we live\"", "\"in [rome] we live" + " we".repeat(Limits.SENTENCE_LENGTH) + "\"");
        assertEquals("invalid JSON at " + at(v1, "\"in [rome] we live\"") + ": " + tooLong,
                assertThrows(ConfigException.class, () -> ScenarioFile.read(longSentence)).getMessage());
    }
}
