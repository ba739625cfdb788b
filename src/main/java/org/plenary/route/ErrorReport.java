package org.plenary.route;

import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.Origin;

/** The human-readable report for a document that could not be converted. */
public final class ErrorReport {
    /**
     * Ends a report whose failure depends on the moment or the folder rather than on the file's bytes
     * (over the time budget, out of memory, a name stem taken): a re-drop of the same bytes is then
     * converted again rather than skipped as unchanged.
     */
    public static final String TRY_AGAIN_LINE = "Dropping the same file again tries it again.";
    public static final String TRY_AGAIN = TRY_AGAIN_LINE + "\n";

    private ErrorReport() {
    }

    /** True when the report says its failure may not happen another time. */
    public static boolean worthRetrying(String report) {
        return report.contains(TRY_AGAIN_LINE);
    }

    /** The report as the watched folder's user reads it. */
    public static String of(String fileName, Throwable error) {
        return of(fileName, error, Origin.WATCHED_FOLDER);
    }

    /** The report, its advice worded for how the document came (dropped, or named to convert). */
    public static String of(String rawFileName, Throwable error, Origin origin) {
        // A name may hold a newline or a terminal escape: the report shows it escaped, on one line.
        String fileName = FiledNames.printable(rawFileName);
        StringBuilder report = new StringBuilder();
        if (error instanceof ConversionException conversion) {
            report.append(fileName);
            if (conversion.line() > 0) {
                report.append(':').append(conversion.line());
            }
            report.append(": ").append(conversion.getMessage()).append('\n');
            if (conversion.advice() != null) {
                report.append("What to do: ").append(conversion.advice(origin)).append('\n');
            }
        } else {
            report.append(fileName).append(": the converter failed on this file (").append(error.getClass().getSimpleName())
                    .append("): ").append(error.getMessage()).append('\n')
                    .append("What to do: this is a fault in Plenary, not in your file; please report it with the file attached.\n");
        }
        report.append("The original file was kept unchanged.\n");
        return report.toString();
    }
}
