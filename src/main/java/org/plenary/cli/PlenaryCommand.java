package org.plenary.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The launcher: {@code plenary convert | validate | watch}. */
@Command(name = "plenary", mixinStandardHelpOptions = true, versionProvider = PlenaryCommand.Version.class,
        description = "Turns United Nations resolutions into validated Akoma Ntoso, HTML, JSON and text.",
        subcommands = {ConvertCommand.class, ValidateCommand.class, WatchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes (each command lists its own: plenary COMMAND --help):%n",
        exitCodeList = {"0:--help or --version", "2:no command, or one that does not exist"})
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

    /** The version the build wrote from pom.xml into version.properties: the one the release archive is named after. */
    static final class Version implements CommandLine.IVersionProvider {
        static String number() {
            try (InputStream in = PlenaryCommand.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IllegalStateException("version.properties is missing from the build");
                }
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String[] getVersion() {
            return new String[] {"plenary " + number()};
        }
    }
}
