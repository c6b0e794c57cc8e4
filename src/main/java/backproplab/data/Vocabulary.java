package backproplab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Word vectors read from a CSV file: a header {@code word,v1,v2,…}, then one row per word.
 * Lines starting with {@code #} and blank lines are ignored; words are case-insensitive.
 */
public final class Vocabulary {
    private final Map<String, double[]> vectors;
    private final int dimension;

    private Vocabulary(Map<String, double[]> vectors, int dimension) {
        this.vectors = Collections.unmodifiableMap(vectors);
        this.dimension = dimension;
    }

    /**
     * Reads a vocabulary whose vectors must have {@code dimension} numbers (any number if negative);
     * a header of another length is reported at the header. At most {@code limits.words()} words
     * of at most {@code limits.wordLength()} characters (in lower case).
     *
     * @param source the file name used in error messages
     * @throws DataFormatException naming the line and column of the first bad row
     */
    public static Vocabulary read(Reader reader, String source, int expectedDimension, DataLimits limits)
            throws IOException, DataFormatException {
        Map<String, double[]> vectors = new LinkedHashMap<>();
        int dimension = -1;
        BufferedReader in = new BufferedReader(reader);
        int lineNumber = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            List<Field> fields = Field.split(line);
            if (dimension < 0) { // the header row
                if (!fields.get(0).text.equalsIgnoreCase("word") || fields.size() < 2) {
                    throw new DataFormatException(source, lineNumber, 1, "expected a header like word,v1,v2,v3,v4");
                }
                dimension = fields.size() - 1;
                if (expectedDimension >= 0 && dimension != expectedDimension) {
                    throw new DataFormatException(source, lineNumber, 1, "the networks read " + expectedDimension
                            + " numbers per word; this header names " + dimension);
                }
                continue;
            }
            if (fields.size() != dimension + 1) {
                Field last = fields.get(fields.size() - 1);
                throw new DataFormatException(source, lineNumber, last.column,
                        "expected a word and " + dimension + " numbers, found " + (fields.size() - 1) + " number" + (fields.size() == 2 ? "" : "s"));
            }
            String word = fields.get(0).text.toLowerCase(Locale.ROOT);
            String problem = problem(word, limits);
            if (problem != null) throw new DataFormatException(source, lineNumber, fields.get(0).column, problem);
            if (vectors.size() == limits.words()) {
                throw new DataFormatException(source, lineNumber, fields.get(0).column,
                        "a vocabulary has at most " + limits.words() + " words; this is word " + (limits.words() + 1L));
            }
            if (word.equals(WordWindows.PAD)) {
                throw new DataFormatException(source, lineNumber, fields.get(0).column, "'" + WordWindows.PAD + "' is kept for the padding at sentence edges");
            }
            if (vectors.containsKey(word)) {
                throw new DataFormatException(source, lineNumber, fields.get(0).column, "'" + word + "' appears twice");
            }
            double[] v = new double[dimension];
            for (int i = 0; i < dimension; i++) {
                v[i] = fields.get(i + 1).number(source, lineNumber);
            }
            vectors.put(word, v);
        }
        if (dimension < 0 || vectors.isEmpty()) {
            throw new DataFormatException(source, Math.max(lineNumber, 1), 1, "no words found");
        }
        return new Vocabulary(vectors, dimension);
    }

    /** The length of every word vector. */
    public int dimension() {
        return dimension;
    }

    public int size() {
        return vectors.size();
    }

    public boolean contains(String word) {
        return vectors.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The vector of {@code word} (live, do not modify). */
    public double[] vector(String word) {
        double[] v = vectors.get(word.toLowerCase(Locale.ROOT));
        if (v == null) throw new IllegalArgumentException("'" + word + "' is not in the vocabulary");
        return v;
    }

    /** Every word, in file order. */
    public List<String> words() {
        return List.copyOf(vectors.keySet());
    }

    /** Why {@code word} (in lower case) cannot be a word, or null. */
    private static String problem(String word, DataLimits limits) {
        if (word.isEmpty() || word.contains(" ") || word.contains("[") || word.contains("]")) return "'" + shorten(word) + "' is not a word";
        if (word.length() > limits.wordLength()) {
            return "a word has at most " + limits.wordLength() + " characters; this one has " + word.length();
        }
        if (word.chars().anyMatch(Character::isISOControl)) return "'" + shorten(word) + "' is not a word: it holds a control character";
        return null;
    }

    /** A long word or field cut for a message. */
    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** One comma-separated field and the 1-based column where it starts. */
    private record Field(String text, int column) {
        /** A decimal number as people write it (2, -0.5, 1e-3); Java's 1d or 0x1p2 are not. */
        private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

        static List<Field> split(String line) {
            ArrayList<Field> out = new ArrayList<>();
            int start = 0;
            while (true) {
                int comma = line.indexOf(',', start);
                int end = comma < 0 ? line.length() : comma;
                String raw = line.substring(start, end);
                int lead = raw.length() - raw.stripLeading().length();
                out.add(new Field(raw.strip(), start + lead + 1));
                if (comma < 0) return out;
                start = comma + 1;
            }
        }

        double number(String source, int line) throws DataFormatException {
            if (DECIMAL.matcher(text).matches()) {
                double d = Double.parseDouble(text);
                if (Double.isFinite(d)) return d;
            }
            throw new DataFormatException(source, line, column, "'" + shorten(text) + "' is not a number");
        }
    }
}
