package org.plenary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void theLineSaysDoneOfTotalFailuresRateAndTimeLeft() {
        assertThat(Progress.line(120, 3, 312, 12.0)).isEqualTo("120/312 done, 3 failed · 10.0 documents/s · about 19 s left");
        assertThat(Progress.line(10, 0, 1000, 5.0)).isEqualTo("10/1000 done · 2.0 documents/s · about 8 min 15 s left");
        assertThat(Progress.line(312, 0, 312, 31.2)).isEqualTo("312/312 done · 10.0 documents/s");
    }

    @Test
    void noRateBeforeASecondHasPassed() {
        assertThat(Progress.line(1, 0, 5, 0.3)).isEqualTo("1/5 done");
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAndClearedBeforeAReport() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2, true);

        progress.finished(true);
        progress.print("b.txt: not converted\n");
        progress.finished(false);
        progress.clear();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\r1/2 done\u001b[K" + "\r\u001b[K" + "b.txt: not converted\n" + "\r2/2 done, 1 failed\u001b[K" + "\r\u001b[K");
    }

    @Test
    void hiddenItPrintsOnlyTheReports() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2, false);

        progress.finished(true);
        progress.print("b.txt: not converted\n");
        progress.finished(false);
        progress.clear();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("b.txt: not converted\n");
    }
}
