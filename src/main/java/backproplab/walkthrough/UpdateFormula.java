package backproplab.walkthrough;

import static backproplab.walkthrough.Notation.tex;

import backproplab.engine.OptimizerSettings;

/**
 * The update of layer k's parameters by the chosen optimizer: its rule for W^(k) (b^(k) follows
 * the same rule) and, with numbers, what it did to W^(k)_11 and b^(k)_1.
 *
 * @param state the optimizer's state for W^(k)_11 after the update (v, G, E, or m and v)
 */
record UpdateFormula(int k, OptimizerSettings settings, double rate, double before, double gradient, double after,
                     double[] state, double biasBefore, double biasAfter, boolean biasesFrozen) implements Formula {

    @Override
    public FormulaText render(Decimals d) {
        String w = tex("W", k, "");
        String w11 = tex("W", k, "11");
        String g = "\\nabla_{" + w + "} J";
        String symbolic = switch (settings.type()) {
            case SGD -> w + " \\leftarrow " + w + " - \\alpha\\, " + g;
            case MOMENTUM -> "v \\leftarrow \\mu v - \\alpha\\, " + g + ", \\quad " + w + " \\leftarrow " + w + " + v";
            case ADAGRAD -> "G \\leftarrow G + g^2, \\quad " + w + " \\leftarrow " + w + " - \\frac{\\alpha\\, g}{\\sqrt{G} + \\epsilon}";
            case RMSPROP -> "E \\leftarrow \\rho E + (1-\\rho) g^2, \\quad " + w + " \\leftarrow " + w + " - \\frac{\\alpha\\, g}{\\sqrt{E} + \\epsilon}";
            case ADAM -> "m \\leftarrow \\beta_1 m + (1-\\beta_1) g, \\; v \\leftarrow \\beta_2 v + (1-\\beta_2) g^2, \\; "
                    + w + " \\leftarrow " + w + " - \\frac{\\alpha\\, " + (settings.biasCorrection() ? "\\hat m" : "m") + "}{\\sqrt{"
                    + (settings.biasCorrection() ? "\\hat v" : "v") + "} + \\epsilon}";
        };
        String numbers = switch (settings.type()) {
            case SGD -> w11 + " = " + d.format(before) + " - " + d.operand(rate) + " \\cdot " + d.operand(gradient) + " = " + d.format(after);
            case MOMENTUM -> "v = " + d.format(state[0]) + ", \\quad " + w11 + " = " + d.format(before) + " + " + d.operand(state[0])
                    + " = " + d.format(after);
            case ADAGRAD -> "G = " + d.format(state[0]) + ", \\quad " + w11 + " = " + d.format(after);
            case RMSPROP -> "E = " + d.format(state[0]) + ", \\quad " + w11 + " = " + d.format(after);
            case ADAM -> "m = " + d.format(state[0]) + ", \\; v = " + d.format(state[1]) + ", \\quad " + w11 + " = " + d.format(after);
        };
        String biasText = biasesFrozen ? "biases are not updated (b^(" + k + ")_1 stays " + d.format(biasBefore) + ")"
                : "b^(" + k + ")_1: " + d.format(biasBefore) + " → " + d.format(biasAfter);
        String text = settings.type().displayName() + ", α = " + d.format(rate) + ": W^(" + k + ")_11: " + d.format(before)
                + " → " + d.format(after) + " (gradient " + d.format(gradient) + "); " + biasText;
        String substituted = "\\alpha = " + d.format(rate) + ", \\quad " + numbers;
        return new FormulaText(symbolic, substituted, text);
    }
}
