package org.plenary.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;

/**
 * One log line. As text, {@code 12:03:04.567 [INFO] message} (local time), then the stack trace if
 * any. As JSON, one object a line: {@code {"time":"2026-01-02T12:03:04.567Z","level":"INFO",
 * "logger":"org.plenary.route.ConversionRoute","thread":"…","message":"…"}}, with "exception" (the
 * stack trace) when there is one.
 */
final class LogLayout extends LayoutBase<ILoggingEvent> {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
    /** Made on the first JSON line: a text log never needs it. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    private final boolean json;

    LogLayout(boolean json) {
        this.json = json;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        if (!json) {
            StringBuilder line = new StringBuilder(64 + event.getFormattedMessage().length());
            line.append(CLOCK.format(event.getInstant())).append(" [").append(event.getLevel()).append("] ")
                    .append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
            if (thrown != null) {
                line.append(ThrowableProxyUtil.asString(thrown)).append(CoreConstants.LINE_SEPARATOR);
            }
            return line.toString();
        }
        StringWriter out = new StringWriter(128);
        try (JsonGenerator object = Json.FACTORY.createGenerator(out)) {
            object.writeStartObject();
            object.writeStringField("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
            object.writeStringField("level", event.getLevel().toString());
            object.writeStringField("logger", event.getLoggerName());
            object.writeStringField("thread", event.getThreadName());
            object.writeStringField("message", event.getFormattedMessage());
            if (thrown != null) {
                object.writeStringField("exception", ThrowableProxyUtil.asString(thrown));
            }
            object.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }
}
