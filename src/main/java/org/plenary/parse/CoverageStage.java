package org.plenary.parse;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;

/**
 * Accounts for every source word: in the document, or in the furniture set aside. Below 100% the
 * words unaccounted for are named in a warning.
 */
public final class CoverageStage implements Stage {
    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public void apply(DocumentJob job) {
        Coverage coverage = Coverage.of(job.laidOut(), job.resolution());
        if (coverage.ratio() < 1.0) {
            long lost = coverage.words() - coverage.kept() - coverage.furniture();
            job.warn("coverage", 0, String.format("%d of %d source words (%.2f%%) are neither in the document nor in the furniture set aside: %s",
                    lost, coverage.words(), 100.0 * lost / coverage.words(),
                    String.join(", ", coverage.lost().subList(0, Math.min(12, coverage.lost().size())))));
        }
        job.coverage(coverage);
    }
}
