package backproplab.cli;

import backproplab.config.ConfigException;
import backproplab.config.TraceConfig;
import backproplab.engine.Learner;
import backproplab.engine.MaxMarginLoss;
import backproplab.engine.Network;
import backproplab.scenario.ScenarioFile;
import backproplab.walkthrough.Decimals;
import backproplab.walkthrough.Walkthrough;
import backproplab.walkthrough.WalkthroughBuilder;
import backproplab.walkthrough.WalkthroughExport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code walkthrough CONFIG.json [--format csv|md] [--decimals N] [-o FILE]}: the first example's micro-steps as a handout. */
@Command(name = "walkthrough", mixinStandardHelpOptions = true,
        description = "Write the stepping view's micro-steps for the first example: every revealed number (CSV) or a printable handout (Markdown).")
final class WalkthroughCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CONFIG.json", description = "a trace configuration or a saved scenario (batchSize 1)")
    Path config;

    @Option(names = "--format", defaultValue = "csv", description = "csv or md (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--decimals", defaultValue = "4", description = "decimals of the shown numbers, 0 to 12 (default: ${DEFAULT-VALUE})")
    int decimals;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of standard output ('-' is standard output)")
    Path output;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("csv") && !format.equals("md")) fail("--format must be csv or md, got '" + format + "'");
        if (decimals < Decimals.MIN || decimals > Decimals.MAX) fail("--decimals must be " + Decimals.MIN + " to " + Decimals.MAX + ", got " + decimals);
        if (!Outputs.writable(spec, output)) return 1;
        String text = Outputs.readConfig(spec, config);
        if (text == null) return 2;
        String document;
        try {
            TraceConfig parsed = ScenarioFile.traceConfig(text);
            if (parsed.batchSize() != 1) {
                throw new ConfigException("batchSize must be 1 for a walkthrough: the stepping view updates after each example, got "
                        + parsed.batchSize());
            }
            Walkthrough w = walkthrough(parsed);
            document = format.equals("csv") ? WalkthroughExport.csv(w, new Decimals(decimals))
                    : WalkthroughExport.markdown(w, title(parsed), new Decimals(decimals));
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: data[0]: " + e.getMessage());
            return 2;
        }
        return Outputs.write(spec, output, document);
    }

    /** The first example stepped through from the configuration's initial parameters. */
    static Walkthrough walkthrough(TraceConfig config) {
        Learner learner = config.learner();
        boolean pair = learner.loss() instanceof MaxMarginLoss;
        List<String> names = pair ? List.of("true window", "corrupt window") : List.of("example");
        List<String> descriptions = pair ? List.of("x = data[0].x", "x_c = data[0].corrupt") : List.of("x = data[0].x, target t = data[0].target");
        return WalkthroughBuilder.build(learner, config.data()[0], names, descriptions, null);
    }

    static String title(TraceConfig config) {
        Network n = config.network();
        Double margin = config.learner().loss() instanceof MaxMarginLoss m ? m.margin() : null;
        return WalkthroughExport.title(n.layerSizes(), n.layerCount() > 2 ? n.activation(2) : null, margin, config.learner().settings(),
                "the first example");
    }

    private void fail(String message) {
        throw new ParameterException(spec.commandLine(), message);
    }
}
