package org.plenary.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.Conversions;

import com.sun.net.httpserver.HttpServer;

/**
 * XML written to attack its reader: external entities, entity expansion bombs and schema
 * locations pointing at a server. A local server counts requests: none may ever arrive, and
 * nothing may be expanded.
 */
class HostileXmlTest {
    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @TempDir
    Path work;

    @BeforeEach
    void listen() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leaked \"fetched\">".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void externalEntitiesAreNeitherFetchedNorRead() throws Exception {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [\n"
                + "  <!ENTITY file SYSTEM \"file:///etc/hostname\">\n"
                + "  <!ENTITY remote SYSTEM \"" + base + "/entity\">\n"
                + "  <!ENTITY % parameter SYSTEM \"" + base + "/parameter.dtd\"> %parameter;\n]>\n"
                + "<akomaNtoso xmlns=\"" + AKN + "\">&file;&remote;</akomaNtoso>\n";
        assertRefused(xxe);
    }

    @Test
    void anEntityExpansionBombIsNotExpanded() throws Exception {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 12; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n<akomaNtoso xmlns=\"").append(AKN).append("\">&lol12;</akomaNtoso>\n");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertRefused(bomb.toString()));
    }

    @Test
    void schemaLocationsAndExternalDtdsAreNeverFetched() throws Exception {
        String located = "<akomaNtoso xmlns=\"" + AKN + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"" + AKN + " " + base + "/akn.xsd\">"
                + "<other xmlns=\"urn:x\" xsi:schemaLocation=\"urn:x " + base + "/other.xsd\"/></akomaNtoso>";
        assertThat(SchemaValidator.profile().validate(located, "located.xml")).isNotEmpty();
        String externalDtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso SYSTEM \"" + base + "/akn.dtd\">\n"
                + "<akomaNtoso xmlns=\"" + AKN + "\"/>";
        assertRefused(externalDtd);
        assertThat(requests).hasValue(0);
    }

    /** Refused by every reader of XML in the product: the validator and convert. (The developer module's corpus reader has its own test.) */
    private void assertRefused(String xml) throws Exception {
        assertThat(SchemaValidator.profile().validate(xml, "hostile.xml")).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.message()).doesNotContain("fetched"));
        Path file = Files.writeString(work.resolve("hostile.xml"), xml);
        assertThat(SchemaValidator.profile().validate(file)).anySatisfy(p -> assertThat(p.message()).containsIgnoringCase("DOCTYPE"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Conversions.convert("hostile.xml", xml))
                .isInstanceOf(org.plenary.pipeline.ConversionException.class);
        assertThat(requests).hasValue(0);
    }
}
