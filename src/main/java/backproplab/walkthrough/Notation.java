package backproplab.walkthrough;

import backproplab.engine.Activation;

/**
 * The notes' symbols in LaTeX and in plain text: z^(k)_i, a^(k)_i, δ^(k)_i, with 1-based indices.
 * A weight's or a bias's name comes from {@link backproplab.engine.Parameter}, the one naming.
 */
final class Notation {
    private Notation() {}

    /** {@code name^{(k)}_{sub}} */
    static String tex(String name, int k, String sub) {
        return name + "^{(" + k + ")}_{" + sub + "}";
    }

    /** {@code name^(k)_sub} */
    static String plain(String name, int k, String sub) {
        return name + "^(" + k + ")_" + sub;
    }

    /** {@code words} to stand inside \\text{…}: LaTeX's special characters escaped, those without a text-mode escape spaced out. */
    static String texText(String words) {
        StringBuilder sb = new StringBuilder();
        for (char c : words.toCharArray()) {
            switch (c) {
                case '#', '$', '%', '&', '_', '{', '}' -> sb.append('\\').append(c);
                case '\\', '^', '~' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** f applied to {@code arg}, in LaTeX. */
    static String fTex(Activation f, double slope, String arg) {
        return switch (f) {
            case IDENTITY -> arg;
            case SIGMOID -> "\\sigma(" + arg + ")";
            case TANH -> "\\tanh(" + arg + ")";
            case HARDTANH -> "\\mathrm{hardtanh}(" + arg + ")";
            case SOFTSIGN -> "\\mathrm{softsign}(" + arg + ")";
            case RELU -> "\\max(" + arg + ", 0)";
            case LEAKY_RELU -> "\\mathrm{leaky}_{" + Decimals.plain(slope) + "}(" + arg + ")";
        };
    }

    /** f applied to {@code arg}, in plain text. */
    static String fPlain(Activation f, double slope, String arg) {
        return switch (f) {
            case IDENTITY -> arg;
            case SIGMOID -> "σ(" + arg + ")";
            case TANH -> "tanh(" + arg + ")";
            case HARDTANH -> "hardtanh(" + arg + ")";
            case SOFTSIGN -> "softsign(" + arg + ")";
            case RELU -> "max(" + arg + ", 0)";
            case LEAKY_RELU -> "leaky" + Decimals.plain(slope) + "(" + arg + ")";
        };
    }

    /** f' applied to {@code arg}, in LaTeX ("1" for the identity). */
    static String dfTex(Activation f, double slope, String arg) {
        return switch (f) {
            case IDENTITY -> "1";
            case SIGMOID -> "\\sigma'(" + arg + ")";
            case TANH -> "\\tanh'(" + arg + ")";
            case HARDTANH -> "\\mathrm{hardtanh}'(" + arg + ")";
            case SOFTSIGN -> "\\mathrm{softsign}'(" + arg + ")";
            case RELU -> "\\mathrm{relu}'(" + arg + ")";
            case LEAKY_RELU -> "\\mathrm{leaky}'_{" + Decimals.plain(slope) + "}(" + arg + ")";
        };
    }

    /** f' applied to {@code arg}, in plain text ("1" for the identity). */
    static String dfPlain(Activation f, double slope, String arg) {
        return switch (f) {
            case IDENTITY -> "1";
            case SIGMOID -> "σ'(" + arg + ")";
            case RELU -> "relu'(" + arg + ")";
            case LEAKY_RELU -> "leaky" + Decimals.plain(slope) + "'(" + arg + ")";
            default -> f.id() + "'(" + arg + ")";
        };
    }
}
