package backproplab.engine;

import java.util.Random;

/**
 * Epochs of mini-batch training with seeded shuffling. After each epoch it records the training
 * loss — the mean over the epoch's examples of the loss each had in its batch, measured during the
 * epoch before that batch's update (each batch weighted by its size, so a short last batch counts
 * for its examples only) — and the mean validation loss (forward passes only, after the epoch).
 * Both include the L2 term when λ &gt; 0. At the first non-finite loss it stops and reports the
 * epoch instead of throwing.
 */
public final class Trainer {
    /** Told after every epoch; returning false stops the run (Cancel). */
    public interface Progress {
        boolean epochFinished(int epoch, double trainingLoss, double validationLoss);
    }

    private Trainer() {}

    /**
     * Trains {@code learner} (modifying its network) for up to {@code epochs} epochs.
     *
     * @param validation may be empty; its loss is then NaN and never counts as divergence
     * @param seed       seeds the generator that shuffles the training examples every epoch
     */
    public static TrainingResult train(Learner learner, Sample[] training, Sample[] validation,
                                       int epochs, int batchSize, long seed, Progress progress) {
        if (training.length == 0) throw new IllegalArgumentException("the training split is empty");
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        double[] trainingLoss = new double[epochs];
        double[] validationLoss = new double[epochs];
        int[] order = new int[training.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random random = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            shuffle(order, random);
            double sum = 0;
            for (int from = 0; from < order.length; from += batchSize) {
                int size = Math.min(batchSize, order.length - from);
                double loss = learner.step(training, order, from, size);
                if (!Double.isFinite(loss)) {
                    return TrainingResult.diverged(trainingLoss, validationLoss, epoch, loss);
                }
                sum += loss * size; // the batch's examples' losses, added
            }
            trainingLoss[epoch - 1] = sum / order.length;
            double v = meanLoss(learner, validation);
            validationLoss[epoch - 1] = v;
            if (validation.length > 0 && !Double.isFinite(v)) {
                return TrainingResult.diverged(trainingLoss, validationLoss, epoch, v);
            }
            if (progress != null && !progress.epochFinished(epoch, trainingLoss[epoch - 1], v)) {
                return TrainingResult.stopped(trainingLoss, validationLoss, epoch);
            }
        }
        return TrainingResult.completed(trainingLoss, validationLoss);
    }

    /** Mean J over {@code samples} from forward passes only (NaN if there are none). */
    public static double meanLoss(Learner learner, Sample[] samples) {
        if (samples.length == 0) return Double.NaN;
        double sum = 0;
        for (Sample s : samples) sum += learner.evaluate(s);
        return sum / samples.length;
    }

    /** Fisher–Yates, in place. */
    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
