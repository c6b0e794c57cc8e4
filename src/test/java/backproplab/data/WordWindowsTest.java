package backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.setup.Limits;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordWindowsTest {
    private final WordWindows data = WordWindows.bundled();

    @Test
    void bundledDataHasTheDocumentedSize() {
        int words = data.vocabulary().size();
        assertTrue(words >= 60 && words <= 150, words + " words");
        assertEquals(4, data.vocabulary().dimension());
        int sentences = data.sentences().size();
        assertTrue(sentences >= 100 && sentences <= 300, sentences + " sentences");
        for (String w : List.of("museums", "in", "paris", "are", "amazing", "not", "all")) {
            assertTrue(data.vocabulary().contains(w), w);
        }
        assertFalse(data.nonLocations().contains("paris"));
        assertTrue(data.nonLocations().contains("museums"));
    }

    @Test
    void locationsShareARegion() {
        double[] paris = data.vocabulary().vector("paris"), london = data.vocabulary().vector("london");
        double[] museums = data.vocabulary().vector("museums");
        assertTrue(distance(paris, london) < distance(paris, museums));
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.sqrt(s);
    }

    @Test
    void classroomExampleIsFixed() {
        WindowPair one = data.classroomExample(1);
        assertEquals(List.of("paris"), one.trueWords());
        assertEquals(List.of("museums"), one.corruptWords());
        assertArrayEquals(data.vocabulary().vector("paris"), one.sample().x(), 0.0);
        WindowPair five = data.classroomExample(5);
        assertEquals(List.of("museums", "in", "paris", "are", "amazing"), five.trueWords());
        assertEquals(List.of("not", "all", "museums", "in", "paris"), five.corruptWords());
        assertEquals(20, five.sample().x().length);
        assertArrayEquals(data.vocabulary().vector("in"), Arrays.copyOfRange(five.sample().x(), 4, 8), 0.0);
    }

    @Test
    void windowsArePaddedAndCorruptedByANonLocationCentre() {
        WordWindows.Split split = data.split(5, 7, 0.2);
        List<WindowPair> all = new ArrayList<>(split.training());
        all.addAll(split.validation());
        boolean padded = false;
        for (WindowPair p : all) {
            assertEquals(5, p.trueWords().size());
            assertFalse(data.nonLocations().contains(p.centre()), p.centre() + " is a location");
            assertTrue(data.nonLocations().contains(p.corruptWords().get(2)));
            assertEquals(p.trueWords().subList(0, 2), p.corruptWords().subList(0, 2));
            if (p.trueWords().get(0).equals(WordWindows.PAD)) {
                padded = true;
                assertArrayEquals(new double[4], Arrays.copyOfRange(p.sample().x(), 0, 4), 0.0);
            }
        }
        assertTrue(padded, "a location at a sentence start is padded");
    }

    @Test
    void splitIsBySentenceAndSeeded() {
        WordWindows.Split a = data.split(3, 11, 0.2), b = data.split(3, 11, 0.2), c = data.split(3, 12, 0.2);
        assertEquals(words(a.training()), words(b.training()));
        assertEquals(words(a.validation()), words(b.validation()));
        assertFalse(words(a.training()).equals(words(c.training())));
        assertTrue(a.validation().size() > 10 && a.training().size() > 4 * a.validation().size() - 20);
    }

    private static List<List<String>> words(List<WindowPair> pairs) {
        return pairs.stream().map(p -> List.of(String.join(" ", p.trueWords()), String.join(" ", p.corruptWords()))).toList();
    }

    @Test
    void badVocabularyRowsNameLineAndColumn() {
        String csv = "# comment\nword,v1,v2\nparis,0.1,0.2\nlondon,0.1,abc\n";
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> Vocabulary.read(new StringReader(csv), "vocabulary.csv", -1, Limits.DATA));
        assertEquals("vocabulary.csv line 4, column 12: 'abc' is not a number", e.getMessage());
        assertEquals(4, e.line());
        DataFormatException short_ = assertThrows(DataFormatException.class,
                () -> Vocabulary.read(new StringReader("word,v1,v2\nparis,0.1\n"), "v.csv", -1, Limits.DATA));
        assertEquals("v.csv line 2, column 7: expected a word and 2 numbers, found 1 number", short_.getMessage());
    }

    @Test
    void unknownWordsInSentencesNameLineAndColumn() throws Exception {
        Vocabulary v = Vocabulary.read(new StringReader("word,v1\nin,1\nparis,2\nmuseums,3\n"), "v.csv", -1, Limits.DATA);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> Sentence.read(new StringReader("museums in [paris]\nmuseums in [pariss]\n"), "s.txt", v, Limits.DATA));
        assertEquals("s.txt line 2, column 12: 'pariss' is not in the vocabulary", e.getMessage());
        List<Sentence> ok = Sentence.read(new StringReader("# c\n\nmuseums in [paris]\n"), "s.txt", v, Limits.DATA);
        assertEquals(List.of(2), ok.get(0).locationPositions());
    }
}
