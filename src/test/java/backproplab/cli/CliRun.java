package backproplab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line as a person would, capturing what it prints. */
final class CliRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code args} and returns the exit status. */
    int run(String... args) {
        var cli = BackpropLabCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
