package backproplab.cli;

import backproplab.config.ConfigException;
import backproplab.config.TraceConfig;
import backproplab.scenario.ScenarioFile;
import backproplab.trace.Trace;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code trace CONFIG.json [-o OUT.json]}: every quantity of every training step, as JSON. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Run a configuration headless and print every step's z, a, δ, gradients and updated parameters as JSON.")
final class TraceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CONFIG.json", description = "a trace configuration or a saved scenario (see docs/commands.md)")
    Path config;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.json", description = "write the trace here instead of standard output ('-' is standard output)")
    Path output;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (!Outputs.writable(spec, output)) return 1;
        String text = Outputs.readConfig(spec, config);
        if (text == null) return 2;
        String json;
        try {
            TraceConfig parsed = ScenarioFile.traceConfig(text);
            Trace.checkSize(parsed, text);
            json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Trace.run(parsed))
                    + System.lineSeparator();
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: cannot format the trace: " + e.getMessage());
            return 1;
        }
        return Outputs.write(spec, output, json);
    }
}
