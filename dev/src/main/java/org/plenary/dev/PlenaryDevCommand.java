package org.plenary.dev;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The developer launcher, {@code plenary-dev corpus-check | real-pdf-check | bench}: how Plenary
 * is measured, kept apart from the product's own commands.
 */
@Command(name = "plenary-dev", mixinStandardHelpOptions = true, version = "plenary-dev 0.1.0",
        description = "Measures Plenary: corpus checks against the UN's own markup, and benchmarks.",
        subcommands = {CorpusCheckCommand.class, RealPdfCheckCommand.class, BenchCommand.class, CollectionBenchCommand.class, VocabularyCommand.class, CommandLine.HelpCommand.class})
public final class PlenaryDevCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: corpus-check, real-pdf-check, bench or vocabulary.");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PlenaryDevCommand()).execute(args));
    }
}
