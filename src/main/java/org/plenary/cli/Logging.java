package org.plenary.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging through Logback, set up in code (no XML to parse at every start). By default as Plenary
 * always logged: {@code 12:03:04.567 [INFO] message} on standard error, Plenary's own messages from
 * INFO, other libraries' from WARN (PDFBox's and FontBox's from ERROR: they warn about every quirk
 * of a file they read around). {@link #apply} changes the level, sends the lines to a file, or writes
 * them as JSON. A {@code -Dlogback.configurationFile=...} of the user's replaces all of this.
 */
public final class Logging extends ContextAwareBase implements Configurator {
    /** How log lines are written. */
    public enum Format { TEXT, JSON }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        setUp(context, Level.INFO, null, Format.TEXT);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Replaces the set-up: Plenary's messages from {@code level}, to {@code file} (appended) or standard error. */
    public static void apply(Level level, Path file, Format format) {
        if (System.getProperty("logback.configurationFile") != null
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        try {
            setUp(context, level, file, format);
        } catch (IllegalArgumentException e) {
            context.reset();
            setUp(context, Level.INFO, null, Format.TEXT);
            throw e;
        }
    }

    /** A level by its name, any case: trace, debug, info, warn, error or off. */
    public static Level level(String name) {
        Level level = Level.toLevel(name.strip().toUpperCase(Locale.ROOT), null);
        if (level == null || level == Level.ALL) {
            throw new IllegalArgumentException("'" + name + "' is not a log level: use trace, debug, info, warn, error or off");
        }
        return level;
    }

    public static Format format(String name) {
        try {
            return Format.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a log format: use text or json");
        }
    }

    private static void setUp(LoggerContext context, Level level, Path file, Format format) {
        LogLayout layout = new LogLayout(format == Format.JSON);
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender;
        if (file != null) {
            FileAppender<ILoggingEvent> toFile = new FileAppender<>();
            toFile.setFile(file.toString());
            toFile.setAppend(true);
            appender = toFile;
        } else {
            ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
            console.setTarget("System.err");
            appender = console;
        }
        appender.setContext(context);
        appender.setName(file != null ? "file" : "console");
        appender.setEncoder(encoder);
        appender.start();
        if (!appender.isStarted()) {
            throw new IllegalArgumentException("the log file " + file + " cannot be written");
        }
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        // Other libraries speak from WARN, or less when Plenary itself is asked to say less.
        root.setLevel(level.isGreaterOrEqual(Level.WARN) ? level : Level.WARN);
        context.getLogger("org.plenary").setLevel(level);
        Level quirks = level.isGreaterOrEqual(Level.ERROR) ? level : Level.ERROR;
        context.getLogger("org.apache.pdfbox").setLevel(quirks);
        context.getLogger("org.apache.fontbox").setLevel(quirks);
        context.getLogger("org.apache.poi").setLevel(quirks); // a Word file's format quirks, which it reads past
    }
}
