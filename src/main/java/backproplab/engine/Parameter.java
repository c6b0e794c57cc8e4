package backproplab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * One parameter of a network: the weight W^(k)_ij — row i, column j of W^(k), which maps layer k to
 * layer k+1 — or, with {@code column} −1, the bias b^(k)_i. {@code layer} is k, 1-based as in the
 * notes; {@code row} and {@code column} are 0-based here and 1-based in every name. Every rendering of
 * a parameter's name comes from here: plain text to copy ({@link #name}), typeset ({@link #tex}), plain
 * Unicode for titles and menus ({@link #unicode}) and words for a screen reader ({@link #spoken}).
 */
public record Parameter(int layer, int row, int column) {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹", SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    public Parameter {
        if (layer < 1 || row < 0 || column < -1) {
            throw new IllegalArgumentException("no parameter at layer " + layer + ", row " + row + ", column " + column);
        }
    }

    /** The weight W^(k)_ij, {@code row} i and {@code column} j 0-based. */
    public static Parameter weight(int layer, int row, int column) {
        if (column < 0) throw new IllegalArgumentException("a weight's column is 0 or more, got " + column);
        return new Parameter(layer, row, column);
    }

    /** The bias b^(k)_i, {@code row} i 0-based. */
    public static Parameter bias(int layer, int row) {
        return new Parameter(layer, row, -1);
    }

    /** Every weight and bias of a network of {@code layers}, in the notes' order: W^(1) row by row, each row's bias after it, then W^(2) … */
    public static List<Parameter> all(int[] layers) {
        List<Parameter> all = new ArrayList<>();
        for (int k = 1; k < layers.length; k++) {
            for (int i = 0; i < layers[k]; i++) {
                for (int j = 0; j < layers[k - 1]; j++) all.add(weight(k, i, j));
                all.add(bias(k, i));
            }
        }
        return all;
    }

    public boolean bias() {
        return column < 0;
    }

    /** "W^(1)_14", "W^(1)_1,10" or "b^(2)_1": plain text, for the line that can be copied. */
    public String name() {
        return letter() + "^(" + layer + ")_" + indices();
    }

    /** "W^{(1)}_{14}", "W^{(1)}_{1,10}" or "b^{(2)}_{1}", for a typeset formula. */
    public String tex() {
        return letter() + "^{(" + layer + ")}_{" + indices() + "}";
    }

    /** "W⁽¹⁾₁₄", "W⁽¹⁾₁,₁₀" or "b⁽²⁾₁", for titles and menus. */
    public String unicode() {
        return unicode(letter(), layer, indices());
    }

    /** "z⁽²⁾₁" for ("z", 2, "1"): any of the notes' symbols with a raised layer and lowered indices, for titles and words. */
    public static String unicode(String letter, int layer, String indices) {
        return letter + map("(" + layer + ")", SUPERSCRIPTS, "⁽⁾") + map(indices, SUBSCRIPTS, "₍₎");
    }

    /** "weight from unit 4 of layer 1 to unit 1 of layer 2" or "bias of unit 1 of layer 3", for a screen reader. */
    public String spoken() {
        String to = "unit " + (row + 1) + " of layer " + (layer + 1);
        return bias() ? "bias of " + to : "weight from unit " + (column + 1) + " of layer " + layer + " to " + to;
    }

    private String letter() {
        return bias() ? "b" : "W";
    }

    /** The 1-based indices after the letter: "14", or "1,10" once one has two digits (W_{1,10} is not W_{11,0}). */
    private String indices() {
        int i = row + 1, j = column + 1;
        if (bias()) return Integer.toString(i);
        return i >= 10 || j >= 10 ? i + "," + j : "" + i + j;
    }

    /** {@code text} with its digits (and parentheses) raised or lowered; a comma stays as it is. */
    private static String map(String text, String digits, String parentheses) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(Character.isDigit(c) ? digits.charAt(c - '0') : c == '(' ? parentheses.charAt(0) : c == ')' ? parentheses.charAt(1) : c);
        }
        return sb.toString();
    }
}
