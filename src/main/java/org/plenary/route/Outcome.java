package org.plenary.route;

/**
 * How one document's conversion ended, with the codes of the warnings it drew (one per warning);
 * kept as an exchange property for the routes that called.
 */
public record Outcome(String fileName, boolean converted, String report, java.util.List<String> warningCodes) {
    public Outcome(String fileName, boolean converted, String report) {
        this(fileName, converted, report, java.util.List.of());
    }

    public static final String PROPERTY = "plenaryOutcome";
    /** "done" or "failed": the folder (prefixed with a dot) the watched original moves to. */
    public static final String FOLDER_PROPERTY = "plenaryFolder";
    /** Set when a re-dropped file had the same bytes as its filed copy and was not converted again. */
    public static final String UNCHANGED_PROPERTY = "plenaryUnchanged";
}
