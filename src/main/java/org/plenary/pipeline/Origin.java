package org.plenary.pipeline;

/**
 * How a document reached Plenary, which decides how advice tells its user to give it again: a
 * file dropped into the watched folder is dropped again, a file named to {@code convert} is
 * converted again. Advice is written once, with {drop}, {Drop} and {dropping} standing for that act.
 */
public enum Origin {
    WATCHED_FOLDER("drop", "Drop", "dropping"),
    COMMAND_LINE("convert", "Convert", "converting");

    private final String verb;
    private final String capitalised;
    private final String gerund;

    Origin(String verb, String capitalised, String gerund) {
        this.verb = verb;
        this.capitalised = capitalised;
        this.gerund = gerund;
    }

    /** The advice with its words for giving the file again worded for this origin. */
    public String word(String advice) {
        return advice == null ? null
                : advice.replace("{drop}", verb).replace("{Drop}", capitalised).replace("{dropping}", gerund);
    }
}
