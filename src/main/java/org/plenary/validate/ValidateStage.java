package org.plenary.validate;

import java.util.List;
import java.util.stream.Collectors;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;

/**
 * Checks the marshalled document against our profile. A failure here is our bug, not the
 * user's: the report says so and lists the schema's complaints.
 */
public final class ValidateStage implements Stage {
    /** Compiled on a thread of its own: a cold start reads its first document meanwhile. */
    private final java.util.concurrent.CompletableFuture<SchemaValidator> profile =
            org.plenary.pipeline.InBackground.start("plenary-schema-start", SchemaValidator::profile);

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public void apply(DocumentJob job) {
        String name = job.baseName() + ".xml";
        List<ValidationProblem> problems = org.plenary.pipeline.InBackground.await(profile).validate(job.aknTree(), job.aknXml(), name);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The Akoma Ntoso written for " + job.fileName()
                    + " fails the Plenary profile (a converter bug; please report it with the input file):\n"
                    + problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("\n")));
        }
    }
}
