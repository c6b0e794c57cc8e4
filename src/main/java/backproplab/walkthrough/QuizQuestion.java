package backproplab.walkthrough;

import backproplab.engine.Parameter;
import backproplab.engine.ParameterUpdate;
import java.util.Locale;

/**
 * "Check my calculation": the number a micro-step reveals, asked before it is shown — z of the
 * unit a forward step computes, the loss J, δ of the unit a backward step computes, the gradient
 * of the first weight into the unit a gradient step covers, the updated weight an update step
 * explains. The answer is right when it is within half a unit of the last shown decimal of the
 * value rounded to the shown decimals.
 *
 * @param kind what sort of number it is, for the summary: z, J, δ, gradient, updated weight
 * @param name the quantity as the screen writes it, e.g. z^(2)_1
 * @param operands what the asked step works on — its unit and edges — for the network to light while the class computes
 */
public record QuizQuestion(String kind, String name, double value, Focus operands) {

    /** The question for step {@code s}, its update explained as {@code formula}; null when it reveals no single number. */
    public static QuizQuestion of(MicroStep s, Formula formula) {
        Focus f = s.focus();
        Snapshot state = s.state();
        int k = f.layer(), i = f.unit();
        return switch (s.phase()) {
            case FORWARD_TRUE, FORWARD_CORRUPT -> i < 0 ? null : new QuizQuestion("z", "z^(" + k + ")_" + (i + 1), state.z(s.pass(), k, i), f);
            case LOSS -> Double.isFinite(state.loss()) ? new QuizQuestion("J", "J", state.loss(), f) : null;
            case BACKWARD -> i < 0 ? null : new QuizQuestion("δ", "δ^(" + k + ")_" + (i + 1), state.delta(s.pass(), k, i), f);
            case GRADIENTS -> i < 0 ? null : new QuizQuestion("gradient", "∂J/∂" + Parameter.weight(k - 1, i, 0).name(),
                    state.weightGradient(k - 1, i, 0), f);
            case UPDATE -> {
                if (!(formula instanceof UpdateFormula u)) yield null;
                ParameterUpdate p = u.focused();
                yield p == null ? null : new QuizQuestion("updated weight", u.parameter().name() + " after the update", p.after(), f);
            }
            default -> null;
        };
    }

    /** The value as the screen shows it with {@code d}. */
    public String shown(Decimals d) {
        return d.format(value);
    }

    /**
     * True if {@code typed} is within half a unit of the last decimal of the value rounded to
     * {@code d}'s decimals: 1.0461 shown accepts 1.04605 … 1.04615, not 1.0460 or 1.0462.
     */
    public boolean accepts(double typed, Decimals d) {
        double rounded = Double.parseDouble(shown(d).replace("∞", "Infinity"));
        double half = 0.5 * Math.pow(10, -d.places());
        return Double.isFinite(typed) && Math.abs(typed - rounded) <= half * (1 + 1e-9);
    }

    /** A number as a person types it: a comma may stand for the decimal point; null if it is not a number. */
    public static Double parse(String text) {
        String t = text.strip().replace(',', '.').replace('−', '-');
        if (t.isEmpty()) return null;
        try {
            return Double.parseDouble(t.toLowerCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Where to look when this kind of number comes out wrong. */
    public static String hint(String kind) {
        return switch (kind) {
            case "z" -> "check the products W·a and the bias";
            case "J" -> "check Δ + s_c − s and the hinge";
            case "δ" -> "check the f'(z) factor";
            case "gradient" -> "check δ × the input a, summed over both windows";
            default -> "check α × the gradient and the optimizer's state";
        };
    }
}
