package org.plenary.score;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Pipeline;
import org.plenary.pipeline.Pipelines;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The corpus check over real resolutions as the UN publishes them: a folder laid out like
 * ../shared/real-pdf ({@code pdf/}, {@code layout/}, {@code raw/}, {@code truth/NAME.json}). Each
 * document of a form goes through the pipeline {@code plenary convert} runs, in memory, and its
 * Akoma Ntoso and JSON are scored against the truth exactly as ../shared/tools/score.py scores
 * {@code convert}'s files, so that both give the same figures on the same build.
 */
public final class RealPdfCheck {
    /** The forms of the set, each a folder of its own. */
    public static final List<String> FORMS = List.of("pdf", "layout", "raw");
    /** Inputs whose own words bound the words wanted (score.py reads them as text); a PDF's are not read. */
    private static final List<String> TEXT_SUFFIXES = List.of(".txt", ".md", ".html", ".htm");

    private final Path set;
    private final int threads;
    /**
     * A pipeline per worker thread, as {@code convert} runs one document at a time: the figures
     * must be score.py's whatever the threads. (At this writing the PDF layout keeps a document's
     * page count in a field of the shared stage, so documents converted at once by one pipeline
     * can change each other's page furniture.)
     */
    private final ThreadLocal<Pipeline> pipeline = ThreadLocal.withInitial(Pipelines::inMemory);
    private final ObjectMapper json = new ObjectMapper();

    /** @param threads documents converted at once; the figures do not depend on it */
    public RealPdfCheck(Path set, int threads) {
        this.set = set;
        this.threads = threads;
    }

    /** score.py's documents of a form: the files of its folder that have a truth file, by name; none when the folder is missing. */
    public List<Path> documents(String form) throws IOException {
        Path folder = set.resolve(form);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> Files.exists(truthOf(f)))
                    .sorted().toList();
        }
    }

    /** Every k-th of the documents, from the first: a subset spread over the whole set. */
    public static List<Path> everyKth(List<Path> documents, int k) {
        List<Path> chosen = new ArrayList<>();
        for (int i = 0; i < documents.size(); i += Math.max(1, k)) {
            chosen.add(documents.get(i));
        }
        return chosen;
    }

    public FormTally run(String form, List<Path> documents) throws IOException, InterruptedException {
        long start = System.nanoTime();
        FormTally tally = new FormTally(form);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<DocumentScore>> scores = new ArrayList<>();
            for (Path document : documents) {
                scores.add(workers.submit(() -> score(document)));
            }
            for (Future<DocumentScore> score : scores) {
                tally.add(score.get());
            }
        } catch (ExecutionException e) {
            throw new IOException("A document could not be scored: " + e.getCause().getMessage(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
        tally.took((System.nanoTime() - start) / 1e9);
        return tally;
    }

    private DocumentScore score(Path document) throws IOException {
        String name = baseName(document);
        Truth truth = Truth.read(truthOf(document));
        byte[] bytes = Files.readAllBytes(document);
        DocumentJob job = new DocumentJob(document.getFileName().toString(), bytes, Path.of("unused"));
        try {
            pipeline.get().run(job);
        } catch (RuntimeException failed) {
            // convert files an error report and writes no Akoma Ntoso: score.py's "no output".
            return DocumentScore.notConverted(name);
        }
        Document akn;
        try {
            akn = parse(job.aknXml());
        } catch (Exception e) {
            return DocumentScore.unreadable(name, e.getMessage());
        }
        return DocumentScore.of(name, truth, akn, readJson(job), inputWords(document, bytes));
    }

    private Map<String, Integer> inputWords(Path document, byte[] bytes) {
        String file = document.getFileName().toString();
        // Undecodable bytes become U+FFFD, as Python's errors='replace' makes them: never part of a word.
        return TEXT_SUFFIXES.stream().anyMatch(file::endsWith) ? Words.of(new String(bytes, StandardCharsets.UTF_8)) : null;
    }

    /** score.py reads a JSON it cannot parse as {}: every field then misses. */
    private JsonNode readJson(DocumentJob job) {
        try {
            return json.readTree(job.renditions().json());
        } catch (IOException | RuntimeException e) {
            return json.createObjectNode();
        }
    }

    private Path truthOf(Path document) {
        return set.resolve("truth").resolve(baseName(document) + ".json");
    }

    /** os.path.splitext: the name without its last extension (a leading dot is no extension). */
    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
