package org.plenary.pipeline;

/** One step of the conversion: reads what earlier stages left on the job and adds its own result. */
public interface Stage {
    /** The inputs a stage serves: text to be parsed into a resolution, Akoma Ntoso read as it is, or both. */
    enum Input { TEXT, AKOMA_NTOSO, ANY }

    /** A short name for logs and route step ids. */
    String name();

    void apply(DocumentJob job);

    default Input input() {
        return Input.TEXT;
    }

    default boolean appliesTo(DocumentJob job) {
        return input() == Input.ANY || (input() == Input.AKOMA_NTOSO) == job.aknInput();
    }

    /** Applies the stage if it serves this job's kind of input; the pipeline and the route both step through stages so. */
    default void run(DocumentJob job) {
        if (appliesTo(job)) {
            apply(job);
        }
    }
}
