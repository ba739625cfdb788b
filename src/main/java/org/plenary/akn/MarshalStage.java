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
        AknXml.Marshalled marshalled = xml.marshal(job.akn());
        job.aknXml(marshalled.xml(), marshalled.tree());
    }
}
