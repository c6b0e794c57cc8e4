package backproplab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: {@code backprop-lab trace|bench ...}. */
@Command(name = "backprop-lab", mixinStandardHelpOptions = true,
        versionProvider = BackpropLabCommand.Version.class,
        description = "Backprop Lab. With no arguments the jar opens the window; these subcommands run headless.",
        subcommands = {TraceCommand.class, WalkthroughCommand.class, CurvesCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class BackpropLabCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand");
    }

    /** Runs the command line and returns the exit status (2 for bad arguments). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with its subcommands; a bad argument prints one error line and a hint, not the whole usage. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new BackpropLabCommand());
        cli.setOut(StandardOutput.writer());
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("error: " + e.getMessage());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
            failed.getErr().flush();
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, failed, parsed) -> { // a safety net: never a stack trace for a person
            failed.getErr().println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + " (this is a bug in Backprop Lab; please report what you ran)");
            failed.getErr().flush();
            return 1;
        });
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BackpropLabCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Backprop Lab " + (v == null ? "(development build)" : v)};
        }
    }
}
