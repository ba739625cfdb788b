package org.plenary.dev;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.plenary.corpus.CorpusCheck;
import org.plenary.corpus.VocabularyBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Writes the word list the product reads pdftotext's split words against (src/main/resources/lexicon/words.txt),
 * and with --compounds the compounds it puts glued ones back by (lexicon/compounds.txt).
 */
@Command(name = "vocabulary", mixinStandardHelpOptions = true,
        description = "Derive the word list of lexicon/words.txt from Akoma Ntoso resolutions: the words standing "
                + "in running text in at least --min-documents of them.")
public final class VocabularyCommand implements Callable<Integer> {

    @Option(names = "--min-documents", description = "Keep a word seen in at least this many documents (default ${DEFAULT-VALUE}).")
    int minDocuments = 3;

    @Option(names = {"-o", "--output"}, description = "Write here instead of to standard output.")
    Path output;

    @Option(names = "--compounds", description = "Also write the compounds (two words joined by a hyphen) seen in at least "
            + "--min-documents of them to this file.")
    Path compounds;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        VocabularyBuilder builder = new VocabularyBuilder();
        for (Path file : CorpusCheck.collect(inputs)) {
            builder.add(file);
        }
        String inputNames = String.join(" ", inputs.stream().map(Path::toString).toList());
        try (PrintStream out = output == null ? System.out
                : new PrintStream(Files.newOutputStream(output), false, StandardCharsets.UTF_8)) {
            out.println("# Words as they stand in the running text of " + builder.documents() + " resolutions in Akoma Ntoso,");
            out.println("# each seen in at least " + minDocuments + " of them; the resolutions are the United Nations' (source: the United Nations).");
            out.println("# Made by: dev/bin/plenary-dev vocabulary --min-documents " + minDocuments + " -o FILE " + inputNames);
            builder.words(minDocuments).forEach(out::println);
        }
        if (compounds != null) {
            try (PrintStream out = new PrintStream(Files.newOutputStream(compounds), false, StandardCharsets.UTF_8)) {
                out.println("# Two words joined by a hyphen in the running text of " + builder.documents() + " resolutions in Akoma Ntoso,");
                out.println("# each seen in at least " + minDocuments + " of them; the resolutions are the United Nations' (source: the United Nations).");
                out.println("# Made by: dev/bin/plenary-dev vocabulary --min-documents " + minDocuments + " -o WORDS --compounds FILE " + inputNames);
                builder.compounds(minDocuments).forEach(out::println);
            }
        }
        return 0;
    }
}
