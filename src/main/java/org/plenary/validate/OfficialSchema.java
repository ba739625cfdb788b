package org.plenary.validate;

import java.net.URL;

import org.xml.sax.SAXException;

/**
 * The official OASIS Akoma Ntoso 3.0 schema ({@code akomantoso30.xsd} and the {@code xml.xsd} it
 * imports), shipped inside Plenary's jar: the build takes it from the Maven Central artifact
 * io.legaldocml:legaldocml-test (see pom.xml), it is never copied into the sources. Compiled once,
 * on first use, and shared: a compiled schema is thread-safe.
 */
public final class OfficialSchema {
    /** Where the schema lies on the classpath. */
    public static final String RESOURCE = "/schemas/oasis/xsd/akomantoso30.xsd";
    /** How messages name it. */
    public static final String NAME = "the official OASIS Akoma Ntoso 3.0 schema";

    private static volatile SchemaValidator compiled;

    private OfficialSchema() {
    }

    /** The schema's location on the classpath (a jar: or file: URL, so that its import of xml.xsd resolves beside it). */
    public static URL url() {
        URL url = OfficialSchema.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("The official Akoma Ntoso schema " + RESOURCE
                    + " is missing from the classpath: Plenary was built without it (mvn package unpacks it from io.legaldocml:legaldocml-test).");
        }
        return url;
    }

    /** The schema compiled, the first call compiling it (about half a second). */
    public static SchemaValidator validator() {
        SchemaValidator validator = compiled;
        if (validator == null) {
            synchronized (OfficialSchema.class) {
                validator = compiled;
                if (validator == null) {
                    try {
                        validator = SchemaValidator.fromUrl(url());
                    } catch (SAXException e) {
                        throw new IllegalStateException("The official Akoma Ntoso schema does not compile: " + e.getMessage(), e);
                    }
                    compiled = validator;
                }
            }
        }
        return validator;
    }
}
