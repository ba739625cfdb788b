package org.plenary.decode;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Stage;

public final class DecodeStage implements Stage {
    private final TextDecoder decoder;

    public long maxBytes() {
        return decoder.maxBytes();
    }

    public DecodeStage(long maxBytes) {
        this.decoder = new TextDecoder(maxBytes);
    }

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public void apply(DocumentJob job) {
        decoder.checkSize(job.size());
        job.decoded(decoder.decode(job.bytes()));
    }
}
