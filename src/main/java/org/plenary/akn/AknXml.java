package org.plenary.akn;

import java.io.StringWriter;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import org.plenary.akn.model.AkomaNtoso;

/** Marshals the document model. The JAXBContext is built once: it is thread-safe and costly. */
public final class AknXml {
    public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final JAXBContext CONTEXT = context();

    public String marshal(AkomaNtoso akn) {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.FALSE);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            marshaller.marshal(akn, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("Could not marshal the Akoma Ntoso model", e);
        }
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(AkomaNtoso.class,
                    org.plenary.akn.model.report.Conversion.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("Could not build the JAXB context", e);
        }
    }
}
