package backproplab.walkthrough;

import backproplab.engine.Activation;
import backproplab.setup.LessonSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * What a student needs to move between the course notes and the app: the notes' names for the
 * app's quantities, the sign of the score's error, the output bias the notes leave out, and the
 * notes' typos with the formula the app uses instead (engine.md's corrections).
 */
public final class NotesBridge {
    private NotesBridge() {}

    /** The names, for {@code setup}'s network. */
    public static List<String> names(LessonSetup setup) {
        int[] layers = setup.layers();
        int out = layers.length;
        List<String> lines = new ArrayList<>();
        if (out == 3) {
            lines.add("The notes' W is W^(1) here (" + layers[0] + " → " + layers[1] + "), and the notes' U is W^(2) ("
                    + layers[1] + " → " + layers[2] + "): the notes' s = U a is W^(2) a^(2) + b^(2).");
        } else {
            lines.add("W^(k) maps layer k to layer k+1 (the notes' W is W^(1); the last, W^(" + (out - 1) + "), plays the notes' U).");
        }
        if (setup.maxMargin()) {
            lines.add("The score s is a^(" + out + ")_1 here: the output unit"
                    + (setup.output() == Activation.IDENTITY ? ", whose activation is the identity, so s = z^(" + out + ")_1." : "."));
            lines.add("The notes leave out the output bias; the app has b^(" + (out - 1) + ")_1."
                    + (setup.output() == Activation.IDENTITY
                            ? " It stays at its start, 0: both windows feed the same score, so its gradient is ∂J/∂s + ∂J/∂s_c = −1 + 1 = 0"
                                    + " (and 0 + 0 when the hinge is inactive)."
                            : ""));
            lines.add("The notes begin error sharing with \"error 1 at the score\": that 1 is the score's own derivative ∂s/∂s."
                    + " The app shows ∂J/∂s, which is −1 for the true window and +1 for the corrupt one when the hinge is active"
                    + " (both 0 when it is not). Multiply the notes' true-window numbers by −1 and they are the app's.");
        }
        lines.add("δ^(k) = ∂J/∂z^(k), the error at z, as in the notes; ∇W^(k) = δ^(k+1) a^(k)ᵀ.");
        return lines;
    }

    /** The notes' typos and what the app computes instead. */
    public static List<String> corrections() {
        return List.of(
                "σ(z) = 1/(1 + e^(−z)): the notes' layer formula 1/(1 + exp(z_i)) lacks the minus sign.",
                "σ'(z) = σ(z)(1 − σ(z)): the notes write −e^(−z)/(1 + e^(−z)); the derivative is e^(−z)/(1 + e^(−z))²,"
                        + " which is σ(1 − σ).",
                "hard tanh'(z) = 1 for −1 ≤ z ≤ 1, else 0 (the notes print −1 ≤ z ≤ −1).",
                "soft sign'(z) = 1/(1 + |z|)² (the notes print sgn(z)/(1 + z)²).",
                "In the error-sharing walkthrough, step 7: ∂z^(2)_1/∂W^(1)_14 = a^(1)_4 (the notes print a^(2)_4).");
    }
}
