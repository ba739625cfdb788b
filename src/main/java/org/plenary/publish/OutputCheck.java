package org.plenary.publish;

import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.DocumentJob;
import org.plenary.source.XmlCharacters;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The last look before publishing: every published file is readable, always. An Akoma Ntoso
 * holding a character XML forbids would be a fault of Plenary's own (readers remove such
 * characters first); it is refused before anything is written, so no reader of the output
 * folder, and no later index update, ever meets it. The JSON needs no such look: Jackson wrote
 * it from the tree the collection records.
 */
final class OutputCheck {
    private OutputCheck() {
    }

    /** The document's JSON tree; or a refusal when its outputs are unfit to publish. */
    static JsonNode require(DocumentJob job) {
        String problem = problem(job.aknXml());
        if (problem != null) {
            throw new ConversionException("Plenary made outputs it must not publish: " + problem + "; nothing was published.",
                    "This is a fault in Plenary, not in your file; please report it with the file attached.");
        }
        return job.renditions().jsonTree();
    }

    /** What makes the Akoma Ntoso unfit to publish, or null when it is fit. */
    static String problem(String aknXml) {
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
                return String.format("the Akoma Ntoso holds the character U+%04X, which XML forbids", c);
            }
            i += Character.charCount(c);
        }
        return null;
    }
}
