package org.plenary.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.plenary.bench.CollectionBenchmark;
import org.plenary.pipeline.Pipelines;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Filing one more document into a large published collection, against an empty folder; see BENCHMARKS.md. */
@Command(name = "collection-bench", mixinStandardHelpOptions = true,
        description = "Time filing one resolution (the publish stage, and the whole pipeline) into an output folder with "
                + "--documents published and into an empty one, round after round; then writing the index whole. "
                + "The collection is made of copies of the given resolutions' outputs; the dropped one should cite some of them.")
public final class CollectionBenchCommand implements Callable<Integer> {

    @Option(names = "--documents", description = "Documents published in the large collection (default ${DEFAULT-VALUE}).")
    int documents = 10_000;

    @Option(names = "--rounds", description = "Measured rounds (default ${DEFAULT-VALUE}).")
    int rounds = 31;

    @Option(names = "--drop", paramLabel = "FILE", required = true, description = "The resolution filed again and again.")
    Path dropped;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The resolutions the collection is made of.")
    List<Path> published;

    @Override
    public Integer call() throws Exception {
        Path root = Files.createTempDirectory("plenary-collection-bench");
        try {
            new CollectionBenchmark(Pipelines.standard(), System.out).run(root, published, dropped, documents, rounds);
        } finally {
            org.apache.commons.io.file.PathUtils.deleteDirectory(root);
        }
        return 0;
    }
}
