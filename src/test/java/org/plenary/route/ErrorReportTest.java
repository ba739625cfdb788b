package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.Origin;

/** A report's advice speaks of the act its reader performs: dropping into the folder, or converting. */
class ErrorReportTest {
    private final ConversionException refusal = new ConversionException("The file is empty (it holds no text).", 3,
            "{Drop} the whole file: check that it was saved completely before {dropping} it, then {drop} it again.");

    @Test
    void theWatchedFoldersUserIsToldToDropTheFileAgain() {
        assertThat(ErrorReport.of("a.txt", refusal, Origin.WATCHED_FOLDER)).isEqualTo("a.txt:3: The file is empty (it holds no text).\n"
                + "What to do: Drop the whole file: check that it was saved completely before dropping it, then drop it again.\n"
                + "The original file was kept unchanged.\n");
        assertThat(ErrorReport.of("a.txt", refusal)).isEqualTo(ErrorReport.of("a.txt", refusal, Origin.WATCHED_FOLDER));
    }

    @Test
    void convertsUserIsToldToConvertItAgain() {
        assertThat(ErrorReport.of("a.txt", refusal, Origin.COMMAND_LINE)).contains(
                "What to do: Convert the whole file: check that it was saved completely before converting it, then convert it again.\n");
    }
}
