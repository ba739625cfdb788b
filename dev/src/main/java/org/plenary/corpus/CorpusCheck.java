package org.plenary.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Pipeline;
import org.plenary.pipeline.Pipelines;
import org.xml.sax.InputSource;

/**
 * The corpus check: every Akoma Ntoso resolution given is printed in each layout, converted back,
 * and compared with the original. Figures per layout: documents exactly right in structure,
 * metadata fields right, paragraph texts intact.
 */
public final class CorpusCheck {
    public static final List<Layout> LAYOUTS = List.of(new PlainLayout(), new PagedLayout(), new OcrLayout(),
            new MarkdownLayout(), new WebLayout(), new WebPageLayout(), new WordDocumentLayout());
    /**
     * Layouts checked only when asked for: a PDF printed as the UN prints resolutions, and that PDF
     * through pdftotext with and without -layout (they need a serif font on the machine and
     * poppler's pdftotext, and take a few minutes over the whole corpus); and a Word 97-2003
     * document, which needs LibreOffice and some twenty minutes.
     */
    public static final List<Layout> PRINTED_LAYOUTS = List.of(new UnPdfLayout(),
            new PdftotextLayout(true), new PdftotextLayout(false), new LegacyWordLayout());

    private final Pipeline pipeline = Pipelines.inMemory();
    private final AknReader reader = new AknReader();
    private final ObjectMapper json = new ObjectMapper();

    /** Totals of one layout. */
    public static final class Tally {
        public int documents;
        public int exact;
        public int metaRight;
        public int metaTotal;
        public int textsIntact;
        public int textsTotal;
        public final List<String> misses = new ArrayList<>();

        public double exactRate() {
            return documents == 0 ? 1 : (double) exact / documents;
        }

        public double metaRate() {
            return metaTotal == 0 ? 1 : (double) metaRight / metaTotal;
        }

        public double textRate() {
            return textsTotal == 0 ? 1 : (double) textsIntact / textsTotal;
        }
    }

    /** Where to keep each printed file, for a look at a miss (null: nowhere). */
    private final Path keep;

    public CorpusCheck() {
        this(null);
    }

    public CorpusCheck(Path keep) {
        this.keep = keep;
    }

    /** Files left out, with the reason: no ground truth to compare with. */
    public final List<String> skipped = new ArrayList<>();

    public Map<String, Tally> run(List<Path> files, List<? extends Layout> layouts) throws IOException {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        layouts.forEach(l -> tallies.put(l.name(), new Tally()));
        for (Path file : files) {
            ReferenceDocument reference = reader.read(file);
            String language = reference.meta.getOrDefault("language", "eng");
            String unusable = reference.unusable != null ? reference.unusable
                    : !"eng".equals(language) ? "in language '" + language + "', not English"
                    : reference.operativeTexts.isEmpty() ? "no operative paragraph in its markup" : null;
            if (unusable != null) {
                skipped.add(file.getFileName() + ": " + unusable);
                continue;
            }
            String symbol = reference.meta.getOrDefault("symbol", "A/RES/" + reference.meta.getOrDefault("number", "0/0"));
            for (Layout layout : layouts) {
                Tally tally = tallies.get(layout.name());
                tally.documents++;
                String name = file.getFileName().toString().replaceAll("\\.xml$", "") + "." + layout.extension();
                byte[] printed = layout.file(reference, symbol);
                if (keep != null) {
                    Files.createDirectories(keep.resolve(layout.name()));
                    Files.write(keep.resolve(layout.name()).resolve(name), printed);
                }
                DocumentJob job = new DocumentJob(name, printed, Path.of("unused"));
                CorpusComparison comparison;
                try {
                    pipeline.run(job);
                    ReferenceDocument got = reader.read(parse(job.aknXml()));
                    comparison = CorpusComparison.of(reference, got, json.readTree(job.renditions().json()), layout.omittedFields());
                } catch (RuntimeException e) {
                    tally.misses.add(file.getFileName() + ": failed: " + e.getMessage());
                    tally.metaTotal += (int) CorpusComparison.META_FIELDS.stream()
                            .filter(f -> reference.meta.containsKey(f) && !layout.omittedFields().contains(f)).count();
                    tally.textsTotal += reference.preambleTexts.size() + reference.operativeTexts.size();
                    continue;
                }
                tally.exact += comparison.structureExact() ? 1 : 0;
                tally.metaRight += comparison.metaRight();
                tally.metaTotal += comparison.metaTotal();
                tally.textsIntact += comparison.textsIntact();
                tally.textsTotal += comparison.textsTotal();
                if (!comparison.misses().isEmpty()) {
                    tally.misses.add(file.getFileName() + ": " + String.join("; ", comparison.misses()));
                }
            }
        }
        return tallies;
    }

    public static void report(Map<String, Tally> tallies, PrintStream out, int missesPerLayout) {
        tallies.forEach((layout, t) -> {
            for (String miss : t.misses.subList(0, Math.min(missesPerLayout, t.misses.size()))) {
                out.println(layout + " " + miss);
            }
        });
        out.printf("%-8s %9s %16s %10s %14s%n", "layout", "documents", "structure exact", "metadata", "texts intact");
        tallies.forEach((layout, t) -> out.printf("%-8s %9d %15.1f%% %9.1f%% %13.1f%%%n", layout, t.documents,
                100 * t.exactRate(), 100 * t.metaRate(), 100 * t.textRate()));
    }

    private static org.w3c.dom.Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("Our own Akoma Ntoso did not parse: " + e.getMessage(), e);
        }
    }

    /** The .xml files under the given files and folders, sorted. */
    public static List<Path> collect(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (var walk = Files.walk(input)) {
                    walk.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
