package backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link GradientCheck}, what the gradient-check panel shows: passes on smooth nets, flags kinks, fails a bad h. */
class GradientCheckPanelTest {
    private static Network net(int[] shape, Activation hidden, Random random) {
        Network net = new Network(shape, hidden, Activation.IDENTITY, 0.1);
        for (int k = 1; k < net.layerCount(); k++) {
            GradientCheckTest.fill(random, net.weights(k), 0.8);
            GradientCheckTest.fill(random, net.biases(k), 0.3);
        }
        return net;
    }

    private static Sample pair(Random random, int inputs) {
        return new Sample(GradientCheckTest.fill(random, new double[inputs], 1), GradientCheckTest.fill(random, new double[inputs], 1));
    }

    @Test
    void everyParameterPassesOnSmoothNetsAndTheNetworkIsLeftAsItWas() {
        Random random = new Random(11);
        for (Activation f : List.of(Activation.SIGMOID, Activation.TANH, Activation.SOFTSIGN)) {
            for (int[] shape : new int[][] {{4, 2, 1}, {5, 4, 3, 1}}) {
                Network net = net(shape, f, random);
                Loss loss = new MaxMarginLoss(3.0); // a wide margin keeps the hinge active
                Sample sample = pair(random, shape[0]);
                double[] before = net.weights(1).clone(), gradient = net.weightGradients(1).clone();
                List<GradientCheck.Entry> entries = GradientCheck.run(net, loss, sample, 0.05, GradientCheck.DEFAULT_H);
                int parameters = 0;
                for (int k = 1; k < shape.length; k++) parameters += shape[k] * shape[k - 1] + shape[k];
                assertEquals(parameters, entries.size(), "every weight and bias");
                for (GradientCheck.Entry e : entries) {
                    assertTrue(e.passed(), f + " " + e);
                    assertTrue(e.kinks().isEmpty());
                }
                for (int i = 1; i < entries.size(); i++) {
                    assertTrue(entries.get(i - 1).relativeError() >= entries.get(i).relativeError(), "the worst first");
                }
                assertArrayEquals(before, net.weights(1), 0.0, "the parameters on screen are untouched");
                assertArrayEquals(gradient, net.weightGradients(1), 0.0, "and so are its gradient buffers");
            }
        }
    }

    @Test
    void aReluExactlyAtItsCornerIsMarkedAndSaidWhyNotFailed() {
        Random random = new Random(5);
        Network net = net(new int[] {4, 2, 1}, Activation.RELU, random);
        Loss loss = new MaxMarginLoss(3.0);
        Sample sample = pair(random, 4);
        // b^(1)_1 chosen so that z^(2)_1 of the true window is exactly 0: at ReLU's corner
        double z = 0;
        for (int j = 0; j < 4; j++) z += net.weight(1, 0, j) * sample.x()[j];
        net.biases(1)[0] = -z;
        net.weights(2)[0] = 1.5; // so the corner matters to the score
        List<GradientCheck.Entry> entries = GradientCheck.run(net, loss, sample, 0, GradientCheck.DEFAULT_H);
        GradientCheck.Entry worst = entries.get(0);
        assertFalse(worst.passed(), "backprop takes one side's slope, the difference averages both: " + worst);
        assertFalse(worst.failed(), "a kink is expected, not a failure");
        assertEquals(1, worst.kinks().size(), worst.toString());
        GradientCheck.Kink kink = worst.kinks().get(0);
        assertEquals(List.of(2, 0, "true"), List.of(kink.layer(), kink.unit(), kink.window()), "z^(2)_1 of the true window");
        assertEquals(Activation.RELU, kink.activation());
        assertEquals(0, kink.value(), 1e-15, "sits at the corner, but for round-off");
        assertEquals(0, entries.stream().filter(GradientCheck.Entry::failed).count(), "nothing fails");
    }

    @Test
    void theHingeExactlyAtZeroIsMarked() {
        Random random = new Random(8);
        Network net = net(new int[] {4, 2, 1}, Activation.TANH, random);
        Sample sample = pair(random, 4);
        Pass[] passes = {net.newPass(), net.newPass()};
        MaxMarginLoss probe = new MaxMarginLoss(0);
        probe.forward(net, passes, sample);
        double margin = -probe.hingeArgument(passes); // Δ with Δ + s_c − s = 0 exactly
        List<GradientCheck.Entry> entries = GradientCheck.run(net, new MaxMarginLoss(margin), sample, 0, GradientCheck.DEFAULT_H);
        assertTrue(entries.get(0).kinks().contains(GradientCheck.Kink.hinge(0)), entries.get(0).toString());
        assertEquals(0, entries.stream().filter(GradientCheck.Entry::failed).count());
    }

    @Test
    void aLargeHFailsWhereTheCurveBends() {
        Random random = new Random(3);
        Network net = net(new int[] {4, 2, 1}, Activation.SIGMOID, random);
        List<GradientCheck.Entry> entries = GradientCheck.run(net, new MaxMarginLoss(3.0), pair(random, 4), 0, 0.1);
        assertTrue(entries.get(0).failed(), "h = 0.1 is too coarse for 10⁻⁶: " + entries.get(0));
        assertTrue(entries.get(0).relativeError() > 1e-5);
    }
}
