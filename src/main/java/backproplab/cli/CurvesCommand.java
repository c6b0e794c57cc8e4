package backproplab.cli;

import backproplab.chart.ChartStyle;
import backproplab.chart.CurveTable;
import backproplab.chart.LossChart;
import backproplab.chart.Palette;
import backproplab.curves.Curve;
import backproplab.curves.CurveRunner;
import backproplab.curves.ExperimentData;
import backproplab.curves.Experiments;
import backproplab.data.DataFormatException;
import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.Loss;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Preprocessor;
import backproplab.io.AtomicFiles;
import backproplab.io.ImageFormat;
import backproplab.setup.LessonSetup;
import backproplab.setup.Limits;
import backproplab.setup.Race;
import backproplab.setup.ScheduleChoice;
import backproplab.setup.Setup;
import backproplab.walkthrough.Decimals;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

    @Option(names = "--png", paramLabel = "FILE", description = "write the chart here as PNG")
    Path png;

    @Option(names = "--svg", paramLabel = "FILE", description = "write the chart here as SVG (vector graphics, sharp at any size)")
    Path svg;

    @Option(names = "--pdf", paramLabel = "FILE", description = "write the chart here as a one-page PDF (vector graphics)")
    Path pdf;

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

    @Option(names = "--lr", paramLabel = "RATE",
            description = "one learning rate for every optimizer (default: 0.1 SGD/AdaGrad, 0.05 momentum, 0.01 RMSProp/Adam)")
    Double learningRate;

    @Option(names = "--loss", defaultValue = "max-margin", description = "max-margin or squared-error (default: ${DEFAULT-VALUE})")
    String loss;

    @Option(names = "--batch", defaultValue = "1", description = "mini-batch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--preprocess", defaultValue = "none", description = "none, mean, normalize or whiten (default: ${DEFAULT-VALUE})")
    String preprocess;

    @Option(names = "--log-scale", description = "draw the loss axis on a log scale")
    boolean logScale;

    @Option(names = "--race", defaultValue = "pairs", description = "pairs (every activation x optimizer), or one trick varied for "
            + "the first activation and optimizer: schedule, init, preprocessing, fan-in (default: ${DEFAULT-VALUE})")
    String race;

    @Option(names = "--palette", defaultValue = "colour", description = "colour (colour-blind safe) or monochrome (black and white, "
            + "for print); every curve also has its own marker (default: ${DEFAULT-VALUE})")
    String palette;

    @Option(names = "--bold", description = "thicker lines and larger markers, as the window's high-contrast theme draws them")
    boolean bold;

    @Option(names = "--vocabulary", paramLabel = "FILE", description = "your own word vectors (CSV: word,v1,v2,v3,v4); needs --sentences")
    Path vocabulary;

    @Option(names = "--sentences", paramLabel = "FILE", description = "your own sentences, locations in [brackets]; needs --vocabulary")
    Path sentences;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        List<Path> outputs = outputs();
        checkNumbers();
        Palette look = Palette.byId(palette);
        if (look == null) fail("--palette must be colour or monochrome, got " + palette);
        Preprocessor.Kind kind = parsed(() -> Preprocessor.Kind.fromId(preprocess));
        Race raced = parsed(() -> Race.fromId(race));
        CurveRunner.Plan plan = plan(raced);
        if ((vocabulary == null) != (sentences == null)) fail("--vocabulary and --sentences go together");
        var err = spec.commandLine().getErr();
        for (Path out : outputs) {
            String problem = isStdout(out) ? null : Outputs.problem(out);
            if (problem != null) {
                err.println("error: cannot write " + out + ": " + problem);
                return 1;
            }
        }
        var data = ExperimentData.forCurves(plan.base(), words(), kind, plan.specs());
        ExperimentData first = data.apply(plan.specs().get(0));
        if (first.training().length == 0) fail("there are no training windows: the sentences need locations marked as [paris]");
        if (first.validationNote() != null) err.println("note: " + first.validationNote());
        List<Curve> curves = CurveRunner.run(plan, data, new Progress(err, (long) epochs * plan.specs().size()), () -> false);
        LossChart chart = LossChart.of(Experiments.title(plan.base(), data, plan.specs(), epochs, raced), curves, epochs, plan.base().l2());
        chart.setStyle(new ChartStyle(look, bold, logScale, true, 1, true, Set.of()));
        return write(chart, curves);
    }

    /** The files to write (at least one, each named once). */
    private List<Path> outputs() {
        if (png == null && svg == null && pdf == null && csv == null) {
            fail("nothing to write: give --png, --svg, --pdf and/or --csv FILE ('-' is standard output)");
        }
        List<Path> outputs = new ArrayList<>();
        for (Path out : Arrays.asList(png, svg, pdf, csv)) {
            if (out == null) continue;
            if (outputs.contains(out)) fail("two outputs name the same file: " + out);
            outputs.add(out);
        }
        return outputs;
    }

    /** Epochs, image size, batch and learning rate within their limits. */
    private void checkNumbers() {
        if (Limits.EPOCHS.problem(epochs) != null) fail("--epochs " + Limits.EPOCHS.requirement() + ", got " + epochs);
        String size = LossChart.sizeProblem(width, height);
        if (size != null) fail("--width and --height: " + size);
        if (Limits.BATCH.problem(batch) != null) fail("--batch " + Limits.BATCH.requirement() + ", got " + batch);
        if (learningRate != null && Limits.LEARNING_RATE.problem(learningRate) != null) {
            fail("--lr must be a finite number >= 0, got " + Limits.plain(learningRate));
        }
    }

    /** The curves to train, on the setup the options describe (the same plan the window makes, {@link CurveRunner.Plan#of}). */
    private CurveRunner.Plan plan(Race raced) {
        return parsed(() -> {
            Loss.Kind lossKind = Loss.Kind.fromId(loss);
            LessonSetup setup = Setup.classroom().withWindow(window).with(b -> {
                b.seed = seed;
                b.loss = lossKind;
            }).lesson();
            List<Activation> hidden = names("--activations", activations, CurvesCommand::hiddenActivation);
            List<OptimizerSettings> settings = new ArrayList<>();
            for (OptimizerSettings.Type type : names("--optimizers", optimizers, OptimizerSettings.Type::fromId)) {
                settings.add(OptimizerSettings.of(type, learningRate != null ? learningRate : Setup.defaultLearningRate(type)));
            }
            return CurveRunner.Plan.of(setup, raced, hidden, settings, ScheduleChoice.DEFAULT, epochs, batch);
        });
    }

    /** {@code read}'s value; a value it refuses is a bad option (exit 2, its message). */
    private <T> T parsed(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The bundled word data, or the files given. */
    private WordWindows words() {
        try {
            return vocabulary == null ? WordWindows.bundled() : WordWindows.load(vocabulary, sentences, Limits.DATA);
        } catch (DataFormatException | IOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Writes the chart and the table: both, or (if either cannot be written) neither; then a line per curve. */
    private int write(LossChart chart, List<Curve> curves) {
        var err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try {
            for (Path image : Arrays.asList(png, svg, pdf)) {
                if (image == null) continue;
                files.add(image);
                contents.add(chart.image(image == png ? ImageFormat.PNG : image == svg ? ImageFormat.SVG : ImageFormat.PDF, width, height));
            }
            if (csv != null) {
                files.add(csv);
                contents.add(CurveTable.csv(curves).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            err.println("error: cannot draw the chart: " + e.getMessage());
            return 1;
        }
        Boolean toStdout = writeStdout(files, contents);
        if (toStdout == null) return 1;
        try {
            AtomicFiles.writeAll(files, contents);
        } catch (AtomicFiles.Failure e) {
            err.println("error: cannot write " + e.file() + ": " + e.getMessage());
            return 1;
        }
        return toStdout ? 0 : summary(curves); // the summary would mix into a chart or table on standard output
    }

    /**
     * Writes what goes to standard output ('-') and takes it out of {@code files} and {@code contents}.
     *
     * @return whether anything went there; null if it could not be written
     */
    private Boolean writeStdout(List<Path> files, List<byte[]> contents) {
        boolean any = false;
        for (int f = files.size() - 1; f >= 0; f--) {
            if (!isStdout(files.get(f))) continue;
            any = true;
            files.remove(f);
            byte[] bytes = contents.remove(f);
            System.out.write(bytes, 0, bytes.length);
            System.out.flush();
            if (System.out.checkError()) {
                spec.commandLine().getErr().println("error: cannot write to standard output");
                return null;
            }
        }
        return any;
    }

    /** One line per curve: where it diverged, or its final training loss. */
    private int summary(List<Curve> curves) {
        PrintWriter out = spec.commandLine().getOut();
        for (Curve c : curves) {
            String end = c.diverged() ? Curve.divergedAt(c.divergedEpoch())
                    : "final training loss " + new Decimals(4).format(c.training()[c.epochs()]);
            out.println(c.spec().label() + ": " + end);
        }
        if (!StandardOutput.flushed(out)) {
            spec.commandLine().getErr().println("error: cannot write to standard output: " + StandardOutput.failure());
            return 1;
        }
        return 0;
    }

    private static boolean isStdout(Path p) {
        return p != null && p.toString().equals("-");
    }

    /** A hidden activation by name; identity is not one. */
    private static Activation hiddenActivation(String id) {
        Activation a = Activation.fromId(id);
        if (a == Activation.IDENTITY) {
            throw new IllegalArgumentException("identity is not a hidden activation (expected sigmoid, tanh, hardtanh, softsign, relu or leaky-relu)");
        }
        return a;
    }

    /** The names of a comma-separated option, each read with {@code byId}; an empty or repeated name is an error. */
    private static <T> List<T> names(String option, List<String> raw, Function<String, T> byId) {
        List<T> out = new ArrayList<>();
        if (raw.isEmpty()) throw new IllegalArgumentException(option + ": no name given (write them like sigmoid,relu)");
        for (String name : raw) {
            if (name.isBlank()) throw new IllegalArgumentException(option + ": a name is missing (write them like sigmoid,relu)");
            T t = byId.apply(name.strip());
            if (out.contains(t)) throw new IllegalArgumentException(option + " lists '" + name.strip() + "' twice");
            out.add(t);
        }
        return out;
    }

    /** Training progress on standard error, at most every two seconds, for runs long enough to wonder about. */
    private static final class Progress implements CurveRunner.Listener {
        private final PrintWriter err;
        private final long total;
        private final AtomicLong done = new AtomicLong();
        private final long start = System.nanoTime();
        private volatile long lastPrinted = System.nanoTime();

        Progress(PrintWriter err, long total) {
            this.err = err;
            this.total = total;
        }

        @Override
        public void epoch(int curve, int epoch, double training, double validation) {
            if (epoch == 0) return; // the starting point is not an epoch
            long now = System.nanoTime(), d = done.incrementAndGet();
            if (now - lastPrinted < 2_000_000_000L) return;
            synchronized (this) {
                if (now - lastPrinted < 2_000_000_000L) return;
                lastPrinted = now;
                err.printf(Locale.ROOT, "training: %d of %d epochs (%.0f%%), %.0f s%n", d, total, 100.0 * d / total,
                        (now - start) / 1e9);
                err.flush();
            }
        }
    }

    private void fail(String message) {
        throw new ParameterException(spec.commandLine(), message);
    }
}
