package backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import backproplab.data.Sentence;
import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.Initialization;
import backproplab.engine.Loss;
import backproplab.engine.OptimizerSettings.Type;
import backproplab.setup.Limits;
import backproplab.setup.Position;
import backproplab.setup.Preset;
import backproplab.setup.Session;
import backproplab.setup.Setup;
import backproplab.walkthrough.Lesson;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever a person can make, Save writes and Open reads back as the same lesson: the same setup,
 * word data and position, and the same bytes when saved again. Sessions up to about 1 MB: word data
 * of the teacher's own (words with quotes, backslashes, accents and emoji; numbers from 1e-300 to
 * 1e300) or the bundled ones, every shape and optimizer, positions up to 300 updates.
 */
class ScenarioRoundTripPropertyTest {
    /** Characters a word may hold, including ones JSON escapes and ones whose lower case is longer. */
    private static final int[] LETTER_CODES = "abcdefghijklmnopqrstuvwxyzéß\"\\'İ😀中-_.".codePoints().toArray();

    @Property(tries = 50)
    void whatIsSavedOpensAsTheSameLessonAndSavesToTheSameBytes(@ForAll("setups") Setup setup, @ForAll("words") WordWindows words,
            @ForAll @IntRange(max = 300) int updates, @ForAll @IntRange(max = 10_000) int stepChoice) throws Exception {
        Session atStart = new Session(setup, words, new Position(updates, 0));
        int steps = Lesson.at(atStart).walkthrough().size();
        Session before = atStart.withPosition(new Position(updates, stepChoice % steps));

        String text = ScenarioFile.write(before);
        Session opened = ScenarioFile.read(text);

        assertEquals(before.setup(), opened.setup(), "the setup");
        assertEquals(before.position(), opened.position(), "the position");
        assertSameWords(before.words(), opened.words());
        assertEquals(text, ScenarioFile.write(opened), "the same bytes on a second save");
    }

    private static void assertSameWords(WordWindows expected, WordWindows actual) {
        assertEquals(expected.isBundled(), actual.isBundled(), "bundled or embedded");
        assertEquals(expected.vocabulary().words(), actual.vocabulary().words(), "the words, in order");
        for (String w : expected.vocabulary().words()) {
            assertArrayEquals(expected.vocabulary().vector(w), actual.vocabulary().vector(w), "the vector of " + w);
        }
        assertEquals(expected.sentences().stream().map(Sentence::text).toList(), actual.sentences().stream().map(Sentence::text).toList());
    }

    @Provide
    Arbitrary<Setup> setups() {
        Arbitrary<Preset> shape = Arbitraries.of(Preset.CLASSROOM, Preset.WINDOW, Preset.MAZUR, Preset.CUSTOM);
        Arbitrary<Activation> hidden = Arbitraries.of(Activation.class);
        Arbitrary<Type> optimizer = Arbitraries.of(Type.class);
        Arbitrary<Double> rate = Arbitraries.doubles().between(0, 2);
        Arbitrary<Long> seed = Arbitraries.longs().between(0, (long) Limits.MAX_SEED);
        Arbitrary<Initialization> init = Arbitraries.of(Initialization.class);
        Arbitrary<Boolean> maxMargin = Arbitraries.of(true, false);
        Arbitrary<Double> l2 = Arbitraries.of(0.0, 1e-4, 0.01);
        return Combinators.combine(shape, hidden, optimizer, rate, seed, init, maxMargin, l2).as((p, h, o, r, s, i, m, l) ->
                Setup.classroom().withPreset(p).with(b -> {
                    b.hidden = h;
                    b.optimizer = o;
                    b.rates[o.ordinal()] = r;
                    b.seed = s;
                    b.init = i;
                    b.loss = m ? Loss.Kind.MAX_MARGIN : Loss.Kind.SQUARED_ERROR;
                    b.l2 = l;
                }));
    }

    @Provide
    Arbitrary<WordWindows> words() {
        Arbitrary<WordWindows> own = Combinators.combine(Arbitraries.integers().between(3, 2_000), Arbitraries.integers().between(1, 3_000),
                Arbitraries.longs()).as(ScenarioRoundTripPropertyTest::ownWords);
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(WordWindows.bundled())), Tuple.of(3, own));
    }

    /** A teacher's own data: {@code words} distinct words, {@code sentences} sentences with a location each. */
    private static WordWindows ownWords(int words, int sentences, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("word,v1,v2,v3,v4\n");
        List<Double> extremes = List.of(1e-300, -1e300, 0.0, -0.0, 0.1, 1.0 / 3, 123456789.125);
        String[] vocabulary = new String[words];
        for (int w = 0; w < words; w++) {
            StringBuilder word = new StringBuilder("w" + w); // distinct in lower case, whatever follows
            int length = random.nextInt(random.nextInt(10) == 0 ? (Limits.WORD_LENGTH - 6) / 2 : 8); // İ and 😀 take two characters
            for (int c = 0; c < length; c++) word.appendCodePoint(LETTER_CODES[random.nextInt(LETTER_CODES.length)]);
            vocabulary[w] = word.toString().toLowerCase(Locale.ROOT);
            csv.append(word);
            for (int d = 0; d < WordWindows.DIMENSION; d++) {
                double v = random.nextInt(4) == 0 ? extremes.get(random.nextInt(extremes.size())) : random.nextGaussian();
                csv.append(',').append(v);
            }
            csv.append('\n');
        }
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            int length = 1 + random.nextInt(12), location = random.nextInt(length);
            for (int i = 0; i < length; i++) {
                String word = vocabulary[1 + random.nextInt(words - 1)]; // word 0 is never a location, so a corrupt centre exists
                text.append(i == 0 ? "" : " ").append(i == location ? "[" + word + "]" : word);
            }
            text.append('\n');
        }
        try {
            return WordWindows.read(new StringReader(csv.toString()), "v.csv", new StringReader(text.toString()), "s.txt", Limits.DATA);
        } catch (Exception e) {
            throw new AssertionError("the generator made data that do not load: " + e.getMessage(), e);
        }
    }
}
