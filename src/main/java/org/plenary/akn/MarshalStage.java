package org.plenary.akn;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;

public final class MarshalStage implements Stage {
    private final AknXml xml = new AknXml();

    @Override
    public String name() {
        return "marshal";
    }

    @Override
    public void apply(DocumentJob job) {
        job.aknXml(xml.marshal(job.akn()));
    }
}
