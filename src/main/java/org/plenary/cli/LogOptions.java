package org.plenary.cli;

import java.nio.file.Path;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * The logging options of convert and watch; each falls back to its setting (plenary.log.level,
 * plenary.log.file, plenary.log.format), looked up as {@link Settings} does.
 */
final class LogOptions {
    @Option(names = "--log-level", paramLabel = "LEVEL",
            description = "How much Plenary logs: trace, debug, info, warn, error or off (default: plenary.log.level, info).")
    String level;

    @Option(names = "--log-file", paramLabel = "FILE",
            description = "Write the log to FILE (appended) instead of the console (default: plenary.log.file).")
    Path file;

    @Option(names = "--log-format", paramLabel = "FORMAT",
            description = "text, or json for one JSON object a line (default: plenary.log.format, text).")
    String format;

    /**
     * Sets logging up; returns an error message for a bad level or format or an unwritable file, or
     * null. {@code settings} are the --set overrides, if the command has them.
     */
    String apply(Map<String, String> settings) {
        try {
            String levelName = level != null ? level : Settings.lookup("plenary.log.level", settings).orElse("info");
            String formatName = format != null ? format : Settings.lookup("plenary.log.format", settings).orElse("text");
            Path to = file != null ? file : Settings.lookup("plenary.log.file", settings).map(Path::of).orElse(null);
            Logging.apply(Logging.level(levelName), to, Logging.format(formatName));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage() + ".";
        }
    }
}
