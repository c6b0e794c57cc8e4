package backproplab.cli;

import backproplab.chart.CurveTable;
import backproplab.chart.LossChart;
import backproplab.curves.Curve;
import backproplab.curves.CurveRunner;
import backproplab.curves.CurveSpec;
import backproplab.curves.ExperimentData;
import backproplab.curves.Experiments;
import backproplab.data.DataFormatException;
import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Preprocessor;
import backproplab.io.AtomicFiles;
import backproplab.engine.Loss;
import backproplab.setup.LessonSetup;
import backproplab.setup.Limits;
import backproplab.setup.Setup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code curves}: train activation × optimizer pairs on the word windows and write the loss chart and table. */
@Command(name = "curves", mixinStandardHelpOptions = true,
        description = "Train every activation x optimizer pair from the same initial weights and write the loss chart (PNG) and table (CSV).")
final class CurvesCommand implements Callable<Integer> {
    @Option(names = "--activations", split = ",", paramLabel = "NAME", defaultValue = "sigmoid,tanh,relu",
            description = "hidden activations: sigmoid, tanh, hardtanh, softsign, relu, leaky-relu (default: ${DEFAULT-VALUE})")
    List<String> activations;

    @Option(names = "--optimizers", split = ",", paramLabel = "NAME", defaultValue = "sgd,adam",
            description = "optimizers: sgd, momentum, adagrad, rmsprop, adam (default: ${DEFAULT-VALUE})")
    List<String> optimizers;

    @Option(names = "--epochs", defaultValue = "100", description = "epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--png", paramLabel = "FILE", description = "write the chart here")
    Path png;

    @Option(names = "--csv", paramLabel = "FILE", description = "write one row per epoch, one column per curve, here")
    Path csv;

    @Option(names = "--width", defaultValue = "1600", description = "PNG width in pixels (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "PNG height in pixels (default: ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--seed", defaultValue = "7", description = "initial weights, split and shuffling (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--window", defaultValue = "1", description = "word-window size 1, 3 or 5 (default: ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--lr", paramLabel = "RATE", description = "one learning rate for every optimizer (default: 0.1 SGD/AdaGrad, 0.05 momentum, 0.01 RMSProp/Adam)")
    Double learningRate;

    @Option(names = "--loss", defaultValue = "max-margin", description = "max-margin or squared-error (default: ${DEFAULT-VALUE})")
    String loss;

    @Option(names = "--batch", defaultValue = "1", description = "mini-batch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--preprocess", defaultValue = "none", description = "none, mean, normalize or whiten (default: ${DEFAULT-VALUE})")
    String preprocess;

    @Option(names = "--log-scale", description = "draw the loss axis on a log scale")
    boolean logScale;

    @Option(names = "--vocabulary", paramLabel = "FILE", description = "your own word vectors (CSV: word,v1,v2,v3,v4); needs --sentences")
    Path vocabulary;

    @Option(names = "--sentences", paramLabel = "FILE", description = "your own sentences, locations in [brackets]; needs --vocabulary")
    Path sentences;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (png == null && csv == null) fail("nothing to write: give --png FILE and/or --csv FILE");
        if (Limits.EPOCHS.problem(epochs) != null) fail("--epochs " + Limits.EPOCHS.requirement() + ", got " + epochs);
        if (width < 200 || height < 150 || width > 10_000 || height > 10_000) {
            fail("--width and --height must be 200x150 to 10000x10000, got " + width + "x" + height);
        }
        if (Limits.BATCH.problem(batch) != null) fail("--batch " + Limits.BATCH.requirement() + ", got " + batch);
        if (learningRate != null && !(learningRate >= 0 && Double.isFinite(learningRate))) {
            fail("--lr must be a finite number >= 0, got " + learningRate);
        }
        LessonSetup setup;
        Preprocessor.Kind kind;
        List<CurveSpec> specs = new ArrayList<>();
        try {
            Loss.Kind lossKind = Loss.Kind.fromId(loss);
            setup = Setup.classroom().withWindow(window).with(b -> {
                b.seed = seed;
                b.loss = lossKind;
            }).lesson();
            kind = Preprocessor.Kind.fromId(preprocess);
            for (String a : activations) {
                for (String o : optimizers) {
                    OptimizerSettings.Type type = OptimizerSettings.Type.fromId(o.strip());
                    double lr = learningRate != null ? learningRate : Setup.defaultLearningRate(type);
                    specs.add(new CurveSpec(Activation.fromId(a.strip()), OptimizerSettings.of(type, lr)));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if ((vocabulary == null) != (sentences == null)) fail("--vocabulary and --sentences go together");
        WordWindows words;
        try {
            words = vocabulary == null ? WordWindows.bundled() : WordWindows.load(vocabulary, sentences);
        } catch (DataFormatException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), e.getFile() + ": no such file");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read the word data: " + e.getMessage());
        }
        ExperimentData data = ExperimentData.build(setup, words, kind);
        if (data.training().length == 0) fail("there are no training windows: the sentences need locations marked as [paris]");
        List<Curve> curves = CurveRunner.run(new CurveRunner.Plan(setup, specs, epochs, batch), data, (c, e, t, v) -> { }, () -> false);
        LossChart chart = LossChart.of(Experiments.title(setup, data, epochs), curves, epochs);
        chart.setLogScale(logScale);
        var err = spec.commandLine().getErr();
        try {
            if (png != null) chart.writePng(png, width, height);
        } catch (IOException e) {
            err.println("error: cannot write " + png + ": " + e.getMessage());
            return 1;
        }
        try {
            if (csv != null) AtomicFiles.writeString(csv, CurveTable.csv(curves));
        } catch (IOException e) {
            err.println("error: cannot write " + csv + ": " + e.getMessage());
            return 1;
        }
        for (Curve c : curves) {
            String end = c.diverged() ? Curve.divergedAt(c.divergedEpoch())
                    : String.format(java.util.Locale.ROOT, "final training loss %.4f", c.training()[c.epochs() - 1]);
            spec.commandLine().getOut().println(c.spec().label() + ": " + end);
        }
        return 0;
    }

    private void fail(String message) {
        throw new ParameterException(spec.commandLine(), message);
    }
}
