package backproplab.cli;

import backproplab.bench.Workload;
import backproplab.walkthrough.Decimals;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench [--workload w1|w2|w3|all] [--seconds N]}: engine throughput after a warm-up. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the engine's training path: w1 = 4-2-1 updates/s, w2 = 20-8-1 updates/s, w3 = 20-8-1 max-margin pairs/s.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--workload", paramLabel = "w1|w2|w3|all", defaultValue = "all", description = "which workload (default: ${DEFAULT-VALUE})")
    String workload;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "3",
            description = "measuring time per workload, after an equal warm-up (default: ${DEFAULT-VALUE})")
    double seconds;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (!(seconds >= 0.1 && seconds <= 600)) {
            throw new ParameterException(spec.commandLine(), "--seconds must be from 0.1 to 600 (seconds of measuring per workload), got "
                    + Decimals.plain(seconds));
        }
        List<Workload> chosen = switch (workload.toLowerCase(Locale.ROOT)) {
            case "all" -> List.of(Workload.values());
            case "w1" -> List.of(Workload.W1);
            case "w2" -> List.of(Workload.W2);
            case "w3" -> List.of(Workload.W3);
            default -> throw new ParameterException(spec.commandLine(), "--workload must be w1, w2, w3 or all, got '" + workload + "'");
        };
        PrintWriter out = spec.commandLine().getOut();
        for (Workload w : chosen) {
            String name = w.name().toLowerCase(Locale.ROOT);
            // Each workload of "all" runs in a fresh JVM (as JMH forks): otherwise the JIT's profile
            // of the 4-2-1 loops is reused for 20-8-1 and slows it by 10-20%.
            String line = chosen.size() == 1 ? name + " " + Math.round(measure(w, seconds)) + " " + w.unit() : forked(name);
            if (line == null) {
                spec.commandLine().getErr().println("error: the " + name + " benchmark process failed");
                return 1;
            }
            out.println(line);
            out.flush();
        }
        return 0;
    }

    /** Runs {@code bench --workload name} in a child JVM with the same class path; returns its line or null. */
    private String forked(String name) {
        String javaBinary = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(javaBinary, "-cp", System.getProperty("java.class.path"), "backproplab.Launcher",
                "bench", "--workload", name, "--seconds", Double.toString(seconds));
        try {
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return child.waitFor() == 0 && output.startsWith(name + " ") ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Steps per second over {@code seconds}, after a warm-up of the same length. */
    static double measure(Workload workload, double seconds) {
        Workload.Setup setup = workload.setUp();
        long budget = (long) (seconds * 1e9);
        runFor(setup, budget); // warm-up: let the JIT compile the training path
        return runFor(setup, budget) / (budget / 1e9);
    }

    private static long runFor(Workload.Setup setup, long nanos) {
        final int chunk = 10_000;
        long steps = 0;
        double sink = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < nanos) {
            sink += setup.run((int) (steps % Workload.SAMPLES), chunk);
            steps += chunk;
        }
        long elapsed = System.nanoTime() - start;
        if (Double.isNaN(sink)) System.err.print(""); // keep the loss observable so the work is not optimised away
        return Math.round(steps * (double) nanos / elapsed);
    }
}
