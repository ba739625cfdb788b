package org.plenary.pipeline;

import java.util.List;

import org.plenary.akn.BuildStage;
import org.plenary.akn.MarshalStage;
import org.plenary.layout.LayoutStage;
import org.plenary.parse.CoverageStage;
import org.plenary.parse.ParseStage;
import org.plenary.parse.SetAsideBudget;
import org.plenary.publish.PublishStage;
import org.plenary.read.ReadStage;
import org.plenary.render.RenderStage;
import org.plenary.render.Renderer;
import org.plenary.validate.AknInputStage;
import org.plenary.validate.ValidateStage;

/**
 * The standard conversion: read → layout → parse → coverage → build → marshal → validate → render
 * → publish for PDF and text; for Akoma Ntoso input, read → check (well-formed, against the
 * official OASIS schema shipped with Plenary, or the one named instead) → render → publish.
 */
public final class Pipelines {
    private Pipelines() {
    }

    public static Pipeline standard() {
        return standard(org.plenary.read.text.TextDecoder.DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest input accepted (plenary.max-bytes) */
    public static Pipeline standard(long maxBytes) {
        return standard(maxBytes, null);
    }

    /**
     * @param maxBytes the largest input accepted (plenary.max-bytes)
     * @param aknSchema the schema that Akoma Ntoso input is checked against instead of the official OASIS one
     *                  shipped with Plenary (plenary.akn-schema), or null for the shipped one
     */
    public static Pipeline standard(long maxBytes, java.nio.file.Path aknSchema) {
        return standard(maxBytes, aknSchema, SetAsideBudget.Limits.DEFAULT);
    }

    /**
     * @param maxBytes the largest input accepted (plenary.max-bytes)
     * @param aknSchema the schema that Akoma Ntoso input is checked against instead of the official OASIS one
     *                  shipped with Plenary (plenary.akn-schema), or null for the shipped one
     * @param setAside how many words a page and the cover may set aside (plenary.set-aside.per-page, plenary.set-aside.fixed)
     */
    public static Pipeline standard(long maxBytes, java.nio.file.Path aknSchema, SetAsideBudget.Limits setAside) {
        return new Pipeline(List.of(new ReadStage(maxBytes), new LayoutStage(), new ParseStage(), new CoverageStage(setAside), new BuildStage(),
                new MarshalStage(), new ValidateStage(), new AknInputStage(aknSchema), new RenderStage(new Renderer()),
                new PublishStage()));
    }

    /** Everything but publishing: for tests and benchmarks that look at the results in memory. */
    public static Pipeline inMemory() {
        return inMemory(null);
    }

    public static Pipeline inMemory(java.nio.file.Path aknSchema) {
        List<org.plenary.pipeline.Stage> stages = standard(org.plenary.read.text.TextDecoder.DEFAULT_MAX_BYTES, aknSchema).stages();
        return new Pipeline(stages.subList(0, stages.size() - 1));
    }
}
