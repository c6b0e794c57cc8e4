package backproplab.app.stepping;

import backproplab.engine.Parameter;
import backproplab.walkthrough.Decimals;
import backproplab.walkthrough.Snapshot;
import backproplab.walkthrough.UpdateFormula;

/** The words and numbers on units and in hover cards, all read from a snapshot. */
final class ValueTexts {
    private ValueTexts() {}

    /** x for an input; z and a (and δ from the backward pass on) for the others. */
    static String unitLabel(Snapshot s, int p, int k, int i, Decimals d, boolean showDelta) {
        if (k == 1) return "x = " + d.format(s.a(p, 1, i));
        String text = "z = " + d.format(s.z(p, k, i)) + "\na = " + d.format(s.a(p, k, i));
        return showDelta ? text + "\nδ = " + d.format(s.delta(p, k, i)) : text;
    }

    /** One line for crowded layers: x for inputs, else a (forward) or δ (backward and after). */
    static String compactLabel(Snapshot s, int p, int k, int i, Decimals d, boolean showDelta) {
        if (k == 1) return d.format(s.a(p, 1, i));
        return showDelta ? "δ " + d.format(s.delta(p, k, i)) : "a " + d.format(s.a(p, k, i));
    }

    /** A unit's hover card: its z, a, f'(z) and δ in the pass shown. */
    static String unitCard(Snapshot s, int p, String pass, int k, int i, Decimals d) {
        if (k == 1) return "Input " + (i + 1) + " (" + pass + ")\nx = " + Parameter.unicode("a", 1, Integer.toString(i + 1)) + " = " + d.format(s.a(p, 1, i));
        return "Unit " + (i + 1) + " of layer " + k + " (" + pass + ")\nz = " + d.format(s.z(p, k, i))
                + "\na = " + d.format(s.a(p, k, i)) + "\nf'(z) = " + d.format(s.derivative(p, k, i))
                + "\nδ = " + d.format(s.delta(p, k, i));
    }

    /** An edge's hover card: W^(k)_ij, its gradient and its last update, the change ΔW with its sign. */
    static String edgeCard(Snapshot s, int k, int i, int j, Decimals d) {
        return Parameter.weight(k, i, j).unicode() + " = " + d.format(s.weight(k, i, j)) + "\ngradient ∂J/∂W = " + d.format(s.weightGradient(k, i, j))
                + "\nlast update ΔW = " + d.format(s.weightUpdate(k, i, j))
                + (s.lastUpdate(k) == null ? "" : UpdateFormula.card(s.lastUpdate(k), i, j, d));
    }

    /** A bias edge's hover card: b^(k)_i, its gradient and its last update. */
    static String biasCard(Snapshot s, int k, int i, Decimals d) {
        return Parameter.bias(k, i).unicode() + " = " + d.format(s.bias(k, i)) + "\ngradient ∂J/∂b = "
                + d.format(s.biasGradient(k, i)) + "\nlast update Δb = " + d.format(s.biasUpdate(k, i))
                + (s.lastUpdate(k) == null ? "" : UpdateFormula.card(s.lastUpdate(k), i, -1, d));
    }
}
