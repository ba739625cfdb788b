package org.plenary.publish;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.DocumentJob;
import org.plenary.source.XmlCharacters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.ByteBufferBackedInputStream;

/**
 * The last look before publishing: every published file is readable, always. An Akoma Ntoso
 * holding a character XML forbids, or a JSON that does not parse, would be a fault of Plenary's
 * own (readers remove such characters first); it is refused before anything is written, so no
 * reader of the output folder, and no later index update, ever meets it.
 */
final class OutputCheck {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private OutputCheck() {
    }

    static void require(DocumentJob job) {
        String problem = problem(job.aknXml(), job.renditions().jsonBytes());
        if (problem != null) {
            throw new ConversionException("Plenary made outputs it must not publish: " + problem + "; nothing was published.",
                    "This is a fault in Plenary, not in your file; please report it with the file attached.");
        }
    }

    /** What makes the outputs unfit to publish, or null when they are fit. */
    static String problem(String aknXml, ByteBuffer json) {
        for (int i = 0; i < aknXml.length(); ) {
            int c = aknXml.codePointAt(i);
            if (!XmlCharacters.allowed(c)) {
                return String.format("the Akoma Ntoso holds the character U+%04X, which XML forbids", c);
            }
            i += Character.charCount(c);
        }
        try {
            JSON.readTree(new ByteBufferBackedInputStream(json.duplicate()));
        } catch (JsonProcessingException e) {
            return "the JSON does not parse (" + e.getOriginalMessage() + ")";
        } catch (IOException e) {
            return "the JSON cannot be read (" + e.getMessage() + ")";
        }
        return null;
    }
}
