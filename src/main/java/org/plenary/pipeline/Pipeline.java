package org.plenary.pipeline;

import java.util.List;

/**
 * The conversion stages in order. The Camel route adds one step per stage from this list, and
 * tests and benchmarks call {@link #run}: both go through exactly the same stages.
 */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    public DocumentJob run(DocumentJob job) {
        for (Stage stage : stages) {
            stage.run(job);
        }
        return job;
    }
}
