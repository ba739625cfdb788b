package org.plenary.pipeline;

/**
 * Something the converter decided that a person should be able to check: an OCR repair, a note
 * placed without its call, a date it could not find. Line 0 means the whole document.
 */
public record Warning(String code, int line, String message) {
    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + message + " [" + code + "]";
    }
}
