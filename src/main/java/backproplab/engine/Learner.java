package backproplab.engine;

import java.util.Arrays;

/**
 * One network with its loss and optimizer: performs mini-batch training steps. Holds the step
 * index t and the passes of the current example. A step allocates nothing.
 *
 * <p>A step: clear the gradients; for each example of the batch run the loss's forward and
 * backward passes (adding their gradients); take the mean and add λW; then update every
 * parameter with α_t (÷ √n_k with fan-in scaling).
 */
public final class Learner {
    /** Receives each example's passes during a step; the trace uses it to print them. */
    public interface Observer {
        /** Called after the backward pass of example {@code index}; {@code passes} are live buffers. */
        void example(int index, double loss, Pass[] passes);
    }

    private static final Observer SILENT = (index, loss, passes) -> { };

    private final Network network;
    private final Loss loss;
    private final double l2;
    private final OptimizerSettings settings;
    private final Optimizer optimizer;
    private final Pass[] passes;
    private int step;
    private boolean changedNothing;

    /** @param l2 λ, the L2 strength on weights (0 for none) */
    public Learner(Network network, Loss loss, double l2, OptimizerSettings settings) {
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("l2 must be a finite number ≥ 0, got " + l2);
        }
        this.network = network;
        this.loss = loss;
        this.l2 = l2;
        this.settings = settings;
        this.optimizer = settings.create(network);
        this.passes = new Pass[loss.passCount()];
        for (int p = 0; p < passes.length; p++) {
            passes[p] = network.newPass();
        }
    }

    public Network network() { return network; }

    public Loss loss() { return loss; }

    public Optimizer optimizer() { return optimizer; }

    public OptimizerSettings settings() { return settings; }

    public double l2() { return l2; }

    /** The passes of the most recent example (live buffers). */
    public Pass[] passes() { return passes; }

    /** The index t of the next update. */
    public int stepIndex() { return step; }

    /** One step on {@code samples[order[(from + b) % order.length]]} for b = 0 … batchSize−1; returns the batch mean loss. */
    public double step(Sample[] samples, int[] order, int from, int batchSize) {
        return step(samples, order, from, batchSize, SILENT);
    }

    /**
     * One training step. Modifies the network's parameters and gradients and this learner's passes.
     *
     * @return the mean over the batch of each example's J (including the L2 term)
     */
    public double step(Sample[] samples, int[] order, int from, int batchSize, Observer observer) {
        network.clearGradients();
        double penalty = network.l2Penalty(l2);
        double sum = 0;
        int position = from < order.length ? from : from % order.length;
        for (int b = 0; b < batchSize; b++, position++) {
            if (position == order.length) position = 0;
            int index = order[position];
            double j = loss.accumulate(network, passes, samples[index]) + penalty;
            observer.example(index, j, passes);
            sum += j;
        }
        boolean zero = !network.gradientsAccumulated() && l2 == 0; // e.g. every hinge of the batch inactive
        network.finishGradients(batchSize, l2);
        changedNothing = zero && optimizer.zeroGradientChangesNothing();
        if (changedNothing) {
            finishUpdate(); // the update would leave every parameter and all state exactly as they are
        } else {
            applyUpdate();
        }
        return sum / batchSize;
    }

    /**
     * True if the last {@link #step} left every parameter and all optimizer state exactly as they were
     * (every gradient 0 and an optimizer for which that changes nothing, e.g. SGD): only t advanced.
     */
    public boolean changedNothing() {
        return changedNothing;
    }

    /**
     * Makes this learner's state {@code other}'s: every parameter, the optimizer's state and the step
     * index t. Both must have the same shape and settings. Copies into the buffers this one has.
     */
    public void copyFrom(Learner other) {
        for (int k = 1; k < network.layerCount(); k++) {
            copy(other.network.weights(k), network.weights(k));
            copy(other.network.biases(k), network.biases(k));
            for (int s = 0; s < optimizer.stateCount(); s++) {
                copy(other.optimizer.state(Optimizer.weightSlot(k), s), optimizer.state(Optimizer.weightSlot(k), s));
                copy(other.optimizer.state(Optimizer.biasSlot(k), s), optimizer.state(Optimizer.biasSlot(k), s));
            }
        }
        step = other.step;
    }

    /** Sets the step index t of the next update (to resume from a copy made before update t). */
    public void setStepIndex(int t) {
        if (t < 0) throw new IllegalArgumentException("t must not be negative, got " + t);
        step = t;
    }

    /** True if any parameter differs from {@code other}'s (a learner of the same shape). */
    public boolean parametersDifferFrom(Learner other) {
        for (int k = 1; k < network.layerCount(); k++) {
            if (!Arrays.equals(network.weights(k), other.network.weights(k))
                    || !Arrays.equals(network.biases(k), other.network.biases(k))) {
                return true;
            }
        }
        return false;
    }

    private static void copy(double[] from, double[] to) {
        System.arraycopy(from, 0, to, 0, to.length);
    }

    /** J of one example (with the L2 term) from forward passes only; parameters unchanged. */
    public double evaluate(Sample sample) {
        return loss.forward(network, passes, sample) + network.l2Penalty(l2);
    }

    /** α_t of the next update, before fan-in scaling. */
    public double scheduledRate() {
        return settings.scheduledRate(step);
    }

    /** The learning rate W^(k) and b^(k) get at the next update. */
    public double rateForLayer(int k) {
        double alpha = settings.scheduledRate(step);
        return settings.fanInScaling() ? alpha / Math.sqrt(network.layerSize(k)) : alpha;
    }

    /** Applies the optimizer to every parameter from the current gradients and advances t. */
    public void applyUpdate() {
        for (int k = 1; k < network.layerCount(); k++) {
            updateLayer(k);
        }
        finishUpdate();
    }

    /** Applies the optimizer to W^(k) and (unless biases are frozen) b^(k) at step t; t is unchanged. */
    public void updateLayer(int k) {
        double rate = rateForLayer(k);
        optimizer.update(Optimizer.weightSlot(k), network.weights(k), network.weightGradients(k), rate, step);
        if (settings.updateBiases()) {
            optimizer.update(Optimizer.biasSlot(k), network.biases(k), network.biasGradients(k), rate, step);
        }
    }

    /** Ends an update made layer by layer with {@link #updateLayer}: advances t. */
    public void finishUpdate() {
        step++;
    }
}
