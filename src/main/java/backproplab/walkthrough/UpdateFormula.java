package backproplab.walkthrough;

import backproplab.engine.Parameter;
import static backproplab.walkthrough.Notation.tex;

import backproplab.engine.OptimizerSettings;
import backproplab.engine.ParameterUpdate;

/**
 * The update of layer k's parameters by the chosen optimizer: its rule for W^(k) (b^(k) follows
 * the same rule) and, with numbers, what it did to one parameter — W^(k)_11 at first; the person
 * can move the focus to any weight or bias of the layer ({@link #focusedOn}). The numbers show the
 * optimizer's state before and after, Adam's bias-corrected m̂ and v̂, the effective learning rate
 * and step, and whether fan-in scaling is part of the rate.
 *
 * @param row    i of W^(k)_ij or b^(k)_i, 0-based
 * @param column j of W^(k)_ij, 0-based, or −1 for the bias b^(k)_i
 */
public record UpdateFormula(LayerUpdate update, int row, int column) implements Formula {

    /** The same update, explained for W^(k)_ij ({@code column} ≥ 0) or b^(k)_i ({@code column} = −1). */
    public UpdateFormula focusedOn(int i, int j) {
        return new UpdateFormula(update, i, j);
    }

    /** The layer updated. */
    public int layer() {
        return update.k();
    }

    /** The focused parameter's update, or null for a frozen bias. */
    public ParameterUpdate focused() {
        return column < 0 ? update.bias(row) : update.weight(row, column);
    }

    /** The focused parameter: W^(k)_ij or b^(k)_i. */
    public Parameter parameter() {
        return new Parameter(update.k(), row, column);
    }

    @Override
    public FormulaText render(Decimals d) {
        int k = update.k();
        OptimizerSettings settings = update.settings();
        boolean hats = settings.biasCorrection();
        String w = tex("W", k, "");
        String g = "\\nabla_{" + w + "} J";
        String symbolic = switch (settings.type()) {
            case SGD -> w + " \\leftarrow " + w + " - \\alpha\\, " + g;
            case MOMENTUM -> "v \\leftarrow \\mu v - \\alpha\\, " + g + ", \\quad " + w + " \\leftarrow " + w + " + v";
            case ADAGRAD -> "G \\leftarrow G + g^2, \\quad " + w + " \\leftarrow " + w + " - \\frac{\\alpha\\, g}{\\sqrt{G} + \\epsilon}";
            case RMSPROP -> "E \\leftarrow \\rho E + (1-\\rho) g^2, \\quad " + w + " \\leftarrow " + w + " - \\frac{\\alpha\\, g}{\\sqrt{E} + \\epsilon}";
            case ADAM -> "m \\leftarrow \\beta_1 m + (1-\\beta_1) g, \\; v \\leftarrow \\beta_2 v + (1-\\beta_2) g^2, \\; "
                    + (hats ? "\\hat m = \\frac{m}{1-\\beta_1^{t+1}}, \\; \\hat v = \\frac{v}{1-\\beta_2^{t+1}}, \\; " : "")
                    + w + " \\leftarrow " + w + " - \\frac{\\alpha\\, " + (hats ? "\\hat m" : "m") + "}{\\sqrt{" + (hats ? "\\hat v" : "v")
                    + "} + \\epsilon}";
        };
        String rate = rateText(d);
        ParameterUpdate p = focused();
        String name = parameter().name();
        String texName = parameter().tex();
        String substituted, plain;
        if (p == null) {
            substituted = "\\text{biases are not updated: }" + texName + " = " + d.format(update.biasesBefore()[row]);
            plain = settings.type().displayName() + ": biases are not updated; " + name + " stays " + d.format(update.biasesBefore()[row]);
        } else {
            substituted = stateTex(p, d) + "\n" + texName + " = " + d.format(p.before()) + (settings.type() == OptimizerSettings.Type.MOMENTUM
                    ? " + " + d.operand(p.stateAfter()[0]) : " - " + d.operand(p.step())) + " = " + d.format(p.after());
            plain = settings.type().displayName() + ", " + rate + ": " + name + ": " + d.format(p.before()) + " → " + d.format(p.after())
                    + " (gradient " + d.format(p.gradient()) + statePlain(p, update, d) + "; effective step " + d.format(p.step()) + ")";
        }
        return new FormulaText(symbolic, substituted, plain);
    }

    /** The rate in words: α_t, and whether fan-in scaling divides it. */
    String rateText(Decimals d) {
        return update.settings().fanInScaling()
                ? "fan-in scaling on: rate α_t / √n_k = " + d.format(update.alpha()) + " / √" + update.fanIn() + " = " + d.format(update.rate())
                : "fan-in scaling off: rate α_t = " + d.format(update.rate());
    }

    private String stateTex(ParameterUpdate p, Decimals d) {
        OptimizerSettings s = update.settings();
        String alpha = s.fanInScaling() ? "\\alpha_t/\\sqrt{n_" + update.k() + "} = " + d.format(p.rate()) : "\\alpha_t = " + d.format(p.rate());
        String g = d.operand(p.gradient());
        double[] b = p.stateBefore(), a = p.stateAfter();
        String t = s.type() == OptimizerSettings.Type.ADAM ? "t = " + update.t() + ", \\; " : "";
        return t + alpha + ", \\; g = " + d.format(p.gradient()) + ", \\quad " + switch (s.type()) {
            case SGD -> "\\text{step } \\alpha g = " + d.format(p.step());
            case MOMENTUM -> "v = " + d.operand(s.momentum()) + " \\cdot " + d.operand(b[0]) + " - " + d.operand(p.rate()) + " \\cdot " + g
                    + " = " + d.format(a[0]);
            case ADAGRAD -> "G = " + d.format(b[0]) + " + " + g + "^2 = " + d.format(a[0]) + ", \\; \\frac{\\alpha}{\\sqrt{G}+\\epsilon} = "
                    + d.format(p.effectiveRate());
            case RMSPROP -> "E = " + d.operand(s.decay()) + " \\cdot " + d.operand(b[0]) + " + " + d.operand(1 - s.decay()) + " \\cdot "
                    + g + "^2 = " + d.format(a[0]) + ", \\; \\frac{\\alpha}{\\sqrt{E}+\\epsilon} = " + d.format(p.effectiveRate());
            case ADAM -> "m: " + d.format(b[0]) + " \\to " + d.format(a[0]) + ", \\; v: " + d.format(b[1]) + " \\to " + d.format(a[1])
                    + (s.biasCorrection() ? ", \\; \\hat m = \\frac{" + d.format(a[0]) + "}{1-" + Decimals.plain(s.beta1()) + "^{" + (update.t() + 1)
                    + "}} = " + d.format(p.mHat()) + ", \\; \\hat v = \\frac{" + d.format(a[1]) + "}{1-" + Decimals.plain(s.beta2()) + "^{"
                    + (update.t() + 1) + "}} = " + d.format(p.vHat()) : "")
                    + ", \\; \\text{step } \\frac{\\alpha " + (s.biasCorrection() ? "\\hat m" : "m") + "}{\\sqrt{" + (s.biasCorrection() ? "\\hat v" : "v")
                    + "}+\\epsilon} = " + d.format(p.step());
        };
    }

    /**
     * A parameter's last update for its hover card: the optimizer and update t, the rate with or without
     * fan-in scaling, the state before → after (m̂ and v̂ for Adam), the effective learning rate, and the
     * change Δθ it made with its sign, as the card's "last update" line gives it: −rate·g for SGD, v for
     * momentum (one convention, so one move is never written +0.0095 in one line and −0.0095 in the next).
     */
    public static String card(LayerUpdate update, int i, int j, Decimals d) {
        UpdateFormula f = new UpdateFormula(update, i, j);
        ParameterUpdate p = f.focused();
        String head = "\n" + update.settings().type().displayName() + " at update t = " + update.t() + " (" + f.rateText(d) + ")";
        if (p == null) return head + "\nbiases are not updated";
        StringBuilder sb = new StringBuilder(head);
        String[] names = ParameterUpdate.stateNames(p.type());
        for (int s = 0; s < names.length; s++) {
            sb.append("\n").append(names[s]).append(": ").append(d.format(p.stateBefore()[s])).append(" → ").append(d.format(p.stateAfter()[s]));
        }
        String change = "\nchange Δ" + (j < 0 ? "b" : "W") + " = ";
        switch (p.type()) {
            case ADAM -> sb.append("\n").append(hats(p, update, d))
                    .append(update.settings().biasCorrection() ? " (bias-corrected)" : " (no bias correction: m^ = m, v^ = v)")
                    .append("\neffective learning rate rate/(√v^+ε) = ").append(d.format(p.effectiveRate()))
                    .append(change).append("−rate·m^/(√v^+ε) = ").append(d.format(-p.step()));
            case ADAGRAD, RMSPROP -> sb.append("\neffective learning rate rate/(√").append(names[0]).append("+ε) = ")
                    .append(d.format(p.effectiveRate())).append(change).append("−rate·g/(√").append(names[0]).append("+ε) = ")
                    .append(d.format(-p.step()));
            case MOMENTUM -> sb.append(change).append("v = ").append(d.format(p.stateAfter()[0]));
            case SGD -> sb.append(change).append("−rate·g = ").append(d.format(-p.step()));
        }
        return sb.toString();
    }

    /**
     * The state in words for the plain line: "; m 0.0000 → 0.0162, v …"; m̂ is written m^ as the other plain names are (a
     * monospaced font has no combining hat).
     */
    static String statePlain(ParameterUpdate p, LayerUpdate update, Decimals d) {
        String[] names = ParameterUpdate.stateNames(p.type());
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < names.length; s++) {
            sb.append(s == 0 ? "; " : ", ").append(names[s]).append(' ').append(d.format(p.stateBefore()[s])).append(" → ")
                    .append(d.format(p.stateAfter()[s]));
        }
        if (p.type() == OptimizerSettings.Type.ADAM) sb.append(", ").append(hats(p, update, d));
        if (p.type() == OptimizerSettings.Type.ADAGRAD || p.type() == OptimizerSettings.Type.RMSPROP || p.type() == OptimizerSettings.Type.ADAM) {
            sb.append("; effective learning rate ").append(d.format(p.effectiveRate()));
        }
        return sb.toString();
    }

    /**
     * Adam's m̂ and v̂ in words, with the bias correction written out as it is computed at update t (0-based):
     * "m^ = m/(1 − 0.9^4) = 0.0470, v^ = v/(1 − 0.999^4) = 0.0011"; without bias correction just their values.
     */
    private static String hats(ParameterUpdate p, LayerUpdate update, Decimals d) {
        OptimizerSettings s = update.settings();
        if (!s.biasCorrection()) return "m^ = " + d.format(p.mHat()) + ", v^ = " + d.format(p.vHat());
        int power = update.t() + 1;
        return "m^ = m/(1 − " + Decimals.plain(s.beta1()) + "^" + power + ") = " + d.format(p.mHat())
                + ", v^ = v/(1 − " + Decimals.plain(s.beta2()) + "^" + power + ") = " + d.format(p.vHat());
    }
}
