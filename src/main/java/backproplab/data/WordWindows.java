package backproplab.data;

import backproplab.engine.Sample;
import backproplab.io.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The notes' word-window task: a vocabulary of word vectors and sentences with marked locations.
 * A window of 1, 3 or 5 words centred on a location is a true example; the same window with its
 * centre replaced by a random non-location word is its corrupt partner. Windows are padded with
 * {@value #PAD} (the zero vector) at sentence edges.
 */
public final class WordWindows {
    /** The word shown for padding beyond a sentence edge; its vector is all zeros. */
    public static final String PAD = "<pad>";
    /** The window sizes the course uses: 1 → the 4-2-1 net, 5 → the 20-8-1 net. */
    public static final List<Integer> SIZES = List.of(1, 3, 5);

    /** The notes' fixed classroom example: the true window centred on "paris" … */
    public static final List<String> CLASSROOM_TRUE = List.of("museums", "in", "paris", "are", "amazing");
    /** … and the corrupt window "not all museums in paris" (centre word "museums"). */
    public static final List<String> CLASSROOM_CORRUPT = List.of("not", "all", "museums", "in", "paris");

    /** The length of the word vectors the course's networks read (4-2-1 takes one word). */
    public static final int DIMENSION = 4;

    /** The shipped data are read from the jar without limits (a test checks that they keep within them). */
    private static final DataLimits SHIPPED = new DataLimits(Long.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE);

    private final Vocabulary vocabulary;
    private final List<Sentence> sentences;
    private final List<String> nonLocations;
    private final boolean bundled;

    public WordWindows(Vocabulary vocabulary, List<Sentence> sentences) {
        this(vocabulary, sentences, false);
    }

    private WordWindows(Vocabulary vocabulary, List<Sentence> sentences, boolean bundled) {
        this.bundled = bundled;
        this.vocabulary = vocabulary;
        this.sentences = List.copyOf(sentences);
        Set<String> locations = new LinkedHashSet<>();
        for (Sentence s : sentences) {
            for (int p : s.locationPositions()) locations.add(s.words().get(p));
        }
        List<String> others = new ArrayList<>(vocabulary.words());
        others.removeAll(locations);
        if (others.isEmpty()) throw new IllegalArgumentException("the vocabulary has no non-location word to corrupt windows with");
        this.nonLocations = List.copyOf(others);
    }

    /** The vocabulary and sentences shipped in {@code assets/}, read once. */
    public static WordWindows bundled() {
        return Bundled.DATA;
    }

    /** True for the data shipped in {@code assets/} (a scenario file then names it instead of embedding it). */
    public boolean isBundled() {
        return bundled;
    }

    private static final class Bundled {
        static final WordWindows DATA = read();

        private static WordWindows read() {
            try {
                Vocabulary vocabulary = readBundledVocabulary();
                return new WordWindows(vocabulary, readBundledSentences(vocabulary), true);
            } catch (IOException | DataFormatException e) {
                throw new IllegalStateException("the bundled word-window data is broken: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Reads a replacement vocabulary and sentence file, each at most {@code limits.fileBytes()} long;
     * errors name the file, line and column.
     * The vectors must have {@value #DIMENSION} numbers and at least one sentence must mark a location.
     */
    public static WordWindows load(Path vocabularyFile, Path sentenceFile, DataLimits limits) throws IOException, DataFormatException {
        String vocabularyName = vocabularyFile.getFileName().toString(), sentenceName = sentenceFile.getFileName().toString();
        String vocabulary = text(vocabularyFile, vocabularyName, limits), sentences = text(sentenceFile, sentenceName, limits);
        return read(new StringReader(vocabulary), vocabularyName, new StringReader(sentences), sentenceName, limits);
    }

    private static String text(Path file, String name, DataLimits limits) throws IOException, DataFormatException {
        try {
            return TextFiles.read(file, limits.fileBytes());
        } catch (TextFiles.NotText e) {
            throw new DataFormatException(name, e.line(), e.column(), "not UTF-8 text (save the file as UTF-8)");
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a vocabulary (CSV) and sentences from text; errors name {@code vocabularyName} or
     * {@code sentenceName} with the line and column.
     */
    public static WordWindows read(Reader vocabularyText, String vocabularyName, Reader sentenceText, String sentenceName,
            DataLimits limits) throws IOException, DataFormatException {
        Vocabulary v = Vocabulary.read(vocabularyText, vocabularyName, DIMENSION, limits);
        List<Sentence> sentences = Sentence.read(sentenceText, sentenceName, v, limits);
        if (sentences.stream().allMatch(s -> s.locationPositions().isEmpty())) {
            throw new DataFormatException(sentenceName, 1, 1, "no sentence marks a location; write one as [paris]");
        }
        try {
            return new WordWindows(v, sentences);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(vocabularyName, 1, 1, e.getMessage());
        }
    }

    /** True when every word of the notes' fixed example is in the vocabulary. */
    public boolean hasClassroomExample() {
        return CLASSROOM_TRUE.stream().allMatch(vocabulary::contains) && CLASSROOM_CORRUPT.stream().allMatch(vocabulary::contains);
    }

    private static Vocabulary readBundledVocabulary() throws IOException, DataFormatException {
        try (Reader r = bundled("vocabulary.csv")) {
            return Vocabulary.read(r, "vocabulary.csv", DIMENSION, SHIPPED);
        }
    }

    private static List<Sentence> readBundledSentences(Vocabulary v) throws IOException, DataFormatException {
        try (Reader r = bundled("sentences.txt")) {
            return Sentence.read(r, "sentences.txt", v, SHIPPED);
        }
    }

    private static Reader bundled(String name) throws IOException {
        InputStream in = WordWindows.class.getResourceAsStream("/assets/" + name);
        if (in == null) throw new IOException("assets/" + name + " is not on the class path");
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    public Vocabulary vocabulary() { return vocabulary; }

    public List<Sentence> sentences() { return sentences; }

    /** Words never marked as a location: the candidates for a corrupt centre word. */
    public List<String> nonLocations() { return nonLocations; }

    /** The fixed classroom pair, cut to the given window size around its centre. */
    public WindowPair classroomExample(int windowSize) {
        checkSize(windowSize);
        int from = 2 - windowSize / 2;
        return pair(CLASSROOM_TRUE.subList(from, from + windowSize), CLASSROOM_CORRUPT.subList(from, from + windowSize));
    }

    /**
     * Every location window of the corpus with its corrupt partner, split by sentence into a
     * training and a validation part. One generator seeded with {@code seed} decides the split
     * and then every corrupt centre word, so a seed always gives the same examples.
     */
    public Split split(int windowSize, long seed, double validationFraction) {
        checkSize(windowSize);
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + validationFraction);
        }
        Random random = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) order.add(i);
        Collections.shuffle(order, random);
        int validationCount = (int) Math.round(sentences.size() * validationFraction);
        List<WindowPair> training = new ArrayList<>(), validation = new ArrayList<>();
        for (int n = 0; n < order.size(); n++) {
            Sentence s = sentences.get(order.get(n));
            List<WindowPair> target = n < validationCount ? validation : training;
            for (int p : s.locationPositions()) target.add(windowAt(s, p, windowSize, random));
        }
        return new Split(training, validation);
    }

    private WindowPair windowAt(Sentence s, int centre, int windowSize, Random random) {
        List<String> words = new ArrayList<>();
        for (int i = centre - windowSize / 2; i <= centre + windowSize / 2; i++) {
            words.add(i < 0 || i >= s.words().size() ? PAD : s.words().get(i));
        }
        List<String> corrupt = new ArrayList<>(words);
        corrupt.set(windowSize / 2, nonLocations.get(random.nextInt(nonLocations.size())));
        return pair(words, corrupt);
    }

    private WindowPair pair(List<String> trueWords, List<String> corruptWords) {
        return new WindowPair(trueWords, corruptWords, new Sample(concat(trueWords), concat(corruptWords)));
    }

    private double[] concat(List<String> words) {
        int d = vocabulary.dimension();
        double[] x = new double[words.size() * d];
        for (int w = 0; w < words.size(); w++) {
            if (!words.get(w).equals(PAD)) System.arraycopy(vocabulary.vector(words.get(w)), 0, x, w * d, d);
        }
        return x;
    }

    private static void checkSize(int windowSize) {
        if (!SIZES.contains(windowSize)) throw new IllegalArgumentException("window size must be 1, 3 or 5, got " + windowSize);
    }

    /** Training and validation windows; split by sentence, so no sentence feeds both. */
    public record Split(List<WindowPair> training, List<WindowPair> validation) {
        public Split {
            training = List.copyOf(training);
            validation = List.copyOf(validation);
        }
    }
}
