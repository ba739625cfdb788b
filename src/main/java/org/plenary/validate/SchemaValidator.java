package org.plenary.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.validation.ValidatorHandler;

import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates Akoma Ntoso against a schema: our profile (bundled) or any schema file a user names,
 * such as the official OASIS one. Schemas are compiled once and are thread-safe. Documents are
 * parsed securely: no DOCTYPE, no external entities, no external schema fetched.
 */
public final class SchemaValidator {
    public static final String PROFILE = "/schemas/plenary-akn.xsd";

    private final Schema schema;

    private SchemaValidator(Schema schema) {
        this.schema = schema;
    }

    public static SchemaValidator profile() {
        URL url = SchemaValidator.class.getResource(PROFILE);
        if (url == null) {
            throw new IllegalStateException("The profile schema " + PROFILE + " is missing from the classpath");
        }
        try {
            return new SchemaValidator(factory().newSchema(url));
        } catch (SAXException e) {
            throw new IllegalStateException("The profile schema does not compile: " + e.getMessage(), e);
        }
    }

    /** A schema from a file; its relative imports (the official schema's xml.xsd) resolve beside it. */
    public static SchemaValidator fromFile(Path xsd) throws SAXException {
        return new SchemaValidator(factory().newSchema(xsd.toFile()));
    }

    /** A schema from a URL, such as a resource in a jar; its relative imports resolve beside it. */
    public static SchemaValidator fromUrl(URL xsd) throws SAXException {
        return new SchemaValidator(factory().newSchema(xsd));
    }

    /** What a well-formedness check finds: its problems, and the local names of the root and of the root's children. */
    public record Outline(List<ValidationProblem> problems, String root, List<String> children) {
    }

    /** Only well-formedness, with the same secure reader, noting the root and its children on the way. */
    public static Outline outline(String xml, String name) {
        List<ValidationProblem> problems = new ArrayList<>();
        List<String> children = new ArrayList<>();
        String[] root = {null};
        try {
            XMLReader reader = secureReader();
            reader.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
                private int depth;

                @Override
                public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes) {
                    if (depth == 0) {
                        root[0] = uri + " " + localName;
                    } else if (depth == 1) {
                        children.add(localName);
                    }
                    depth++;
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    depth--;
                }
            });
            reader.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            reader.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            problems.add(problem(name, e));
        } catch (SAXException | IOException e) {
            problems.add(new ValidationProblem(name, 1, 1, clean(e.getMessage())));
        }
        return new Outline(problems, root[0], children);
    }

    public List<ValidationProblem> validate(String xml, String name) {
        return validate(new InputSource(new StringReader(xml)), name);
    }

    public List<ValidationProblem> validate(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            return validate(source, file.toString());
        }
    }

    /**
     * Validates a tree already in memory, its events replayed into the validator: no text is
     * parsed. The events carry no positions, so when the tree fails, its XML text is validated
     * too, for problems that give line and column.
     */
    public List<ValidationProblem> validate(XdmNode tree, String xml, String name) {
        List<ValidationProblem> problems = new ArrayList<>();
        ValidatorHandler validator = handlers.get();
        validator.setErrorHandler(collector(problems, name));
        try {
            tree.getProcessor().writeXdmValue(tree, new SAXDestination(validator));
        } catch (SaxonApiException e) {
            problems.add(new ValidationProblem(name, 1, 1, clean(e.getMessage())));
            handlers.remove(); // stopped mid-document: the next starts with a fresh one
        } finally {
            validator.setErrorHandler(null);
        }
        return problems.isEmpty() ? problems : validate(xml, name);
    }

    /**
     * A validator handler for each thread, kept: making one (Xerces's whole component set) cost a
     * tenth of validating a resolution, and a handler starts afresh at each document's start.
     */
    private final ThreadLocal<ValidatorHandler> handlers = ThreadLocal.withInitial(this::newHandler);

    private ValidatorHandler newHandler() {
        ValidatorHandler validator = schema.newValidatorHandler();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("The validator refuses to be kept from external files: " + e.getMessage(), e);
        }
        return validator;
    }

    private static ErrorHandler collector(List<ValidationProblem> problems, String name) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings do not make a document invalid.
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(problem(name, e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(problem(name, e));
            }
        };
    }

    private List<ValidationProblem> validate(InputSource input, String name) {
        List<ValidationProblem> problems = new ArrayList<>();
        ErrorHandler collector = collector(problems, name);
        Validator validator = schema.newValidator();
        validator.setErrorHandler(collector);
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            XMLReader reader = secureReader();
            reader.setErrorHandler(collector);
            validator.validate(new SAXSource(reader, input));
        } catch (SAXParseException e) {
            if (problems.isEmpty() || !problems.get(problems.size() - 1).message().equals(clean(e.getMessage()))) {
                problems.add(problem(name, e));
            }
        } catch (SAXException | IOException e) {
            problems.add(new ValidationProblem(name, 1, 1, clean(e.getMessage())));
        }
        return problems;
    }

    /** A namespace-aware SAX reader that refuses DOCTYPEs: no external entity is fetched or expanded. */
    public static XMLReader secureReader() throws SAXException {
        try {
            return SECURE_FACTORY.get().newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** Looking a factory up on the classpath costs more than a parse: one per thread, set up once. */
    private static final ThreadLocal<SAXParserFactory> SECURE_FACTORY = ThreadLocal.withInitial(() -> {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be made secure: " + e.getMessage(), e);
        }
    });

    private static SchemaFactory factory() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // Schemas may import siblings from the same folder or the jar, never from the network.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        return factory;
    }

    private static ValidationProblem problem(String name, SAXParseException e) {
        return new ValidationProblem(name, Math.max(e.getLineNumber(), 1), Math.max(e.getColumnNumber(), 1), clean(e.getMessage()));
    }

    private static String clean(String message) {
        return ProblemMessages.shorten(message);
    }
}
