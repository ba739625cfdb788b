package org.plenary.pipeline;

/**
 * A document could not be converted. The message speaks to the user: what was wrong, where
 * (a source line when known), and what to do about it. The advice speaks of giving the file
 * again as {drop} (see {@link Origin}), so that each command's user reads the act that is theirs.
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

    /** What to do, as a watched folder's user is told (drop the file again). */
    public String advice() {
        return advice(Origin.WATCHED_FOLDER);
    }

    /** What to do, worded for how the document came: dropped into the watched folder, or named to convert. */
    public String advice(Origin origin) {
        return origin.word(advice);
    }
}
