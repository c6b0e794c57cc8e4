package backproplab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One sentence of the corpus: its words (lower case) and which of them are locations.
 * In the file a location is written in square brackets: {@code museums in [paris] are amazing}.
 */
public record Sentence(List<String> words, List<Boolean> locations) {
    public Sentence {
        words = List.copyOf(words);
        locations = List.copyOf(locations);
    }

    /** Positions of the location words. */
    public List<Integer> locationPositions() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            if (locations.get(i)) out.add(i);
        }
        return out;
    }

    /** The sentence as a sentence file writes it, locations in brackets: {@code museums in [paris] are amazing}. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) sb.append(' ');
            sb.append(locations.get(i) ? "[" + words.get(i) + "]" : words.get(i));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }

    /**
     * Reads one sentence per line; {@code #} lines and blank lines are skipped. Every word must be
     * in {@code vocabulary}; at most {@code limits.sentences()} sentences, each at most
     * {@code limits.sentenceLength()} characters long as kept ({@link #text()}).
     *
     * @throws DataFormatException naming the line and column of an unknown word, a bad bracket or a limit passed
     */
    public static List<Sentence> read(Reader reader, String source, Vocabulary vocabulary, DataLimits limits)
            throws IOException, DataFormatException {
        List<Sentence> sentences = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        int lineNumber = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNumber++;
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            if (sentences.size() == limits.sentences()) {
                throw new DataFormatException(source, lineNumber, 1, "at most " + limits.sentences() + " sentences are read; this is sentence "
                        + (limits.sentences() + 1L));
            }
            Sentence sentence = parse(line, source, lineNumber, vocabulary);
            int length = sentence.text().length();
            if (length > limits.sentenceLength()) {
                throw new DataFormatException(source, lineNumber, 1, "a sentence has at most " + limits.sentenceLength()
                        + " characters (one space between words); this one has " + length);
            }
            sentences.add(sentence);
        }
        if (sentences.isEmpty()) throw new DataFormatException(source, Math.max(1, lineNumber), 1, "no sentences found");
        return sentences;
    }

    private static Sentence parse(String line, String source, int lineNumber, Vocabulary vocabulary)
            throws DataFormatException {
        List<String> words = new ArrayList<>();
        List<Boolean> locations = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) i++;
            String token = line.substring(start, i);
            boolean location = token.startsWith("[") && token.endsWith("]") && token.length() > 2;
            String word = (location ? token.substring(1, token.length() - 1) : token).toLowerCase(Locale.ROOT);
            if (word.contains("[") || word.contains("]") || word.isEmpty()) {
                throw new DataFormatException(source, lineNumber, start + 1, "'" + Vocabulary.shorten(token)
                        + "' is not a word or a location: write a location as one word in brackets, e.g. [paris]");
            }
            if (!vocabulary.contains(word)) {
                throw new DataFormatException(source, lineNumber, start + 1, "'" + Vocabulary.shorten(word) + "' is not in the vocabulary");
            }
            words.add(word);
            locations.add(location);
        }
        return new Sentence(words, locations);
    }
}
