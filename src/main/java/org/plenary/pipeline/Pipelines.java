package org.plenary.pipeline;

import java.util.List;

import org.plenary.akn.BuildStage;
import org.plenary.akn.MarshalStage;
import org.plenary.decode.DecodeStage;
import org.plenary.layout.LayoutStage;
import org.plenary.parse.ParseStage;
import org.plenary.publish.PublishStage;
import org.plenary.render.RenderStage;
import org.plenary.render.Renderer;
import org.plenary.validate.ValidateStage;

/** The standard conversion: decode → layout → parse → build → marshal → validate → render → publish. */
public final class Pipelines {
    private Pipelines() {
    }

    public static Pipeline standard() {
        return standard(org.plenary.decode.TextDecoder.DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest input accepted (plenary.max-bytes) */
    public static Pipeline standard(long maxBytes) {
        return new Pipeline(List.of(new DecodeStage(maxBytes), new LayoutStage(), new ParseStage(), new BuildStage(),
                new MarshalStage(), new ValidateStage(), new RenderStage(new Renderer()), new PublishStage()));
    }

    /** Everything but publishing: for tests and benchmarks that look at the results in memory. */
    public static Pipeline inMemory() {
        return new Pipeline(standard().stages().subList(0, 7));
    }
}
