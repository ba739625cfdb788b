package org.plenary.validate;

/** One schema problem, printed as FILE:LINE:COLUMN: message. */
public record ValidationProblem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
