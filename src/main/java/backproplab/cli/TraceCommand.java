package backproplab.cli;

import backproplab.config.ConfigException;
import backproplab.scenario.ScenarioFile;
import backproplab.trace.Trace;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import backproplab.io.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
    @Parameters(paramLabel = "CONFIG.json", description = "a trace configuration or a saved scenario (see the README)")
    Path config;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.json", description = "write the trace here instead of standard output")
    Path output;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = Files.readString(config);
        } catch (NoSuchFileException e) {
            err.println("error: " + config + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println("error: " + config + ": cannot read (" + e.getMessage() + ")");
            return 2;
        }
        String json;
        try {
            json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(Trace.run(ScenarioFile.traceConfig(text))) + System.lineSeparator();
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: cannot format the trace: " + e.getMessage());
            return 1;
        }
        if (output == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            AtomicFiles.writeString(output, json);
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
