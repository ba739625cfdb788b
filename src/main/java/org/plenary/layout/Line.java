package org.plenary.layout;

/** A physical line of the source, with its 1-based line number kept for error messages and coverage. */
public record Line(int number, String text) {
    public boolean isBlank() {
        return text.isBlank();
    }

    public Line withText(String newText) {
        return new Line(number, newText);
    }
}
