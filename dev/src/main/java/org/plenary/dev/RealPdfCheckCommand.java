package org.plenary.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.plenary.score.FormTally;
import org.plenary.score.RealPdfCheck;
import org.plenary.score.RealPdfReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measures the whole pipeline on real resolutions as the UN publishes them, against the UN's own markup. */
@Command(name = "real-pdf-check", mixinStandardHelpOptions = true,
        description = "Convert every document of a set laid out like ../shared/real-pdf (pdf/, layout/, raw/, truth/NAME.json) "
                + "in memory, and score it against its truth as ../shared/tools/score.py does: structure exact, metadata, "
                + "notes linked, words lost, per form.")
public final class RealPdfCheckCommand implements Callable<Integer> {

    @Option(names = "--set", paramLabel = "DIR", description = "The set (default: real-pdf in the shared material, ${DEFAULT-VALUE}).")
    Path set = SharedFolder.root().resolve("real-pdf");

    @Option(names = "--forms", split = ",", paramLabel = "FORM", description = "Forms to check: pdf, layout, raw (default: all).")
    List<String> forms = RealPdfCheck.FORMS;

    @Option(names = "--misses", paramLabel = "N", description = "Print at most N documents that miss, per form (default ${DEFAULT-VALUE}).")
    int misses = 20;

    @Option(names = "--every", paramLabel = "K", description = "Check only every K-th document of each form, by name (default ${DEFAULT-VALUE}: all).")
    int every = 1;

    @Option(names = "--threads", paramLabel = "N", description = "Documents converted at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(set.resolve("truth"))) {
            System.err.println("No set at " + set.toAbsolutePath() + ": it needs a truth/ folder beside pdf/, layout/ and raw/.");
            return 2;
        }
        RealPdfCheck check = new RealPdfCheck(set, threads);
        List<FormTally> tallies = new ArrayList<>();
        for (String form : forms) {
            tallies.add(check.run(form, RealPdfCheck.everyKth(check.documents(form), every)));
        }
        RealPdfReport.print(tallies, misses, System.out);
        return 0;
    }
}
