package org.plenary.akn;

import org.plenary.parse.Coverage;
import org.plenary.parse.Resolution;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;

/** Builds the Akoma Ntoso model; the FRBR identity's date caveat becomes a warning. */
public final class BuildStage implements Stage {
    private final AknBuilder builder = new AknBuilder();

    @Override
    public String name() {
        return "build";
    }

    @Override
    public void apply(DocumentJob job) {
        Resolution resolution = job.resolution();
        FrbrIdentity frbr = FrbrIdentity.of(resolution);
        if (frbr.dateNote() != null) {
            job.warn("date", 0, frbr.dateNote());
        }
        Coverage coverage = job.coverage();
        AknBuilder.Provenance provenance = new AknBuilder.Provenance(
                // A file name may hold a control character (an escape, say), which the XML cannot.
                org.plenary.source.XmlCharacters.escapingForbidden(job.fileName()), job.laidOut().form().label(),
                job.charset(), coverage.words(), coverage.kept(), coverage.furniture(), job.warnings());
        job.akn(builder.build(resolution, frbr, provenance));
    }
}
