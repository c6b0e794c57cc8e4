package backproplab.curves;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * One run of the loss curves as it grows: its title, the curves' specs, and each curve's mean
 * training and validation loss at the starting weights (epoch 0) and per finished epoch. The
 * training workers write it ({@link #epoch}, as the runner's listener) while others read it: an
 * epoch's losses are written before its count is published, so a reader that asks
 * {@link #epochs(int)} first reads only finished numbers. When
 * the runner returns, {@link #end} records the curves it made (with where any diverged); a
 * cancelled run ends with the epochs that finished.
 */
public final class CurveRun implements CurveRunner.Listener {
    private final String title, validationNote;
    private final List<CurveSpec> specs;
    private final int plannedEpochs;
    private final double l2;
    private final double[][] training, validation;
    /** Each curve's points so far: its last finished epoch + 1 (0 before the starting point). */
    private final AtomicIntegerArray points;
    private volatile List<Curve> ended;

    /**
     * An empty run of {@code specs} over {@code epochs} epochs, to be filled by a {@link CurveRunner}.
     *
     * @param validationNote why the run has no validation curves, or null when it has
     * @param l2             the λ of the L2 term every loss of the run includes (0: none)
     */
    public CurveRun(String title, List<CurveSpec> specs, int epochs, String validationNote, double l2) {
        this.title = title;
        this.validationNote = validationNote;
        this.specs = List.copyOf(specs);
        this.plannedEpochs = epochs;
        this.l2 = l2;
        training = new double[specs.size()][epochs + 1];
        validation = new double[specs.size()][epochs + 1];
        points = new AtomicIntegerArray(specs.size());
    }

    /** A run that is over: the {@code curves} a runner (or the headless command) returned, with λ = {@code l2}. */
    public static CurveRun of(String title, List<Curve> curves, int epochs, double l2) {
        CurveRun run = new CurveRun(title, curves.stream().map(Curve::spec).toList(), epochs, null, l2);
        for (int c = 0; c < curves.size(); c++) {
            Curve curve = curves.get(c);
            for (int e = 0; e < curve.training().length; e++) run.epoch(c, e, curve.training()[e], curve.validation()[e]);
        }
        run.end(curves);
        return run;
    }

    /** Records epoch {@code epoch} (0: the starting weights) of curve {@code curve} (called by the training workers). */
    @Override
    public void epoch(int curve, int epoch, double trainingLoss, double validationLoss) {
        training[curve][epoch] = trainingLoss;
        validation[curve][epoch] = validationLoss;
        points.set(curve, epoch + 1); // publishes the two writes above
    }

    /**
     * Ends the run with the curves the runner returned, in the plan's order (their epochs are the
     * ones recorded here; they add where a curve diverged).
     */
    public void end(List<Curve> curves) {
        if (curves.size() != specs.size()) throw new IllegalArgumentException("one curve per spec");
        ended = List.copyOf(curves);
    }

    /** The chart's title: network, data, loss and epochs. */
    public String title() {
        return title;
    }

    /** Why the run has no validation curves (its data hold no validation examples), or null. */
    public String validationNote() {
        return validationNote;
    }

    /** The λ of the L2 term every loss of the run includes (0: none). */
    public double l2() {
        return l2;
    }

    /** How many curves the run trains. */
    public int size() {
        return specs.size();
    }

    public CurveSpec spec(int c) {
        return specs.get(c);
    }

    /** The epochs each curve was planned to train. */
    public int plannedEpochs() {
        return plannedEpochs;
    }

    /** The last epoch of curve {@code c} with its losses: 0 once the starting point is in, −1 before. */
    public int epochs(int c) {
        return points.get(c) - 1;
    }

    /** The epochs finished so far, over all curves (the starting points are not epochs). */
    public long finishedEpochs() {
        long sum = 0;
        for (int c = 0; c < specs.size(); c++) sum += Math.max(0, points.get(c) - 1);
        return sum;
    }

    /** The points measured so far, over all curves: the finished epochs and the starting points. */
    public long points() {
        long sum = 0;
        for (int c = 0; c < specs.size(); c++) sum += points.get(c);
        return sum;
    }

    /** Finished epochs over planned epochs, 0 … 1. */
    public double progress() {
        return (double) finishedEpochs() / ((long) plannedEpochs * specs.size());
    }

    /** The mean training loss of curve {@code c} in {@code epoch} (0: at the starting weights; measured epochs only). */
    public double training(int c, int epoch) {
        return training[c][epoch];
    }

    /** The mean validation loss of curve {@code c} after {@code epoch}, or NaN without validation examples. */
    public double validation(int c, int epoch) {
        return validation[c][epoch];
    }

    /** True once {@link #end} was called: every curve has all the epochs it will get. */
    public boolean isOver() {
        return ended != null;
    }

    /** The epoch at which curve {@code c} diverged, or {@link Curve#NOT_DIVERGED} (also while the run goes on). */
    public int divergedEpoch(int c) {
        List<Curve> curves = ended;
        return curves == null ? Curve.NOT_DIVERGED : curves.get(c).divergedEpoch();
    }

    /** The legend entry of curve {@code c}: its label, with "diverged at epoch N" once known. */
    public String legend(int c) {
        List<Curve> curves = ended;
        return curves == null ? specs.get(c).label() : curves.get(c).legend();
    }

    /** The curves as they are now: all of them once over, else copies of the epochs finished so far. */
    public List<Curve> curves() {
        List<Curve> curves = ended;
        if (curves != null) return curves;
        List<Curve> sofar = new ArrayList<>();
        for (int c = 0; c < specs.size(); c++) {
            int n = points.get(c);
            sofar.add(new Curve(specs.get(c), Arrays.copyOf(training[c], n), Arrays.copyOf(validation[c], n), Curve.NOT_DIVERGED,
                    Double.NaN));
        }
        return sofar;
    }
}
