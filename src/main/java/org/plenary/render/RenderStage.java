package org.plenary.render;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;

public final class RenderStage implements Stage {
    private final Renderer renderer;

    public RenderStage(Renderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Input input() {
        return Input.ANY;
    }

    @Override
    public String name() {
        return "render";
    }

    @Override
    public void apply(DocumentJob job) {
        job.renditions(job.aknInput()
                ? renderer.renderInput(job.aknXml(),
                        org.plenary.source.XmlCharacters.escapingForbidden(job.fileName()), job.inputProblems())
                : renderer.render(job.aknTree()));
    }
}
