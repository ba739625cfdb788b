package org.plenary.dev;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.plenary.corpus.CorpusCheck;
import org.plenary.corpus.Layout;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Measures the parser on a corpus of Akoma Ntoso resolutions whose structure is known. */
@Command(name = "corpus-check", mixinStandardHelpOptions = true,
        description = "Print each Akoma Ntoso resolution in several layouts (plain, paged as pdftotext -layout, "
                + "OCR-noised, a web page, a Word document), convert each back and compare structure, metadata and paragraph text with the original.")
public final class CorpusCheckCommand implements Callable<Integer> {

    @Option(names = "--limit", description = "Check at most this many files.")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--misses", description = "Print at most this many misses per layout (default ${DEFAULT-VALUE}).")
    int misses = 20;

    @Option(names = "--layout", split = ",", description = "Layouts to check: plain, paged, ocr, markdown, web, web-page, word-document "
            + "(the default: all seven), and, only when named, pdf (printed as the UN prints resolutions), pdf-layout and "
            + "pdf-raw (that PDF through pdftotext), doc (the Word document saved as Word 97-2003 by LibreOffice).")
    List<String> layouts;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep each printed file in DIR/LAYOUT/, to look at a miss.")
    Path keep;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        List<Path> files = CorpusCheck.collect(inputs);
        files = files.subList(0, Math.min(limit, files.size()));
        List<Layout> chosen = java.util.stream.Stream.concat(
                CorpusCheck.LAYOUTS.stream().filter(l -> layouts == null || layouts.contains(l.name())),
                CorpusCheck.PRINTED_LAYOUTS.stream().filter(l -> layouts != null && layouts.contains(l.name()))).toList();
        CorpusCheck check = new CorpusCheck(keep);
        Map<String, CorpusCheck.Tally> tallies = check.run(files, chosen);
        check.skipped.forEach(s -> System.out.println("skipped " + s));
        CorpusCheck.report(tallies, System.out, misses);
        return 0;
    }
}
