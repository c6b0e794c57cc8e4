package backproplab.walkthrough;

import backproplab.engine.Activation;
import backproplab.engine.Learner;
import backproplab.engine.Loss;
import backproplab.engine.MaxMarginLoss;
import backproplab.engine.Network;
import backproplab.engine.Optimizer;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Pass;
import backproplab.engine.Sample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one training example through the engine one neuron at a time — Network.computeUnit,
 * Loss.evaluate, Network.computeDelta, Network.accumulateUnitGradient, Learner.updateLayer —
 * and records a {@link MicroStep} after each. The learner ends in exactly the state one
 * {@link Learner#step} with batch size 1 would leave it in.
 */
public final class WalkthroughBuilder {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹", SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private final Learner learner;
    private final Network net;
    private final Loss loss;
    private final Pass[] passes;
    private final int layers;
    private final Sample sample;
    private final List<String> passNames;
    private final List<MicroStep> steps = new ArrayList<>();

    // What the screen shows: NaN until this example computes it. Copy-on-write: an array is never
    // modified once a snapshot may refer to it; a change replaces it (one layer's array at a time).
    private final double[][][] z, a, derivative, delta;
    private double[][] weights, biases, weightGradients, biasGradients, weightUpdates, biasUpdates;
    /** Each layer's last update (this example's once made, else the previous example's), [k]; null before any. */
    private LayerUpdate[] lastUpdates;
    private double lossValue = Double.NaN;
    /** The max-margin loss step's formula given what still moves the weights, known once the update is done; null for squared error. */
    private Function<String, Formula> hingeFormula;
    /** Whether momentum's velocity or Adam's m held anything before this example's update: what it carries from earlier ones. */
    private boolean carried;
    private RawInputs raw;
    /** Per pass, the window's words (their inputs follow in order), or null. */
    private List<List<String>> words;
    private double[][] outputError; // set once, at the loss step

    private WalkthroughBuilder(Learner learner, Sample sample, List<String> passNames, Snapshot previous) {
        this.learner = learner;
        this.net = learner.network();
        this.loss = learner.loss();
        this.passes = learner.passes();
        this.layers = net.layerCount();
        this.sample = sample;
        this.passNames = passNames;
        z = new double[passes.length][][];
        a = new double[passes.length][][];
        derivative = new double[passes.length][][];
        delta = new double[passes.length][][];
        for (int p = 0; p < passes.length; p++) {
            z[p] = LayerArrays.perLayer(k -> net.layerSize(k), 1, layers);
            a[p] = LayerArrays.perLayer(k -> net.layerSize(k), 1, layers);
            derivative[p] = LayerArrays.perLayer(k -> net.layerSize(k), 1, layers);
            delta[p] = LayerArrays.perLayer(k -> net.layerSize(k), 1, layers);
        }
        weights = parameters(true);
        biases = parameters(false);
        weightGradients = LayerArrays.nanLike(weights);
        biasGradients = LayerArrays.nanLike(biases);
        weightUpdates = previous == null ? LayerArrays.nanLike(weights) : previousUpdates(previous, true);
        biasUpdates = previous == null ? LayerArrays.nanLike(biases) : previousUpdates(previous, false);
        lastUpdates = previous == null ? new LayerUpdate[layers] : previous.lastUpdates();
    }

    /**
     * Walks through one example, advancing {@code learner} by one update.
     *
     * @param passNames        names of the passes ("true window", "corrupt window" / "example")
     * @param passDescriptions what each pass reads, for the view's caption
     * @param previous         the last state of the previous example (its "last update"), or null
     */
    public static Walkthrough build(Learner learner, Sample sample, List<String> passNames,
                                    List<String> passDescriptions, Snapshot previous) {
        return build(learner, sample, null, null, passNames, passDescriptions, previous);
    }

    /**
     * As above for a window of words, perhaps preprocessed: its inputs step shows {@code raw} (null: none) beside what the
     * network receives, each word's inputs named by {@code words} (per pass, the window's words in order; null: no words).
     */
    public static Walkthrough build(Learner learner, Sample sample, RawInputs raw, List<List<String>> words, List<String> passNames,
                                    List<String> passDescriptions, Snapshot previous) {
        learner.loss().check(learner.network(), sample);
        WalkthroughBuilder b = new WalkthroughBuilder(learner, sample, passNames, previous);
        b.raw = raw;
        b.words = words;
        b.inputs();
        for (int p = 0; p < b.passes.length; p++) b.forward(p);
        int lossStep = b.lossStep();
        boolean gradient = b.loss.hasGradient(b.passes);
        if (gradient) {
            for (int p = 0; p < b.passes.length; p++) b.backward(p);
        } else {
            b.loss.backward(b.net, b.passes); // every δ is 0, nothing is added
        }
        b.gradients(gradient);
        boolean changed = b.update();
        if (!gradient && b.hingeFormula != null) b.explainZeroLoss(lossStep, changed);
        return new Walkthrough(b.net.layerSizes(), b.steps, passNames, passDescriptions);
    }

    private void inputs() {
        double[][] x = new double[passes.length][];
        for (int p = 0; p < passes.length; p++) {
            net.loadInput(passes[p], loss.passInput(p, sample));
            a[p] = LayerArrays.replaceLayer(a[p], 1, passes[p].activations(1).clone());
            x[p] = a[p][1];
        }
        add(Phase.START, 0, Focus.wholeLayer(1, Focus.Edges.UNITS), "The inputs: a^(1) = x" + (passes.length == 2 ? " and x_c" : ""), "x",
                raw == null ? Formulas.inputs(passNames, x, words) : Formulas.inputs(passNames, x, words, raw));
    }

    private void forward(int p) {
        Phase phase = p == 0 ? Phase.FORWARD_TRUE : Phase.FORWARD_CORRUPT;
        for (int k = 2; k <= layers; k++) {
            int fanIn = net.layerSize(k - 1);
            for (int i = 0; i < net.layerSize(k); i++) {
                double[] row = Arrays.copyOfRange(net.weights(k - 1), i * fanIn, (i + 1) * fanIn);
                double[] in = passes[p].activations(k - 1).clone();
                double bias = net.biases(k - 1)[i];
                net.computeUnit(passes[p], k, i);
                double zi = passes[p].preActivations(k)[i], ai = passes[p].activations(k)[i];
                z[p] = LayerArrays.replace(z[p], k, i, zi);
                a[p] = LayerArrays.replace(a[p], k, i, ai);
                derivative[p] = LayerArrays.replace(derivative[p], k, i, net.activation(k).derivative(zi, ai, net.leakySlope()));
                add(phase, p, Focus.unit(k, i, Focus.Edges.INCOMING),
                        "z and a of unit " + (i + 1) + " in layer " + k, "z" + sup(k) + sub(i + 1),
                        Formulas.unitForward(k, i, row, in, bias, zi, ai, net.activation(k), net.leakySlope(),
                                k == 2 && words != null ? words.get(p) : null)); // layer 2 reads the window's words
            }
        }
    }

    /** Adds the loss step and returns its index. */
    private int lossStep() {
        double penalty = net.l2Penalty(learner.l2());
        lossValue = loss.evaluate(passes, sample) + penalty;
        outputError = new double[passes.length][];
        for (int p = 0; p < passes.length; p++) outputError[p] = passes[p].outputError().clone();
        Formula formula;
        if (loss instanceof MaxMarginLoss m) {
            double s = passes[MaxMarginLoss.TRUE_PASS].activations(layers)[0];
            double sc = passes[MaxMarginLoss.CORRUPT_PASS].activations(layers)[0];
            boolean active = loss.hasGradient(passes);
            double value = lossValue;
            hingeFormula = moving -> Formulas.maxMargin(m.margin(), s, sc, penalty, value, active, moving);
            formula = hingeFormula.apply(""); // until the update says what moved
        } else {
            formula = Formulas.squaredError(layers, passes[0].activations(layers), sample.partner(), penalty, lossValue);
        }
        String title = loss instanceof MaxMarginLoss && !loss.hasGradient(passes)
                ? "The loss J: the hinge is inactive, so the score gradient is 0" : "The loss J";
        add(Phase.LOSS, 0, Focus.wholeLayer(layers, Focus.Edges.UNITS), title, "J", formula);
        return steps.size() - 1;
    }

    /**
     * With no score gradient, what moved the weights at this example's update, from what the update did: the notes need
     * no update when the cost is 0, but momentum's velocity and Adam's running average carry earlier gradients (when
     * they hold any), and the L2 term pulls every weight toward 0.
     */
    private String stillMoving(boolean changed) {
        if (!changed) return "no weight moves: no update is needed when the cost is 0";
        String carry = learner.settings().type() == OptimizerSettings.Type.MOMENTUM
                ? "Momentum still moves the weights by μv, the velocity of earlier updates"
                : "Adam still moves the weights by its running average m̂ of earlier gradients";
        String l2 = "the L2 term still pulls every weight toward 0 (∇W = λW)";
        if (carried && learner.l2() > 0) return carry + ", and " + l2;
        if (carried) return carry + " (the notes' rule, no update when the cost is 0, is plain gradient descent's)";
        return l2;
    }

    /** The loss step of an example with no score gradient says what the update then did, and whether one follows at all. */
    private void explainZeroLoss(int lossStep, boolean changed) {
        MicroStep s = steps.get(lossStep);
        String title = changed ? s.title() : "The loss J: the hinge is inactive — every gradient is 0 and no update follows";
        steps.set(lossStep, new MicroStep(s.index(), s.phase(), s.pass(), s.focus(), title, s.label(), hingeFormula.apply(stillMoving(changed)),
                s.state()));
    }

    private void backward(int p) {
        for (int k = layers; k >= 2; k--) {
            Activation f = net.activation(k);
            for (int i = 0; i < net.layerSize(k); i++) {
                double zi = passes[p].preActivations(k)[i];
                double derivative = f.derivative(zi, passes[p].activations(k)[i], net.leakySlope());
                Formula formula;
                if (k == layers) {
                    double error = passes[p].outputError()[i];
                    double d = net.computeDelta(passes[p], k, i);
                    formula = Formulas.outputDelta(k, i, f, net.leakySlope(), zi, derivative, error, d,
                            errorSymbolTex(p, i), errorSymbolPlain(p, i));
                } else {
                    double[] column = LayerArrays.column(net.weights(k), net.layerSize(k), i);
                    double[] above = passes[p].deltas(k + 1).clone();
                    double d = net.computeDelta(passes[p], k, i);
                    formula = Formulas.hiddenDelta(k, i, f, net.leakySlope(), zi, derivative, column, above, d);
                }
                delta[p] = LayerArrays.replace(delta[p], k, i, passes[p].deltas(k)[i]);
                add(Phase.BACKWARD, p, Focus.unit(k, i, k == layers ? Focus.Edges.UNITS : Focus.Edges.OUTGOING),
                        "δ of unit " + (i + 1) + " in layer " + k + passSuffix(p), "δ" + sup(k) + sub(i + 1), formula);
            }
        }
    }

    private void gradients(boolean gradient) {
        net.clearGradients();
        if (gradient) {
            for (int k = layers; k >= 2; k--) {
                int fanIn = net.layerSize(k - 1);
                for (int i = 0; i < net.layerSize(k); i++) {
                    double[] ds = new double[passes.length];
                    double[][] ins = new double[passes.length][];
                    for (int p = 0; p < passes.length; p++) {
                        net.accumulateUnitGradient(passes[p], k, i);
                        ds[p] = passes[p].deltas(k)[i];
                        ins[p] = passes[p].activations(k - 1);
                    }
                    double[] row = Arrays.copyOfRange(net.weightGradients(k - 1), i * fanIn, (i + 1) * fanIn);
                    double bias = net.biasGradients(k - 1)[i];
                    weightGradients = LayerArrays.replaceRow(weightGradients, k - 1, i * fanIn, row);
                    biasGradients = LayerArrays.replace(biasGradients, k - 1, i, bias);
                    add(Phase.GRADIENTS, 0, Focus.unit(k, i, Focus.Edges.INCOMING),
                            "Gradients of the weights into unit " + (i + 1) + " of layer " + k + (passes.length == 2 ? " (both windows)" : "")
                                    + (learner.l2() > 0 ? ", before the L2 step adds λW" : ""), "∇" + sup(k) + sub(i + 1),
                            Formulas.gradientRow(k, i, ds, ins, row, bias, k == 2 ? words : null));
                }
            }
        }
        double[] before = firstWeights(k -> net.weightGradients(k)); // as the rows gave them (0 if no pass contributed)
        net.finishGradients(1, learner.l2()); // zeroes the gradients if no pass contributed; adds λW
        weightGradients = parameterCopy(k -> net.weightGradients(k));
        biasGradients = parameterCopy(k -> net.biasGradients(k));
        if (learner.l2() > 0) {
            add(Phase.GRADIENTS, 0, Focus.wholeLayer(1, Focus.Edges.NONE), "L2: every weight gradient gets λW, the gradient the update uses", "λ",
                    Formulas.l2(learner.l2(), before, firstWeights(k -> net.weights(k)),
                            firstWeights(k -> net.weightGradients(k))));
        }
    }

    /** Updates layer by layer; returns whether any parameter changed. */
    private boolean update() {
        boolean changed = false;
        List<Runnable> pending = new ArrayList<>();
        Optimizer optimizer = learner.optimizer();
        for (int k = 1; k < layers; k++) {
            double[] wBefore = net.weights(k).clone(), bBefore = net.biases(k).clone();
            double[][] wStateBefore = state(optimizer, Optimizer.weightSlot(k)), bStateBefore = state(optimizer, Optimizer.biasSlot(k));
            carried |= carries(wStateBefore) || carries(bStateBefore);
            double rate = learner.rateForLayer(k);
            int t = learner.stepIndex();
            learner.updateLayer(k);
            double[] wAfter = net.weights(k).clone(), bAfter = net.biases(k).clone();
            changed |= !Arrays.equals(wBefore, wAfter) || !Arrays.equals(bBefore, bAfter);
            LayerUpdate done = new LayerUpdate(k, learner.settings(), learner.scheduledRate(), rate, t, net.layerSize(k),
                    wBefore, net.weightGradients(k).clone(), wAfter, wStateBefore, state(optimizer, Optimizer.weightSlot(k)),
                    bBefore, net.biasGradients(k).clone(), bAfter, bStateBefore, state(optimizer, Optimizer.biasSlot(k)));
            UpdateFormula formula = new UpdateFormula(done, 0, 0);
            int layer = k;
            pending.add(() -> {
                weights = LayerArrays.replaceLayer(weights, layer, wAfter);
                biases = LayerArrays.replaceLayer(biases, layer, bAfter);
                weightUpdates = LayerArrays.replaceLayer(weightUpdates, layer, LayerArrays.difference(wAfter, wBefore));
                biasUpdates = LayerArrays.replaceLayer(biasUpdates, layer, LayerArrays.difference(bAfter, bBefore));
                lastUpdates = lastUpdates.clone();
                lastUpdates[layer] = done;
                add(Phase.UPDATE, 0, Focus.wholeLayer(layer, Focus.Edges.LAYER),
                        "Update W^(" + layer + ") and b^(" + layer + ") with " + learner.settings().type().displayName(),
                        "W" + sup(layer), formula);
            });
        }
        learner.finishUpdate();
        if (changed) pending.forEach(Runnable::run);
        return changed;
    }

    /** A copy of the optimizer's state arrays for a slot, [which][index]. */
    /** True if momentum's velocity or Adam's m (the optimizer's first state) holds anything that moves a parameter. */
    private boolean carries(double[][] stateBefore) {
        var type = learner.settings().type();
        if (type != OptimizerSettings.Type.MOMENTUM && type != OptimizerSettings.Type.ADAM || stateBefore.length == 0) return false;
        for (double v : stateBefore[0]) if (v != 0) return true;
        return false;
    }

    private static double[][] state(Optimizer optimizer, int slot) {
        double[][] out = new double[optimizer.stateCount()][];
        for (int s = 0; s < out.length; s++) out[s] = optimizer.state(slot, s).clone();
        return out;
    }

    private void add(Phase phase, int pass, Focus focus, String title, String label, Formula formula) {
        // The per-pass arrays are replaced on every change, never modified, so snapshots can share them.
        double[][][] zc = z.clone(), ac = a.clone(), fc = derivative.clone(), dc = delta.clone();
        Snapshot state = new Snapshot(zc, ac, fc, dc, weights, biases, weightGradients, biasGradients, weightUpdates, biasUpdates,
                lossValue, outputError, lastUpdates);
        steps.add(new MicroStep(steps.size(), phase, pass, focus, title, label, formula, state));
    }

    private String passSuffix(int p) {
        return passes.length == 2 ? " (" + passNames.get(p) + ")" : "";
    }

    private String errorSymbolTex(int p, int i) {
        if (loss instanceof MaxMarginLoss) return p == 0 ? "\\frac{\\partial J}{\\partial s}" : "\\frac{\\partial J}{\\partial s_c}";
        return "(a^{(" + layers + ")}_{" + (i + 1) + "} - t_{" + (i + 1) + "})";
    }

    private String errorSymbolPlain(int p, int i) {
        if (loss instanceof MaxMarginLoss) return p == 0 ? "∂J/∂s" : "∂J/∂s_c";
        return "(a^(" + layers + ")_" + (i + 1) + " - t_" + (i + 1) + ")";
    }

    private interface LayerArray {
        double[] of(int k);
    }

    private double[][] parameters(boolean ofWeights) {
        return parameterCopy(k -> ofWeights ? net.weights(k) : net.biases(k));
    }

    /** [k]: entry W^(k)_11 of {@code source}'s layer k (0 for k = 0). */
    private double[] firstWeights(LayerArray source) {
        double[] out = new double[layers];
        for (int k = 1; k < layers; k++) out[k] = source.of(k)[0];
        return out;
    }

    private double[][] parameterCopy(LayerArray source) {
        double[][] out = new double[layers][];
        out[0] = new double[0];
        for (int k = 1; k < layers; k++) out[k] = source.of(k).clone();
        return out;
    }

    private double[][] previousUpdates(Snapshot previous, boolean ofWeights) {
        double[][] out = LayerArrays.nanLike(ofWeights ? weights : biases);
        for (int k = 1; k < layers; k++) {
            int fanIn = net.layerSize(k);
            for (int idx = 0; idx < out[k].length; idx++) {
                out[k][idx] = ofWeights ? previous.weightUpdate(k, idx / fanIn, idx % fanIn) : previous.biasUpdate(k, idx);
            }
        }
        return out;
    }

    static String sup(int n) {
        return digits(n, SUPERSCRIPTS);
    }

    static String sub(int n) {
        return digits(n, SUBSCRIPTS);
    }

    private static String digits(int n, String glyphs) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) sb.append(glyphs.charAt(c - '0'));
        return sb.toString();
    }
}
