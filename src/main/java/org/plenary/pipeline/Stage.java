package org.plenary.pipeline;

/** One step of the conversion: reads what earlier stages left on the job and adds its own result. */
public interface Stage {
    /** A short name for logs and route step ids. */
    String name();

    void apply(DocumentJob job);
}
