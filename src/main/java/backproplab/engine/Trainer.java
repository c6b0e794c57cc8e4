package backproplab.engine;

import java.util.Random;

/**
 * Epochs of mini-batch training with seeded shuffling. Before the first epoch it records the mean
 * training and validation loss at the starting weights (epoch 0, forward passes only), the point
 * every curve of a race starts from. After each epoch it records the training
 * loss — the mean over the epoch's examples of the loss each had in its batch, measured during the
 * epoch before that batch's update (each batch weighted by its size, so a short last batch counts
 * for its examples only) — and the mean validation loss (forward passes only, after the epoch).
 * All include the L2 term when λ &gt; 0. At the first non-finite loss it stops and reports the
 * epoch instead of throwing (epoch 0 when the starting weights already give one).
 */
public final class Trainer {
    /** Told at epoch 0 (the starting weights) and after every epoch; returning false stops the run (Cancel). */
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
        double[] trainingLoss = new double[epochs + 1];
        double[] validationLoss = new double[epochs + 1];
        trainingLoss[0] = meanLoss(learner, training);
        validationLoss[0] = meanLoss(learner, validation);
        if (!Double.isFinite(trainingLoss[0])) return TrainingResult.diverged(trainingLoss, validationLoss, 0, trainingLoss[0]);
        if (validation.length > 0 && !Double.isFinite(validationLoss[0])) {
            return TrainingResult.diverged(trainingLoss, validationLoss, 0, validationLoss[0]);
        }
        if (progress != null && !progress.epochFinished(0, trainingLoss[0], validationLoss[0])) {
            return TrainingResult.stopped(trainingLoss, validationLoss, 0);
        }
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
            trainingLoss[epoch] = sum / order.length;
            double v = meanLoss(learner, validation);
            validationLoss[epoch] = v;
            if (validation.length > 0 && !Double.isFinite(v)) {
                return TrainingResult.diverged(trainingLoss, validationLoss, epoch, v);
            }
            if (progress != null && !progress.epochFinished(epoch, trainingLoss[epoch], v)) {
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
