package backproplab.engine;

/**
 * What one update does to one parameter θ, in the terms of its optimizer's formula
 * ({@code ../shared/spec/engine.md}): the state before and after (momentum's v; AdaGrad's G;
 * RMSProp's E; Adam's m and v), Adam's bias-corrected m̂ and v̂ (equal to m and v without bias
 * correction), the effective learning rate this parameter gets and the step it takes. Computed
 * with the same operations in the same order as the optimizers, so {@link #after} is the engine's
 * new θ to the last bit; used to explain an update, never to train.
 *
 * @param rate          the rate the optimizer is given for this layer: α_t, divided by √n_k with fan-in scaling
 * @param effectiveRate the rate that multiplies this parameter's gradient (SGD, momentum: rate;
 *                      AdaGrad: rate / (√G + ε); RMSProp: rate / (√E + ε)); for Adam, the one that multiplies m̂
 * @param step          how much θ moves: θ_after = θ_before − step
 */
public record ParameterUpdate(OptimizerSettings.Type type, double before, double gradient, double rate, double[] stateBefore,
                              double[] stateAfter, double mHat, double vHat, double effectiveRate, double step, double after) {

    /** The state's names in the formula, in {@link Optimizer#state} order. */
    public static String[] stateNames(OptimizerSettings.Type type) {
        return switch (type) {
            case SGD -> new String[0];
            case MOMENTUM -> new String[] {"v"};
            case ADAGRAD -> new String[] {"G"};
            case RMSPROP -> new String[] {"E"};
            case ADAM -> new String[] {"m", "v"};
        };
    }

    /**
     * The update of θ with gradient g at step t (0-based) from {@code stateBefore} (one value per
     * state array, as {@link Optimizer#state} orders them).
     */
    public static ParameterUpdate of(OptimizerSettings s, double rate, int t, double theta, double g, double[] stateBefore) {
        double[] after = stateBefore.clone();
        double mHat = Double.NaN, vHat = Double.NaN, effective, step, next;
        switch (s.type()) {
            case SGD -> {
                effective = rate;
                step = rate * g;
                next = theta - step;
            }
            case MOMENTUM -> {
                after[0] = s.momentum() * stateBefore[0] - rate * g;
                effective = rate;
                next = theta + after[0];
                step = -after[0];
            }
            case ADAGRAD -> {
                after[0] = stateBefore[0] + g * g;
                effective = rate / (Math.sqrt(after[0]) + s.epsilon());
                step = rate * g / (Math.sqrt(after[0]) + s.epsilon());
                next = theta - step;
            }
            case RMSPROP -> {
                after[0] = s.decay() * stateBefore[0] + (1 - s.decay()) * g * g;
                effective = rate / (Math.sqrt(after[0]) + s.epsilon());
                step = rate * g / (Math.sqrt(after[0]) + s.epsilon());
                next = theta - step;
            }
            case ADAM -> {
                after[0] = s.beta1() * stateBefore[0] + (1 - s.beta1()) * g;
                after[1] = s.beta2() * stateBefore[1] + (1 - s.beta2()) * g * g;
                double c1 = s.biasCorrection() ? 1 - Powers.whole(s.beta1(), t + 1) : 1;
                double c2 = s.biasCorrection() ? 1 - Powers.whole(s.beta2(), t + 1) : 1;
                mHat = after[0] / c1;
                vHat = after[1] / c2;
                effective = rate / (Math.sqrt(vHat) + s.epsilon());
                step = rate * mHat / (Math.sqrt(vHat) + s.epsilon());
                next = theta - step;
            }
            default -> throw new IllegalStateException(s.type().toString());
        }
        return new ParameterUpdate(s.type(), theta, g, rate, stateBefore.clone(), after, mHat, vHat, effective, step, next);
    }
}
