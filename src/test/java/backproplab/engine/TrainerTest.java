package backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static Sample[] regression(int n, long seed) {
        Random random = new Random(seed);
        Sample[] samples = new Sample[n];
        for (int i = 0; i < n; i++) {
            double[] x = {random.nextDouble() * 2 - 1, random.nextDouble() * 2 - 1};
            samples[i] = new Sample(x, new double[] {0.5 * x[0] - 0.25 * x[1] + 0.1});
        }
        return samples;
    }

    private static Learner learner(OptimizerSettings settings, long seed) {
        Network net = new Network(new int[] {2, 3, 1}, Activation.TANH, Activation.IDENTITY, 0.01);
        Initialization.XAVIER_UNIFORM.initialize(net, new Random(seed), 0);
        return new Learner(net, new SquaredErrorLoss(), 0, settings);
    }

    @Test
    void theTrainingPointIsTheMeanOverTheEpochsExamplesSoAShortLastBatchCountsForItsExamplesOnly() {
        // α = 0: nothing moves, so each example's loss during the epoch is its loss at the starting weights
        Learner frozen = learner(OptimizerSettings.of(OptimizerSettings.Type.SGD, 0), 3);
        Sample[] examples = regression(151, 1); // batches of 16: nine full ones and one of 7
        double perExample = Trainer.meanLoss(learner(OptimizerSettings.of(OptimizerSettings.Type.SGD, 0), 3), examples);
        TrainingResult r = Trainer.train(frozen, examples, new Sample[0], 2, 16, 9, null);
        assertEquals(perExample, r.trainingLoss()[1], 1e-15, "the mean over the 151 examples");
        assertEquals(perExample, r.trainingLoss()[2], 1e-15);
    }

    @Test
    void epochZeroIsTheLossAtTheStartingWeightsWithTheL2Term() {
        Network net = new Network(new int[] {2, 3, 1}, Activation.TANH, Activation.IDENTITY, 0.01);
        Initialization.XAVIER_UNIFORM.initialize(net, new Random(3), 0);
        Sample[] training = regression(40, 1), validation = regression(10, 2);
        double[] w1 = net.weights(1).clone(), w2 = net.weights(2).clone();
        double penalty = 0;
        for (double w : w1) penalty += w * w;
        for (double w : w2) penalty += w * w;
        penalty *= 0.05 / 2; // (λ/2) Σ W², biases not counted
        Learner learner = new Learner(net, new SquaredErrorLoss(), 0.05, OptimizerSettings.of(OptimizerSettings.Type.SGD, 0.1));
        double expectedTraining = meanByHand(net, training) + penalty, expectedValidation = meanByHand(net, validation) + penalty;
        int[] seenFirst = {-1};
        TrainingResult r = Trainer.train(learner, training, validation, 3, 4, 9, (epoch, t, v) -> {
            if (seenFirst[0] < 0) seenFirst[0] = epoch;
            return true;
        });
        assertEquals(0, seenFirst[0], "progress hears of the starting point first");
        assertEquals(4, r.trainingLoss().length, "epochs 0 … 3");
        assertEquals(3, r.epochs());
        assertEquals(expectedTraining, r.trainingLoss()[0], 1e-15);
        assertEquals(expectedValidation, r.validationLoss()[0], 1e-15);
        assertTrue(r.trainingLoss()[3] < r.trainingLoss()[0]);
    }

    /** The mean of ½(ŷ − y)² for the 2-3-1 tanh/identity net, computed here without the engine's passes. */
    private static double meanByHand(Network net, Sample[] samples) {
        double sum = 0;
        double[] w1 = net.weights(1), b1 = net.biases(1), w2 = net.weights(2), b2 = net.biases(2);
        for (Sample s : samples) {
            double out = b2[0];
            for (int j = 0; j < 3; j++) {
                double z = b1[j];
                for (int i = 0; i < 2; i++) z += w1[j * 2 + i] * s.x()[i];
                out += w2[j] * Math.tanh(z);
            }
            double e = out - s.partner()[0]; // squared error: the partner is the target
            sum += 0.5 * e * e;
        }
        return sum / samples.length;
    }

    @Test
    void startingWeightsWhoseLossIsNotFiniteDivergeAtEpochZero() {
        Network net = new Network(new int[] {2, 3, 1}, Activation.RELU, Activation.IDENTITY, 0.01);
        Initialization.SMALL_NORMAL.initialize(net, new Random(3), 1e300);
        Learner learner = new Learner(net, new SquaredErrorLoss(), 0, OptimizerSettings.of(OptimizerSettings.Type.SGD, 0.1));
        TrainingResult r = Trainer.train(learner, regression(8, 1), new Sample[0], 5, 4, 9, null);
        assertTrue(r.diverged());
        assertEquals(0, r.divergedEpoch());
        assertEquals(0, r.trainingLoss().length, "no finite point to draw");
        assertEquals(0, r.epochs());
    }

    @Test
    void trainingReducesTheLossAndIsReproducible() {
        OptimizerSettings sgd = OptimizerSettings.of(OptimizerSettings.Type.SGD, 0.1);
        TrainingResult a = Trainer.train(learner(sgd, 3), regression(64, 1), regression(16, 2), 30, 4, 9, null);
        TrainingResult b = Trainer.train(learner(sgd, 3), regression(64, 1), regression(16, 2), 30, 4, 9, null);
        assertEquals(30, a.epochs());
        assertFalse(a.diverged());
        assertTrue(a.trainingLoss()[30] < a.trainingLoss()[1] / 5, "loss fell from " + a.trainingLoss()[1]);
        assertTrue(a.validationLoss()[30] < a.validationLoss()[1]);
        assertArrayEquals(a.trainingLoss(), b.trainingLoss(), 0.0);
        assertArrayEquals(a.validationLoss(), b.validationLoss(), 0.0);
        TrainingResult otherShuffle = Trainer.train(learner(sgd, 3), regression(64, 1), regression(16, 2), 30, 4, 10, null);
        assertTrue(otherShuffle.trainingLoss()[5] != a.trainingLoss()[5], "the seed drives the shuffling");
    }

    @Test
    void divergenceIsReportedWithItsEpochNotThrown() {
        OptimizerSettings huge = OptimizerSettings.of(OptimizerSettings.Type.SGD, 50);
        TrainingResult r = Trainer.train(learner(huge, 3), regression(64, 1), new Sample[0], 100, 1, 9, null);
        assertTrue(r.diverged());
        assertTrue(r.divergedEpoch() >= 1 && r.divergedEpoch() < 100, "epoch " + r.divergedEpoch());
        assertFalse(Double.isFinite(r.divergedValue()));
        assertEquals(r.divergedEpoch() - 1, r.epochs(), "only finished epochs are kept");
        assertEquals(r.divergedEpoch(), r.trainingLoss().length, "epochs 0 … the last finished one");
        for (double loss : r.trainingLoss()) assertTrue(Double.isFinite(loss));
    }

    @Test
    void progressCanStopARun() {
        OptimizerSettings sgd = OptimizerSettings.of(OptimizerSettings.Type.SGD, 0.1);
        int[] seen = {0};
        TrainingResult r = Trainer.train(learner(sgd, 3), regression(32, 1), regression(8, 2), 50, 4, 9,
                (epoch, train, validation) -> ++seen[0] < 8);
        assertTrue(r.stopped());
        assertEquals(7, r.epochs());
        assertEquals(8, seen[0], "the starting point and seven epochs");
    }

    @Test
    void xavierBoundsAndVariance() {
        Network net = new Network(new int[] {20, 8, 1}, Activation.TANH, Activation.IDENTITY, 0.01);
        double sum = 0, sumSq = 0;
        int n = 0;
        for (long seed = 0; seed < 200; seed++) {
            Initialization.XAVIER_UNIFORM.initialize(net, new Random(seed), 0);
            double r = Math.sqrt(6.0 / 28);
            for (double w : net.weights(1)) {
                assertTrue(Math.abs(w) <= r);
                sum += w;
                sumSq += w * w;
                n++;
            }
            for (double b : net.biases(1)) assertEquals(0, b, 0.0);
        }
        double variance = sumSq / n - (sum / n) * (sum / n);
        assertEquals(2.0 / 28, variance, 0.003, "Var U[-r, r] = r²/3 = 2 / (n_k + n_{k+1})");
        assertEquals(0, sum / n, 0.01);
    }

    @Test
    void smallNormalHasTheGivenDeviationAndTheSeedFixesEveryNumber() {
        Network a = new Network(new int[] {20, 8, 1}, Activation.TANH, Activation.IDENTITY, 0.01);
        Network b = new Network(new int[] {20, 8, 1}, Activation.TANH, Activation.IDENTITY, 0.01);
        Initialization.SMALL_NORMAL.initialize(a, new Random(42), 0.01);
        Initialization.SMALL_NORMAL.initialize(b, new Random(42), 0.01);
        assertArrayEquals(a.weights(1), b.weights(1), 0.0);
        double sumSq = 0;
        for (double w : a.weights(1)) sumSq += w * w;
        assertEquals(0.01, Math.sqrt(sumSq / a.weights(1).length), 0.002);
        // java.util.Random's algorithm is specified, so this value is the same on every machine.
        assertEquals(0.01 * new Random(42).nextGaussian(), a.weights(1)[0], 0.0);
    }
}
