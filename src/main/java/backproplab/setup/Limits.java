package backproplab.setup;

import backproplab.data.DataLimits;
import backproplab.data.WordWindows;
import backproplab.engine.Network;
import java.math.BigDecimal;
import java.util.function.DoublePredicate;

/**
 * Every limit in one place. A number a person sets: the side panels check a field with its rule
 * as it is typed, {@link Setup} refuses a value outside it, and a scenario file is read against
 * it, so the three can never disagree. What comes in and goes out: the word data a person loads,
 * the networks the stepping view draws, the updates a position holds, and the largest scenario
 * file, derived from those so that whatever can be saved can always be opened.
 */
public final class Limits {
    /** The most bytes a vocabulary or sentence file may have: far beyond a course's data, and read in seconds. */
    public static final long DATA_FILE_BYTES = 10L << 20;
    /** The most words a vocabulary holds and characters a word has (in lower case). */
    public static final int WORDS = 20_000, WORD_LENGTH = 100;
    /** The most sentences, and characters of a sentence as kept (lower case, one space between words). */
    public static final int SENTENCES = 250_000, SENTENCE_LENGTH = 2_000;
    /** Word data as {@code data} reads them, wherever they come in: Load data, {@code curves --vocabulary}, a scenario. */
    public static final DataLimits DATA = new DataLimits(DATA_FILE_BYTES, WORDS, WORD_LENGTH, SENTENCES, SENTENCE_LENGTH);

    /** The largest layer the stepping view draws, and the most weights of a network it draws (at most 8 layers: {@link Network}). */
    public static final int UNITS = 64, WEIGHTS = 20_000;
    /** The most updates a position may hold: opening replays them all from the start. */
    public static final int UPDATES = 10_000;

    /** The most bytes a scenario (or a {@code trace} configuration) may have: what the limits above allow, saved. */
    public static final long SCENARIO_BYTES = scenarioBytes();
    /** The longest JSON text value read (a sentence) and the longest field name (a word of the vocabulary). */
    public static final int JSON_STRING_LENGTH = SENTENCE_LENGTH, JSON_NAME_LENGTH = WORD_LENGTH;

    /** The most epochs and the largest mini-batch the loss curves train with. */
    public static final int MAX_EPOCHS = 100_000, MAX_BATCH = 10_000;
    /** The largest seed a field accepts (a double holds every whole number up to here exactly). */
    public static final double MAX_SEED = 1e15;

    public static final Rule LEARNING_RATE = new Rule("The learning rate", "must not be negative", v -> v >= 0);
    public static final Rule MOMENTUM = new Rule("μ", "must be in [0, 1)", Limits::unitInterval);
    public static final Rule DECAY = new Rule("ρ", "must be in [0, 1)", Limits::unitInterval);
    public static final Rule BETA1 = new Rule("β₁", "must be in [0, 1)", Limits::unitInterval);
    public static final Rule BETA2 = new Rule("β₂", "must be in [0, 1)", Limits::unitInterval);
    public static final Rule EPSILON = new Rule("ε", "must be positive", v -> v > 0);
    public static final Rule LEAKY_SLOPE = new Rule("k", "must be in [0, 1)", Limits::unitInterval);
    public static final Rule INIT_STDDEV = new Rule("σ", "must be positive", v -> v > 0);
    public static final Rule MARGIN = new Rule("The margin", "must not be negative", v -> v >= 0);
    public static final Rule L2 = new Rule("λ", "must not be negative", v -> v >= 0);
    public static final Rule SEED = new Rule("The seed", "must be a whole number from 0 to 10^15",
            v -> v >= 0 && v <= MAX_SEED && whole(v));
    public static final Rule BATCH = new Rule("The batch size", "must be a whole number from 1 to " + MAX_BATCH,
            v -> v >= 1 && v <= MAX_BATCH && whole(v));
    public static final Rule EPOCHS = new Rule("Epochs", "must be a whole number from 1 to " + MAX_EPOCHS,
            v -> v >= 1 && v <= MAX_EPOCHS && whole(v));
    public static final Rule SCHEDULE_FACTOR = new Rule("The factor", "must be in (0, 1]", v -> v > 0 && v <= 1);
    public static final Rule SCHEDULE_EVERY = new Rule("every", "must be a whole number ≥ 1",
            v -> v >= 1 && v <= Integer.MAX_VALUE && whole(v));
    public static final Rule SCHEDULE_K = new Rule("k", "must not be negative", v -> v >= 0);
    /** A chart image: large enough to draw the plot beside its legend, small enough to fit in memory (≤ 36 M pixels). */
    public static final Rule PNG_WIDTH = new Rule("The width", "must be a whole number from 400 to 6000",
            v -> v >= 400 && v <= 6000 && whole(v));
    public static final Rule PNG_HEIGHT = new Rule("The height", "must be a whole number from 300 to 6000",
            v -> v >= 300 && v <= 6000 && whole(v));
    public static final Rule SCHEDULE_TAU = new Rule("τ", "must be positive", v -> v > 0);

    /** The longest a double is written (Double.toString, e.g. "-1.2345678901234567E-308"). */
    static final int NUMBER_BYTES = 24;

    /**
     * A rule for one number.
     *
     * @param noun        how a sentence names the number, e.g. "The learning rate"
     * @param requirement what it must be, e.g. "must not be negative"
     */
    public record Rule(String noun, String requirement, DoublePredicate accepts) {
        /** Null when {@code v} is acceptable, else the sentence to show under the field. */
        public String problem(double v) {
            return Double.isFinite(v) && accepts.test(v) ? null : noun + " " + requirement + ".";
        }

        /**
         * Returns {@code v} if acceptable.
         *
         * @throws IllegalArgumentException "{@code field} must …, got v", naming the field as a scenario file spells it
         */
        public double check(String field, double v) {
            if (!Double.isFinite(v) || !accepts.test(v)) {
                throw new IllegalArgumentException(field + " " + requirement + ", got " + plain(v));
            }
            return v;
        }
    }

    private Limits() {}

    /**
     * A number as a message quotes it, close to how a person types it: whole numbers in full
     * (1000000000, 0), short decimals plainly (0.001), others as Java writes them (1.0E-9).
     */
    public static String plain(double v) {
        if (!Double.isFinite(v)) return Double.toString(v); // NaN, Infinity
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String plain = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return plain.length() <= 12 ? plain : Double.toString(v);
    }

    /**
     * An upper bound on a saved scenario's bytes, section by section (JsonText's layout: one field or one
     * flat array per line, two spaces of indent per level). Words and sentences are written as kept,
     * so each of their bytes in a file read becomes at most two: lower case lengthens UTF-8 by at most
     * half (U+0130 becomes i and U+0307), JSON escapes only " and \ (1 → 2 bytes), and a word holds no control character.
     */
    private static long scenarioBytes() {
        long settings = 64L << 10; // format, lesson, loss, optimizer, curves, position: about 2 KB
        long parameters = WEIGHTS + (long) (Network.MAX_LAYERS - 1) * UNITS;
        long network = parameters * (NUMBER_BYTES + 2) + (long) Network.MAX_LAYERS * UNITS * 16; // each row: indent, brackets
        long vocabulary = 2 * DATA_FILE_BYTES + (long) WORDS * (vectorBytes(WordWindows.DIMENSION) + 16);
        long sentences = 2 * DATA_FILE_BYTES + (long) SENTENCES * 16;
        int window = WordWindows.SIZES.get(WordWindows.SIZES.size() - 1) * WordWindows.DIMENSION;
        long examples = Math.max((long) (UPDATES + 1) * exampleBytes(window, window), // a word lesson saves the examples stepped
                (long) Examples.SYNTHETIC_TRAINING * exampleBytes(UNITS, UNITS)); // a synthetic one has at most 200
        return settings + network + vocabulary + sentences + examples;
    }

    /** "[v, v, …]" with {@code n} numbers. */
    private static long vectorBytes(int n) {
        return 2 + (long) n * (NUMBER_BYTES + 2);
    }

    /** One example of data: its x and its target or corrupt partner, each on its own line. */
    private static long exampleBytes(int inputs, int partner) {
        return 64 + vectorBytes(inputs) + vectorBytes(partner);
    }

    private static boolean whole(double v) {
        return v == Math.rint(v);
    }

    private static boolean unitInterval(double v) {
        return v >= 0 && v < 1;
    }
}
