package backproplab.walkthrough;

import backproplab.engine.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Why this gradient?" (notes §5.2–5.4): the error followed from the score back to one weight or
 * bias, one step at a time, for each window and then their sum. Every number is the engine's, or
 * is computed here in the engine's own order from the engine's numbers, so the story ends on
 * exactly the gradient the update uses. Deeper nets go through the δ recursion a layer at a time,
 * never through an enumeration of paths.
 */
public final class ErrorSharing {
    /**
     * One step of the story: its words, its formula with numbers, the number it ends on, the path
     * it lights, and the pass (window) whose numbers it uses, or −1 for both.
     */
    public record Step(String title, Formula formula, double value, Highlight path, int pass) {}

    private final Walkthrough walkthrough;
    private final Snapshot s;
    private final int[] layers;
    private final int out;
    private final Parameter param;
    private final List<Step> steps = new ArrayList<>();
    /** The pass the steps being added belong to (−1: both windows). */
    private int telling = -1;

    private final double l2;

    private ErrorSharing(Walkthrough walkthrough, Parameter param, double l2) {
        this.l2 = l2;
        this.walkthrough = walkthrough;
        this.layers = walkthrough.layers();
        this.out = layers.length;
        this.param = param;
        this.s = beforeUpdate(walkthrough);
    }

    /** The state with every δ and gradient of the example and the weights the backward pass used: what a story tells. */
    public static Snapshot beforeUpdate(Walkthrough w) {
        Snapshot last = w.step(0).state();
        for (int i = 0; i < w.size() && w.step(i).phase() != Phase.UPDATE; i++) last = w.step(i).state();
        return last;
    }

    /**
     * The story of {@code param}'s gradient in {@code walkthrough}'s example, whose loss has L2
     * strength {@code l2}; empty before the loss (there is no error to share yet).
     */
    public static List<Step> story(Walkthrough walkthrough, Parameter param, double l2) {
        ErrorSharing e = new ErrorSharing(walkthrough, param, l2);
        if (Double.isNaN(e.s.loss())) return List.of();
        e.tell();
        return List.copyOf(e.steps);
    }

    private void tell() {
        int passes = walkthrough.passNames().size();
        boolean paired = passes == 2;
        if (paired && s.outputError(0, 0) == 0) {
            add("The hinge is inactive: no error to share", "J = max(Δ + s_c − s, 0) = 0, so ∂J/∂s = ∂J/∂s_c = 0: every share below is 0 and "
                    + param.name() + " gets no gradient from this example", Double.NaN, path(out, Set.of(0)));
        } else if (paired) {
            add("Which way the error points", "∂J/∂s = −1 for the true window and ∂J/∂s_c = +1 for the corrupt one (the notes' "
                    + "\"error 1\" is ∂s/∂s): raising s lowers J, raising s_c raises it", Double.NaN, path(out, Set.of(0)));
        }
        double[] perPass = new double[passes];
        for (int p = 0; p < passes; p++) {
            telling = p;
            perPass[p] = pass(p, paired);
        }
        telling = -1;
        double total = perPass[0];
        if (paired) {
            total = perPass[0] + perPass[1]; // the engine adds the true window's share, then the corrupt one's
            double g0 = perPass[0], g1 = perPass[1], sum = total;
            add("Both windows together: the gradient the update uses", plainFormula(
                    "∂J/∂" + param.name() + " = " + "%s + %s = %s", g0, g1, sum), total, edgePath());
        }
        if (!param.bias() && l2 > 0) {
            double w = s.weight(param.layer(), param.row(), param.column()), g = total;
            total = total * 1.0 + l2 * w; // as the engine finishes a batch of one: ∇W · 1/B + λW
            double result = total;
            add("Plus the L2 term λW", plainFormula("∂J/∂" + param.name() + " = %s + " + Decimals.plain(l2) + " · %s = %s", g, w, result),
                    total, edgePath());
        }
    }

    /** The story for one pass; returns its share of the gradient. */
    private double pass(int p, boolean paired) {
        String window = paired ? " (" + walkthrough.passNames().get(p) + ")" : "";
        int k1 = param.layer() + 1; // the parameter feeds unit param.row() of layer k1
        // 1. the error at the output units, 2. × f'(z) → δ^(L)
        Set<Integer> outputs = k1 == out ? Set.of(param.row()) : allUnitsOf(out);
        for (int u : outputs) {
            double e = s.outputError(p, u);
            add("The error at output unit " + (u + 1) + window, plainFormula("∂J/∂a^(" + out + ")_" + (u + 1) + " = %s", e), e,
                    path(out, Set.of(u)));
            double d = s.derivative(p, out, u) * e;
            add("× the output unit's local gradient: δ^(" + out + ")_" + (u + 1) + window + corner(p, out, List.of(u)),
                    plainFormula("δ^(" + out + ")_" + (u + 1) + " = f'(z^(" + out + ")_" + (u + 1) + ") · %s = %s · %s = %s",
                            e, s.derivative(p, out, u), e, d), d, path(out, Set.of(u)));
            checkDelta(p, out, u, d);
        }
        // 3. whole layers between the output and the parameter's unit, through the δ recursion
        for (int l = out - 1; l > k1; l--) {
            double[] ds = new double[layers[l - 1]];
            for (int u = 0; u < ds.length; u++) ds[u] = s.derivative(p, l, u) * shared(p, l, u);
            for (int u = 0; u < ds.length; u++) checkDelta(p, l, u, ds[u]);
            add("Layer " + l + " collects its share from layer " + (l + 1) + window + corner(p, l, allUnitsOf(l)),
                    layerFormula(l, ds), Double.NaN, path(l, allUnitsOf(l)));
        }
        // 4. the parameter's unit: share through the path weights, × f'(z) → δ
        double delta;
        if (k1 < out) {
            double e = shared(p, k1, param.row());
            add("Its share reaches a^(" + k1 + ")_" + (param.row() + 1) + " through the weights out of it" + window,
                    shareFormula(p, k1, param.row(), e), e, path(k1, Set.of(param.row())));
            delta = s.derivative(p, k1, param.row()) * e;
            add("× f'(z^(" + k1 + ")_" + (param.row() + 1) + "): δ^(" + k1 + ")_" + (param.row() + 1) + window + corner(p, k1, List.of(param.row())),
                    plainFormula("δ^(" + k1 + ")_" + (param.row() + 1) + " = f'(z^(" + k1 + ")_" + (param.row() + 1) + ") · " + errorAt(k1, param.row())
                            + " = %s · %s = %s", s.derivative(p, k1, param.row()), e, delta),
                    delta, path(k1, Set.of(param.row())));
            checkDelta(p, k1, param.row(), delta);
        } else {
            delta = s.derivative(p, out, param.row()) * s.outputError(p, param.row()); // step 2's δ^(L), as computed there
        }
        // 5. × the input it forwarded (× 1 for a bias)
        double input = param.bias() ? 1 : s.a(p, param.layer(), param.column());
        double share = delta * input;
        String of = param.bias() ? "× 1 (a bias forwards the constant 1)" : "× the input it forwarded, a^(" + param.layer() + ")_" + (param.column() + 1);
        add(of + window, plainFormula("∂J/∂" + param.name() + window + " = %s · %s = %s", delta, input, share), share, edgePath());
        return share;
    }

    /**
     * For the units among {@code units} of layer l sitting exactly at z = 0 with f'(z) = 0 — a ReLU's
     * corner, where it has no slope — the convention the engine uses, said in the step's title; else "".
     */
    private String corner(int p, int l, Collection<Integer> units) {
        List<Integer> at = new ArrayList<>();
        for (int u : units) if (s.z(p, l, u) == 0 && s.derivative(p, l, u) == 0) at.add(u + 1);
        if (at.isEmpty()) return "";
        String which = at.size() == 1 ? "z^(" + l + ")_" + at.get(0) + " is exactly 0"
                : "z is exactly 0 at units " + at.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return " — " + which + ": ReLU has no slope at its corner, and f'(0) = 0 by convention";
    }

    /** Σ_m W^(l)_mu δ^(l+1)_m, added in the engine's order. */
    private double shared(int p, int l, int u) {
        double sum = 0;
        for (int m = 0; m < layers[l]; m++) sum += s.weight(l, m, u) * delta(p, l + 1, m);
        return sum;
    }

    /** δ of the snapshot, or 0 where the hinge was inactive and no δ was revealed. */
    private double delta(int p, int l, int m) {
        double d = s.delta(p, l, m);
        return Double.isNaN(d) ? 0 : d;
    }

    private void checkDelta(int p, int l, int u, double computed) {
        double engine = s.delta(p, l, u);
        if (!Double.isNaN(engine) && Double.compare(engine, computed) != 0 && !(engine == 0 && computed == 0)) {
            throw new IllegalStateException("the story's δ^(" + l + ")_" + (u + 1) + " = " + computed + " is not the engine's " + engine);
        }
    }

    /** The name of the error that reaches unit u of layer l (0-based u): ∂J/∂a^(l)_u, the sum of its shares. */
    private static String errorAt(int l, int u) {
        return "∂J/∂a^(" + l + ")_" + (u + 1);
    }

    private Formula shareFormula(int p, int l, int u, double e) {
        return d -> {
            StringBuilder plain = new StringBuilder(errorAt(l, u) + " = Σ_m W^(" + l + ")_m" + (u + 1) + " δ^(" + (l + 1) + ")_m = ");
            for (int m = 0; m < layers[l]; m++) {
                if (m > 0) plain.append(" + ");
                if (m == 3 && layers[l] > 5) {
                    plain.append("… + ");
                    m = layers[l] - 1;
                }
                plain.append(d.operand(s.weight(l, m, u))).append(" · ").append(d.operand(delta(p, l + 1, m)));
            }
            plain.append(" = ").append(d.format(e));
            String sum = layers[l] == 1 ? "" : " (a sum: unit " + (u + 1) + " feeds " + layers[l] + " units)";
            return new FormulaText(tex(plain.toString()), tex(plain + sum), plain + sum);
        };
    }

    private Formula layerFormula(int l, double[] ds) {
        return d -> {
            StringBuilder plain = new StringBuilder("δ^(" + l + ") = f'(z^(" + l + ")) ∘ (W^(" + l + ")ᵀ δ^(" + (l + 1) + ")) = [");
            for (int u = 0; u < ds.length; u++) plain.append(u == 0 ? "" : ", ").append(d.format(ds[u]));
            plain.append("]");
            return new FormulaText(tex("δ^(" + l + ") = f'(z^(" + l + ")) ∘ (W^(" + l + ")ᵀ δ^(" + (l + 1) + "))"), tex(plain.toString()),
                    plain.toString());
        };
    }

    /**
     * A formula whose plain line is {@code pattern} with the numbers formatted at the chosen
     * decimals: factors in parentheses when negative, the last number (the result) as it is.
     */
    private static Formula plainFormula(String pattern, double... numbers) {
        return d -> {
            Object[] shown = new Object[numbers.length];
            for (int n = 0; n < numbers.length; n++) {
                shown[n] = n == numbers.length - 1 ? d.format(numbers[n]) : d.operand(numbers[n]); // the result reads as itself
            }
            String line = String.format(Locale.ROOT, pattern, shown);
            int eq = line.indexOf(" = ");
            String symbolic = eq < 0 ? line : line.substring(0, eq);
            return new FormulaText(tex(symbolic), tex(line), line);
        };
    }

    /** A plain formula as LaTeX: the notes' ^(k)_ij indices become super- and subscripts. */
    static String tex(String plain) {
        plain = plain.replaceAll("\\(((?:true|corrupt) window|a sum: [^)]*)\\)", "\\\\text{ ($1)}"); // words stay words, upright and spaced
        return plain.replaceAll("\\^\\((\\d+)\\)_(\\w+(?:,\\w+)?)", "^{($1)}_{$2}").replaceAll("\\^\\((\\d+)\\)", "^{($1)}")
                .replace("δ", "\\delta ").replace("∂", "\\partial ").replace("Σ_m", "\\sum_m ").replace("·", "\\cdot ")
                .replace("∘", "\\circ ").replace("ᵀ", "^T").replace("λ", "\\lambda ").replace("…", "\\ldots ")
                .replace("−", "-").replace("Δ", "\\Delta ").replace("→", "\\rightarrow ").replace("\"", "''");
    }

    private static Set<Integer> allUnits(int n) {
        Set<Integer> all = new HashSet<>();
        for (int u = 0; u < n; u++) all.add(u);
        return all;
    }

    private Set<Integer> allUnitsOf(int l) {
        return allUnits(layers[l - 1]);
    }

    /** A step told in words only: nothing to typeset. */
    private void add(String title, String plain, double value, Highlight path) {
        add(title, d -> new FormulaText("", "", plain), value, path);
    }

    private void add(String title, Formula formula, double value, Highlight path) {
        steps.add(new Step(title, formula, value, path, telling));
    }

    /** The units {@code units} of layer l lit, with every path from them up to the output, and the parameter's own edge. */
    private Highlight path(int l, Set<Integer> units) {
        int k = param.layer();
        return new Highlight() {
            @Override public boolean current(int layer, int i) { return layer == l && units.contains(i); }

            @Override public boolean usesUnit(int layer, int i) {
                return current(layer, i) || layer > l || (layer == k + 1 && i == param.row()) || (layer == k && i == param.column());
            }

            @Override public boolean usesEdge(int layer, int i, int j) {
                if (layer == k && i == param.row() && j == param.column()) return true; // the parameter itself, always in view
                return layer > l || (layer == l && units.contains(j)); // from the lit units up to the output, every path
            }

            @Override public boolean usesBias(int layer) { return param.bias() && layer == k; }
        };
    }

    /** The parameter's own edge and the unit it feeds. */
    private Highlight edgePath() {
        int k = param.layer();
        return new Highlight() {
            @Override public boolean current(int layer, int i) { return layer == k + 1 && i == param.row(); }
            @Override public boolean usesUnit(int layer, int i) { return current(layer, i) || (layer == k && i == param.column()); }
            @Override public boolean usesEdge(int layer, int i, int j) { return layer == k && i == param.row() && j == param.column(); }
            @Override public boolean usesBias(int layer) { return param.bias() && layer == k; }
        };
    }
}
