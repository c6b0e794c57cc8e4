package backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** One or two updates of each optimizer, computed by hand from the spec's formulas. */
class OptimizerTest {
    private static final double TOL = 1e-15;
    private final Network net = new Network(new int[] {1, 2}, Activation.SIGMOID, Activation.IDENTITY, 0.01);
    private final double[] theta = {0.5, -0.25};
    private final double[] g = {0.2, -0.4};
    private final int slot = Optimizer.weightSlot(1);

    private static double[] values(double... v) {
        return v;
    }

    @Test
    void sgd() {
        new Sgd().update(slot, theta, g, 0.1, 0);
        assertArrayEquals(values(0.5 - 0.1 * 0.2, -0.25 + 0.1 * 0.4), theta, TOL);
    }

    @Test
    void momentumAccumulatesVelocity() {
        Momentum m = new Momentum(net, 0.9);
        m.update(slot, theta, g, 0.1, 0);
        double v0 = -0.1 * 0.2;
        assertArrayEquals(values(v0, 0.04), m.state(slot, 0), TOL);
        m.update(slot, theta, g, 0.1, 1);
        double v1 = 0.9 * v0 - 0.1 * 0.2;
        assertEquals(0.5 + v0 + v1, theta[0], TOL);
    }

    @Test
    void adaGradDividesByRootOfSummedSquares() {
        AdaGrad a = new AdaGrad(net, 1e-8);
        a.update(slot, theta, g, 0.1, 0);
        a.update(slot, theta, g, 0.1, 1);
        double first = 0.5 - 0.1 * 0.2 / (Math.sqrt(0.04) + 1e-8);
        assertEquals(first - 0.1 * 0.2 / (Math.sqrt(0.08) + 1e-8), theta[0], TOL);
        assertEquals(0.32, a.state(slot, 0)[1], TOL);
    }

    @Test
    void rmsPropKeepsARunningMeanOfSquares() {
        RmsProp r = new RmsProp(net, 0.9, 1e-8);
        r.update(slot, theta, g, 0.01, 0);
        double e = 0.1 * 0.04;
        assertEquals(e, r.state(slot, 0)[0], TOL);
        assertEquals(0.5 - 0.01 * 0.2 / (Math.sqrt(e) + 1e-8), theta[0], TOL);
    }

    @Test
    void adamWithBiasCorrection() {
        Adam a = new Adam(net, 0.9, 0.999, 1e-8, true);
        a.update(slot, theta, g, 0.01, 0);
        a.update(slot, theta, g, 0.01, 1);
        double m1 = 0.1 * 0.2, v1 = 0.001 * 0.04;
        double after1 = 0.5 - 0.01 * (m1 / 0.1) / (Math.sqrt(v1 / 0.001) + 1e-8);
        double m2 = 0.9 * m1 + 0.1 * 0.2, v2 = 0.999 * v1 + 0.001 * 0.04;
        double expected = after1 - 0.01 * (m2 / (1 - 0.81)) / (Math.sqrt(v2 / (1 - 0.999 * 0.999)) + 1e-8);
        assertEquals(expected, theta[0], TOL);
        assertEquals(m2, a.state(slot, 0)[0], TOL);
        assertEquals(v2, a.state(slot, 1)[0], TOL);
    }

    @Test
    void adamWithoutBiasCorrectionUsesRawMoments() {
        Adam a = new Adam(net, 0.9, 0.999, 1e-8, false);
        a.update(slot, theta, g, 0.01, 0);
        assertEquals(0.5 - 0.01 * 0.02 / (Math.sqrt(0.00004) + 1e-8), theta[0], TOL);
    }

    @Test
    void schedulesFollowTheSpec() {
        assertEquals(0.3, new Schedule.Constant().rate(0.3, 99));
        Schedule step = new Schedule.Step(0.5, 2);
        assertArrayEquals(values(0.2, 0.2, 0.1, 0.1, 0.05), values(step.rate(0.2, 0), step.rate(0.2, 1),
                step.rate(0.2, 2), step.rate(0.2, 3), step.rate(0.2, 4)), TOL);
        assertEquals(0.1 * Math.exp(-0.3 * 2), new Schedule.Exponential(0.3).rate(0.1, 2), TOL);
        Schedule inverse = new Schedule.Inverse(2);
        assertArrayEquals(values(0.3, 0.3, 0.3, 0.2, 0.15), values(inverse.rate(0.3, 0), inverse.rate(0.3, 1),
                inverse.rate(0.3, 2), inverse.rate(0.3, 3), inverse.rate(0.3, 4)), TOL);
    }

    @Test
    void fanInScalingAndFrozenBiasesInALearnerStep() {
        Network n = new Network(new int[] {4, 1}, Activation.IDENTITY, Activation.IDENTITY, 0.01);
        OptimizerSettings s = new OptimizerSettings(OptimizerSettings.Type.SGD, 0.2, 0.9, 0.9, 0.9, 0.999, 1e-8,
                true, true, false, new Schedule.Constant());
        Learner learner = new Learner(n, new SquaredErrorLoss(), 0, s);
        Sample sample = new Sample(new double[] {1, 2, 3, 4}, new double[] {1});
        learner.step(new Sample[] {sample}, new int[] {0}, 0, 1);
        // J = ½ (0 − 1)², δ = −1, ∇W = −x; fan-in 4 so the rate is 0.2 / 2.
        assertArrayEquals(values(0.1, 0.2, 0.3, 0.4), n.weights(1), TOL);
        assertArrayEquals(values(0), n.biases(1), 0.0);
        assertArrayEquals(values(-1), n.biasGradients(1), 0.0);
    }

    @Test
    void aBatchWithoutGradientSkipsOnlyUpdatesThatWouldChangeNothing() {
        // s = 1·2 = 2, s_c = 0: Δ + s_c − s = −1, every hinge inactive, the gradient is 0.
        Sample inactive = new Sample(new double[] {2}, new double[] {0});
        for (OptimizerSettings.Type type : OptimizerSettings.Type.values()) {
            Network n = new Network(new int[] {1, 1}, Activation.IDENTITY, Activation.IDENTITY, 0.01);
            n.weights(1)[0] = 1;
            Learner learner = new Learner(n, new MaxMarginLoss(1), 0, OptimizerSettings.of(type, 0.1));
            Optimizer o = learner.optimizer();
            if (o.stateCount() > 0) o.state(Optimizer.weightSlot(1), 0)[0] = 0.5; // as if earlier steps had moved
            learner.step(new Sample[] {inactive}, new int[] {0}, 0, 1);
            assertEquals(1, learner.stepIndex(), type + ": t advances");
            assertEquals(0.0, n.weightGradients(1)[0], 0.0, "the gradient reads 0");
            boolean moves = type == OptimizerSettings.Type.MOMENTUM || type == OptimizerSettings.Type.ADAM;
            assertEquals(moves, n.weights(1)[0] != 1.0, type + " moves on a zero gradient: " + moves);
            assertEquals(type == OptimizerSettings.Type.SGD || type == OptimizerSettings.Type.ADAGRAD, o.zeroGradientChangesNothing());
        }
    }

    @Test
    void settingsRejectOutOfRangeValuesByName() {
        OptimizerSettings ok = OptimizerSettings.of(OptimizerSettings.Type.ADAM, 0.01);
        assertEquals("learningRate must be a finite number ≥ 0, got -0.1",
                assertThrows(IllegalArgumentException.class, () -> ok.withLearningRate(-0.1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ok.withLearningRate(Double.NaN));
        assertEquals("beta1 must be in [0, 1), got 1.0", assertThrows(IllegalArgumentException.class,
                () -> new OptimizerSettings(OptimizerSettings.Type.ADAM, 0.01, 0.9, 0.9, 1.0, 0.999, 1e-8, true, false, true,
                        new Schedule.Constant())).getMessage());
    }
}
