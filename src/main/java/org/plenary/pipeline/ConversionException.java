package org.plenary.pipeline;

/**
 * A document could not be converted. The message speaks to the user: what was wrong, where
 * (a source line when known), and what to do about it.
 */
public class ConversionException extends RuntimeException {
    private final int line;
    private final String advice;

    public ConversionException(String message, int line, String advice) {
        super(message);
        this.line = line;
        this.advice = advice;
    }

    public ConversionException(String message, String advice) {
        this(message, 0, advice);
    }

    /** The source line the problem was found on, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    public String advice() {
        return advice;
    }
}
