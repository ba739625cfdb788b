package org.plenary.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The launcher: {@code plenary convert | validate | watch}. */
@Command(name = "plenary", mixinStandardHelpOptions = true, version = "plenary 0.1.0",
        description = "Turns United Nations resolutions into validated Akoma Ntoso, HTML, JSON and text.",
        subcommands = {ConvertCommand.class, ValidateCommand.class, WatchCommand.class, CommandLine.HelpCommand.class})
public final class PlenaryCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: convert, validate or watch.");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PlenaryCommand()).execute(args));
    }
}
