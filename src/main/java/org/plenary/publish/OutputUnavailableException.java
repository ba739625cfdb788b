package org.plenary.publish;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An output could not be written: the folder is read-only, full, missing or blocked. The fault
 * is the machine's, not the document's, so the watcher leaves the original where it is and
 * tries it again later instead of filing it as failed.
 */
public final class OutputUnavailableException extends UncheckedIOException {
    public OutputUnavailableException(String message, IOException cause) {
        super(message, cause);
    }
}
