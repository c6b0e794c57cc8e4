package backproplab.walkthrough;

import static backproplab.walkthrough.Notation.plain;
import static backproplab.walkthrough.Notation.tex;

import backproplab.engine.Activation;
import backproplab.engine.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The formula of each kind of micro-step, symbolic and with numbers. Every number is captured
 * when the step is made (the engine computed it) and only formatted here. Long sums show their
 * first two terms, "⋯" and the last term.
 */
final class Formulas {
    /** Sums with more terms than this are shortened. */
    static final int MAX_TERMS = 4;

    private Formulas() {}

    /** "t₀ + t₁ + ⋯ + tₙ" from n terms, or every term when there are few. */
    static String sum(int n, IntFunction<String> term, String plus, String dots) {
        List<String> parts = new ArrayList<>();
        if (n <= MAX_TERMS) {
            for (int j = 0; j < n; j++) parts.add(term.apply(j));
        } else {
            parts.add(term.apply(0));
            parts.add(term.apply(1));
            parts.add(dots);
            parts.add(term.apply(n - 1));
        }
        return String.join(plus, parts);
    }

    static String texSum(int n, IntFunction<String> term) {
        return sum(n, term, " + ", "\\cdots");
    }

    static String plainSum(int n, IntFunction<String> term) {
        return sum(n, term, " + ", "⋯");
    }

    /** [v₁, v₂, …] shortened like a sum. */
    static String vector(double[] v, Decimals d, boolean latex) {
        String inner = sum(v.length, j -> d.format(v[j]), ", ", latex ? "\\ldots" : "…");
        return latex ? "\\left[" + inner + "\\right]" : "[" + inner + "]";
    }

    /**
     * A window's inputs, word by word. Typeset, the centre word's entries in full and the others elided under their
     * names — a corrupt window replaces only the centre word, so eliding the middle would hide all that differs; in plain
     * text every entry, grouped by word: "[museums: 0.1, …, 0.4 | in: … | paris: …]". One word, or no words: as
     * {@link #vector}.
     */
    static String wordVector(double[] v, List<String> words, Decimals d, boolean latex) {
        int w = words == null ? 0 : words.size();
        if (w < 2 || v.length % w != 0) return vector(v, d, latex);
        int dim = v.length / w;
        List<String> groups = new ArrayList<>();
        for (int word = 0; word < w; word++) {
            int from = word * dim;
            if (latex) {
                groups.add(wordGroup(words, word, dim, j -> d.format(v[from + j]), ", ", "\\ldots"));
            } else {
                StringBuilder group = new StringBuilder(words.get(word)).append(": ");
                for (int j = 0; j < dim; j++) group.append(j == 0 ? "" : ", ").append(d.format(v[from + j]));
                groups.add(group.toString());
            }
        }
        return latex ? "\\left[" + String.join(",\\; ", groups) + "\\right]" : "[" + String.join(" | ", groups) + "]";
    }

    /**
     * The typeset entries of word {@code word} of a window, under its name: in full for the centre word, elided for the
     * others. {@code entry} gives the word's j-th entry (0-based within the word).
     */
    private static String wordGroup(List<String> words, int word, int dim, IntFunction<String> entry, String between, String dots) {
        String entries = word == words.size() / 2 ? sum(dim, entry, between, dots) : dots;
        return "\\underbrace{" + entries + "}_{\\textstyle\\text{" + Notation.texText(words.get(word)) + "}}"; // names read as text
    }

    /**
     * Σ_j of {@code term} over a window's inputs, typeset word by word as {@link #wordVector} sets them; without a window of
     * words, as {@link #texSum}.
     */
    static String wordSum(int n, List<String> words, IntFunction<String> term) {
        int w = words == null ? 0 : words.size();
        if (w < 2 || n % w != 0) return texSum(n, term);
        int dim = n / w;
        List<String> groups = new ArrayList<>();
        for (int word = 0; word < w; word++) {
            int from = word * dim;
            groups.add(wordGroup(words, word, dim, j -> term.apply(from + j), " + ", "\\cdots"));
        }
        return String.join(" + ", groups);
    }

    /** The names of a window's words by place, for a vector that mixes both windows (a gradient): "word 1" … "word 5". */
    static List<String> places(int words) {
        List<String> names = new ArrayList<>();
        for (int word = 1; word <= words; word++) names.add("word " + word);
        return names;
    }

    /** True for the words of a window of two or more: its vectors and sums are set word by word, and take a line each. */
    private static boolean ofWords(List<String> words) {
        return words != null && words.size() > 1;
    }

    /** Between the passes' inputs: a new line for windows of words (each is long), else a space. */
    private static String betweenPasses(List<List<String>> words) {
        return ofWords(words == null ? null : words.get(0)) ? "\n" : ", \\quad ";
    }

    /** The start: each pass's input a^(1), each word's inputs named when the passes read windows of {@code words} (else null). */
    static Formula inputs(List<String> names, double[][] inputs, List<List<String>> words) {
        double[][] x = copy(inputs);
        return d -> {
            List<String> tex = new ArrayList<>(), plainText = new ArrayList<>();
            for (int p = 0; p < x.length; p++) {
                String symbol = x.length == 1 ? "x" : p == 0 ? "x" : "x_c";
                List<String> read = words == null ? null : words.get(p);
                tex.add(symbol + " = a^{(1)} = " + wordVector(x[p], read, d, true));
                plainText.add(names.get(p) + ": " + (p == 0 ? "x" : "x_c") + " = " + wordVector(x[p], read, d, false));
            }
            String symbolic = x.length == 1 ? "a^{(1)} = x" : "a^{(1)} = x \\;\\text{(true)}, \\quad a^{(1)} = x_c \\;\\text{(corrupt)}";
            String between = betweenPasses(words);
            return new FormulaText(symbolic, String.join(between, tex), String.join("; ", plainText));
        };
    }

    /** The inputs as above, preprocessed: what the network receives, then the raw inputs they came from. */
    static Formula inputs(List<String> names, double[][] inputs, List<List<String>> words, RawInputs raw) {
        Formula shown = inputs(names, inputs, words);
        double[][] before = inputs.length == 1 ? new double[][] {raw.sample().x().clone()}
                : new double[][] {raw.sample().x().clone(), raw.sample().partner().clone()};
        String how = raw.kind().displayName();
        return d -> {
            FormulaText f = shown.render(d);
            List<String> tex = new ArrayList<>(), plainText = new ArrayList<>();
            for (int p = 0; p < before.length; p++) {
                String symbol = p == 0 ? "x" : "x_c";
                List<String> read = words == null ? null : words.get(p);
                tex.add("\\text{raw } " + symbol + " = " + wordVector(before[p], read, d, true));
                plainText.add("raw " + symbol + " = " + wordVector(before[p], read, d, false));
            }
            String between = betweenPasses(words);
            return new FormulaText(f.symbolic() + "\\quad \\text{(after " + how + ")}", f.substituted() + "\n" + String.join(between, tex),
                    f.plain() + " (after " + how + "); " + String.join("; ", plainText));
        };
    }

    /** z^(k)_i = Σ_j W^(k−1)_ij a^(k−1)_j + b^(k−1)_i and a^(k)_i = f(z^(k)_i). */
    static Formula unitForward(int k, int i, double[] weightRow, double[] in, double bias, double z, double a,
                               Activation f, double slope, List<String> words) {
        double[] w = weightRow.clone(), x = in.clone();
        String sub = String.valueOf(i + 1);
        String zTex = tex("z", k, sub), aTex = tex("a", k, sub);
        String symbolic = zTex + " = " + texSum(w.length, j -> Parameter.weight(k - 1, i, j).tex() + tex("a", k - 1, String.valueOf(j + 1)))
                + " + " + Parameter.bias(k - 1, i).tex() + ", \\quad " + aTex + " = " + Notation.fTex(f, slope, zTex);
        return d -> {
            String products = wordSum(w.length, words, j -> d.operand(w[j]) + " \\cdot " + d.operand(x[j]));
            String plainProducts = plainSum(w.length, j -> d.operand(w[j]) + "·" + d.operand(x[j]));
            String substituted = zTex + " = " + products + " + " + d.operand(bias) + " = " + d.format(z)
                    + (ofWords(words) ? "\n" : ", \\quad ") + aTex + " = " + Notation.fTex(f, slope, d.format(z)) + " = " + d.format(a);
            String text = plain("z", k, sub) + " = " + plainProducts + " + " + d.operand(bias) + " = " + d.format(z)
                    + "; " + plain("a", k, sub) + " = " + Notation.fPlain(f, slope, d.format(z)) + " = " + d.format(a);
            return new FormulaText(symbolic, substituted, text);
        };
    }

    /**
     * J = max(Δ + s_c − s, 0), plus the L2 term when there is one.
     *
     * @param stillMoving with an inactive hinge, what still moves the weights (or that nothing does)
     */
    static Formula maxMargin(double margin, double s, double sc, double penalty, double loss, boolean hasGradient, String stillMoving) {
        return d -> {
            String l2Tex = penalty > 0 ? " + \\tfrac{\\lambda}{2}\\sum W^2" : "";
            String l2Num = penalty > 0 ? " + " + d.format(penalty) : "";
            String symbolic = "J = \\max(\\Delta + s_c - s,\\, 0)" + l2Tex;
            String substituted = "J = \\max(" + d.format(margin) + " + " + d.operand(sc) + " - " + d.operand(s) + ",\\, 0)"
                    + l2Num + " = " + d.format(loss);
            String verdict = hasGradient ? "the hinge is active: ∂J/∂s = -1, ∂J/∂s_c = +1"
                    : "the hinge is inactive (Δ + s_c - s ≤ 0): the score gradient is 0; " + stillMoving;
            String text = "J = max(" + d.format(margin) + " + " + d.operand(sc) + " - " + d.operand(s) + ", 0)" + l2Num
                    + " = " + d.format(loss) + "; " + verdict;
            return new FormulaText(symbolic, substituted, text);
        };
    }

    /** J = ½ Σ_i (a^(L)_i − t_i)². */
    static Formula squaredError(int layers, double[] output, double[] target, double penalty, double loss) {
        double[] out = output.clone(), t = target.clone();
        return d -> {
            String l2Num = penalty > 0 ? " + " + d.format(penalty) : "";
            String symbolic = "J = \\tfrac{1}{2}\\sum_i (a^{(" + layers + ")}_i - t_i)^2" + (penalty > 0 ? " + \\tfrac{\\lambda}{2}\\sum W^2" : "");
            String terms = texSum(out.length, i -> "(" + d.format(out[i]) + " - " + d.operand(t[i]) + ")^2");
            String plainTerms = plainSum(out.length, i -> "(" + d.format(out[i]) + " - " + d.operand(t[i]) + ")²");
            return new FormulaText(symbolic, "J = \\tfrac{1}{2}\\left(" + terms + "\\right)" + l2Num + " = " + d.format(loss),
                    "J = ½(" + plainTerms + ")" + l2Num + " = " + d.format(loss));
        };
    }

    /** δ^(L)_i = f'(z^(L)_i) · ∂J/∂a^(L)_i. */
    static Formula outputDelta(int k, int i, Activation f, double slope, double z, double derivative,
                               double error, double delta, String errorSymbolTex, String errorSymbolPlain) {
        String sub = String.valueOf(i + 1);
        String symbolic = tex("\\delta", k, sub) + " = " + Notation.dfTex(f, slope, tex("z", k, sub)) + " \\cdot " + errorSymbolTex;
        return d -> new FormulaText(symbolic,
                tex("\\delta", k, sub) + " = " + d.operand(derivative) + " \\cdot " + d.operand(error) + " = " + d.format(delta),
                plain("δ", k, sub) + " = " + Notation.dfPlain(f, slope, d.format(z)) + " · " + errorSymbolPlain + " = "
                        + d.operand(derivative) + " · " + d.operand(error) + " = " + d.format(delta));
    }

    /** δ^(k)_i = f'(z^(k)_i) · Σ_j W^(k)_ji δ^(k+1)_j: the error shared back to unit i. */
    static Formula hiddenDelta(int k, int i, Activation f, double slope, double z, double derivative,
                               double[] weightColumn, double[] above, double delta) {
        double[] w = weightColumn.clone(), up = above.clone();
        String sub = String.valueOf(i + 1);
        String symbolic = tex("\\delta", k, sub) + " = " + Notation.dfTex(f, slope, tex("z", k, sub)) + " \\cdot \\left("
                + texSum(w.length, j -> Parameter.weight(k, j, i).tex() + tex("\\delta", k + 1, String.valueOf(j + 1))) + "\\right)";
        return d -> new FormulaText(symbolic,
                tex("\\delta", k, sub) + " = " + d.operand(derivative) + " \\cdot \\left("
                        + texSum(w.length, j -> d.operand(w[j]) + " \\cdot " + d.operand(up[j])) + "\\right) = " + d.format(delta),
                plain("δ", k, sub) + " = " + Notation.dfPlain(f, slope, d.format(z)) + " · (Σ_j W^(" + k + ")_j" + sub
                        + " δ^(" + (k + 1) + ")_j) = " + d.operand(derivative) + " · ("
                        + plainSum(w.length, j -> d.operand(w[j]) + "·" + d.operand(up[j])) + ") = " + d.format(delta));
    }

    /** ∇W^(k−1)_i· = Σ_passes δ^(k)_i a^(k−1)ᵀ and ∇b^(k−1)_i = Σ_passes δ^(k)_i. */
    static Formula gradientRow(int k, int i, double[] deltas, double[][] inputs, double[] gradientRow, double biasGradient,
                               List<List<String>> words) {
        double[] ds = deltas.clone(), g = gradientRow.clone();
        double[][] in = copy(inputs);
        String sub = String.valueOf(i + 1);
        String one = tex("\\delta", k, sub) + "\\, a^{(" + (k - 1) + ")\\top}";
        String symbolic = "\\nabla_{" + tex("W", k - 1, sub + "\\cdot") + "} J = " + (ds.length == 2 ? one + "\\big|_{x} + " + one + "\\big|_{x_c}" : one)
                + ", \\quad \\nabla_{" + Parameter.bias(k - 1, i).tex() + "} J = " + tex("\\delta", k, sub)
                + (ds.length == 2 ? "\\big|_{x} + " + tex("\\delta", k, sub) + "\\big|_{x_c}" : "");
        boolean grouped = ofWords(words == null ? null : words.get(0)); // a line per window, then the sum
        String lineBreak = grouped ? "\n" : "";
        return d -> {
            StringBuilder tx = new StringBuilder(), pl = new StringBuilder();
            for (int p = 0; p < ds.length; p++) {
                if (p > 0) {
                    tx.append(lineBreak).append(" + ");
                    pl.append(" + ");
                }
                tx.append(d.operand(ds[p])).append("\\,").append(wordVector(in[p], words == null ? null : words.get(p), d, true));
                pl.append(d.operand(ds[p])).append("·").append(vector(in[p], d, false));
            }
            String substituted = "\\nabla_{" + tex("W", k - 1, sub + "\\cdot") + "} J = " + tx + lineBreak + " = "
                    + wordVector(g, grouped ? places(words.get(0).size()) : null, d, true)
                    + ", \\quad \\nabla_{" + Parameter.bias(k - 1, i).tex() + "} J = " + d.format(biasGradient);
            String text = "∇W^(" + (k - 1) + ")_" + sub + "· = " + pl + " = " + vector(g, d, false)
                    + "; ∇" + Parameter.bias(k - 1, i).name() + " = " + d.format(biasGradient);
            return new FormulaText(symbolic, substituted, text);
        };
    }

    /**
     * ∇W^(k) += λ W^(k) for every layer, with each layer's W^(k)_11 worked: the gradient the rows gave, plus λ times the
     * weight, equals the gradient the update uses (the one the walkthrough export lists, at this step).
     *
     * @param before [k]: ∂J/∂W^(k)_11 as the gradient rows gave it; {@code weight} [k]: W^(k)_11; {@code after} [k]: with λW
     */
    static Formula l2(double lambda, double[] before, double[] weight, double[] after) {
        double[] b = before.clone(), w = weight.clone(), a = after.clone();
        return d -> {
            StringBuilder tx = new StringBuilder("\\lambda = " + d.format(lambda)), pl = new StringBuilder();
            for (int k = 1; k < b.length; k++) {
                Parameter p = Parameter.weight(k, 0, 0);
                tx.append("\n\\frac{\\partial J}{\\partial ").append(p.tex()).append("} = ").append(d.format(b[k])).append(" + ")
                        .append(d.operand(lambda)).append(" \\cdot ").append(d.operand(w[k])).append(" = ").append(d.format(a[k]));
                pl.append("; ∂J/∂").append(p.name()).append(" = ").append(d.format(b[k])).append(" + ").append(d.operand(lambda))
                        .append(" · ").append(d.operand(w[k])).append(" = ").append(d.format(a[k]));
            }
            return new FormulaText("\\nabla_{W^{(k)}} J \\mathrel{+}= \\lambda W^{(k)}", tx.toString(),
                    "∇W^(k) += λ·W^(k) for every layer, λ = " + d.format(lambda) + pl + " (every weight's: hover its edge)");
        };
    }

    static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) out[i] = m[i].clone();
        return out;
    }
}
