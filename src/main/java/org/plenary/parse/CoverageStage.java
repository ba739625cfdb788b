package org.plenary.parse;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;
import org.plenary.pipeline.Warning;

/**
 * Accounts for every source word: in the document, or in the furniture set aside. Below 100% the
 * words unaccounted for are named in a warning; a page that sets aside more than page furniture
 * holds is warned about, and a document that sets aside more than its allowance is refused.
 */
public final class CoverageStage implements Stage {
    private final SetAsideBudget.Limits limits;

    public CoverageStage() {
        this(SetAsideBudget.Limits.DEFAULT);
    }

    /** @param limits how many words a page, and the cover, may set aside (plenary.set-aside.per-page, plenary.set-aside.fixed) */
    public CoverageStage(SetAsideBudget.Limits limits) {
        this.limits = limits;
    }

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
        for (Warning w : SetAsideBudget.check(job.laidOut(), job.resolution(), coverage.words(), limits)) {
            job.warn(w.code(), w.line(), w.message());
        }
        job.coverage(coverage);
    }
}
