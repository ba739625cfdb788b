package org.plenary.publish;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.DocumentJob;
import org.plenary.source.XmlCharacters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.ByteBufferBackedInputStream;

/**
 * The last look before publishing: every published file is readable, always. An Akoma Ntoso
 * holding a character XML forbids, or a JSON that does not parse, would be a fault of Plenary's
 * own (readers remove such characters first); it is refused before anything is written, so no
 * reader of the output folder, and no later index update, ever meets it. The JSON read here is
 * the one the collection records.
 */
final class OutputCheck {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private OutputCheck() {
    }

    /** The document's JSON, read; or a refusal when its outputs are unfit to publish. */
    static JsonNode require(DocumentJob job) {
        try {
            return read(job.aknXml(), job.renditions().jsonBytes());
        } catch (Unfit unfit) {
            throw new ConversionException("Plenary made outputs it must not publish: " + unfit.getMessage() + "; nothing was published.",
                    "This is a fault in Plenary, not in your file; please report it with the file attached.");
        }
    }

    /** What makes the outputs unfit to publish, or null when they are fit. */
    static String problem(String aknXml, ByteBuffer json) {
        try {
            read(aknXml, json);
            return null;
        } catch (Unfit unfit) {
            return unfit.getMessage();
        }
    }

    private static JsonNode read(String aknXml, ByteBuffer json) throws Unfit {
        // Read from a copy of the chars: the whole document passes here, and a string's charAt is a
        // call under the quick compiler.
        char[] chars = aknXml.toCharArray();
        for (int i = 0; i < chars.length; ) {
            if (XmlCharacters.allowedAlone(chars[i])) {
                i++; // nearly every character: checked without reading a code point
                continue;
            }
            int c = Character.codePointAt(chars, i);
            if (!XmlCharacters.allowed(c)) {
                throw new Unfit(String.format("the Akoma Ntoso holds the character U+%04X, which XML forbids", c));
            }
            i += Character.charCount(c);
        }
        try {
            return JSON.readTree(new ByteBufferBackedInputStream(json.duplicate()));
        } catch (JsonProcessingException e) {
            throw new Unfit("the JSON does not parse (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new Unfit("the JSON cannot be read (" + e.getMessage() + ")");
        }
    }

    private static final class Unfit extends Exception {
        Unfit(String message) {
            super(message, null, false, false);
        }
    }
}
