package org.plenary.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Origin;
import org.plenary.publish.PublishedCollection;
import org.plenary.route.ConversionRoute;
import org.plenary.route.FiledNames;
import org.plenary.route.Outcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Converts files (or every file in folders) once, through the same route the watcher uses. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert resolutions to Akoma Ntoso, HTML, JSON and text.%n"
                + "Writes OUT/akn/NAME.xml, OUT/html/NAME.html, OUT/json/NAME.json, OUT/txt/NAME.txt, "
                + "and OUT/errors/NAME.txt for a file that cannot be converted.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was converted",
                "1:at least one file failed (its report is printed, and written to OUT/errors/), drew a warning that --fail-on-warnings or --fail-on names, or the index or --summary could not be written",
                "2:usage error (an unknown option, no -o, --threads below 1), an input that does not exist or cannot be read, folders with no file in them, or a schema (--schema, or the plenary.akn-schema setting) that cannot be used: nothing is converted"})
public final class ConvertCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output folder.")
    Path output;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse inputs larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes = org.plenary.read.text.TextDecoder.DEFAULT_MAX_BYTES;

    @Option(names = "--schema", paramLabel = "XSD", description = "Check .xml (Akoma Ntoso) input against this schema instead of the official OASIS one shipped with Plenary (default: plenary.akn-schema, else the official one).")
    Path schema;

    @Option(names = "--threads", paramLabel = "N", description = "Documents converted in parallel (default: one per core, plus one).")
    Integer threads;

    @Option(names = "--fail-on-warnings", description = "Exit 1 when a converted document drew any warning.")
    boolean failOnWarnings;

    @Option(names = "--fail-on", split = ",", paramLabel = "CODE",
            description = "Exit 1 when a converted document drew a warning of one of these codes (e.g. --fail-on set-aside,note-holds-body).")
    List<String> failOnCodes;

    @Option(names = "--summary", paramLabel = "FILE", description = "Write the run's summary as JSON: totals, warnings by code, each file's outcome.")
    Path summaryFile;

    @Option(names = {"-q", "--quiet"}, description = "No progress line (shown only when the output is a terminal anyway).")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Resolution files, or folders of them.")
    List<Path> inputs;

    @picocli.CommandLine.Mixin
    LogOptions logging = new LogOptions();

    @Override
    public Integer call() throws Exception {
        String badLogging = logging.apply(java.util.Map.of());
        if (badLogging != null) {
            System.err.println("plenary convert: " + badLogging);
            return 2;
        }
        // Every path and number is checked before any work starts, so a typo costs nothing and creates nothing.
        if (threads != null && threads < 1) {
            System.err.println("plenary convert: --threads must be at least 1, not " + threads + "; nothing was converted.");
            return 2;
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                System.err.println("plenary convert: " + input + " does not exist. Check the path; nothing was converted.");
                return 2;
            }
            if (!Files.isReadable(input)) {
                System.err.println("plenary convert: " + input + " cannot be read (permission denied). Check its permissions; nothing was converted.");
                return 2;
            }
        }
        if (schema != null && SchemaOption.load(schema, "convert", "nothing was converted") == null) {
            return 2;
        }
        // The setting (-D, the environment, application.properties) is checked as the option is: the
        // route would otherwise fail to start with a stack trace.
        java.util.Optional<String> configured = schema == null ? Settings.lookup("plenary.akn-schema", java.util.Map.of()) : java.util.Optional.empty();
        if (configured.isPresent() && SchemaOption.load(Path.of(configured.get()), " (the setting plenary.akn-schema)", "convert",
                "nothing was converted") == null) {
            return 2;
        }
        List<Path> files = expand(inputs);
        if (files.isEmpty()) {
            System.err.println("plenary convert: no file to convert in " + inputs.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
                    + " (files whose names start with a dot, and the ~$ files Word keeps beside open documents, are skipped); nothing was converted.");
            return 2;
        }
        RunSummary summary = new RunSummary();
        try (CamelContext camel = new DefaultCamelContext()) {
            // One batch run: route statistics over JMX are for the long-running watcher.
            camel.disableJMX();
            java.util.Properties settings = new java.util.Properties();
            settings.setProperty("plenary.max-bytes", String.valueOf(maxBytes));
            if (schema != null) {
                settings.setProperty("plenary.akn-schema", schema.toString());
            }
            camel.getPropertiesComponent().setOverrideProperties(settings);
            camel.addRoutes(new ConversionRoute());
            camel.start();
            ProducerTemplate producer = camel.createProducerTemplate();
            // One more worker than cores: a worker waiting on its stages' thread or on the disk
            // leaves a core idle otherwise (986 texts 9.4 -> 8.9 s on two cores; 312 PDFs 2% and 20 MB more).
            int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors() + 1;
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, files.size()));
            Progress progress = new Progress(System.err, files.size(), !quiet && System.console() != null);
            try {
                List<Future<Outcome>> outcomes = new ArrayList<>();
                java.util.Map<String, Path> byOutputName = new java.util.HashMap<>();
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    Path first = byOutputName.putIfAbsent(DocumentJob.baseNameOf(name), file);
                    if (first != null) {
                        // X.txt and X.md would publish the same OUT/akn/X.xml: the second never silently replaces the first.
                        outcomes.add(java.util.concurrent.CompletableFuture.completedFuture(new Outcome(name, false,
                                name + ": not converted: " + first + " in this run has the same name before its extension, "
                                        + "and its outputs would be replaced.\n  What to do: rename one of the two and convert it again.\n")));
                        progress.finished(false);
                        continue;
                    }
                    outcomes.add(pool.submit(() -> {
                        Outcome outcome = convert(producer, file);
                        progress.finished(outcome.converted());
                        return outcome;
                    }));
                }
                // Reports in the order the files were given, whichever finishes first.
                for (Future<Outcome> future : outcomes) {
                    Outcome outcome = future.get();
                    summary.add(outcome);
                    if (!outcome.converted()) {
                        progress.print(outcome.report());
                    }
                }
                progress.clear();
            } finally {
                pool.shutdownNow();
            }
        }
        // Once, at the end: each document only added its entry, and the index lists them all.
        boolean indexed = true;
        try {
            PublishedCollection.of(output).writeIndex();
        } catch (RuntimeException e) {
            System.err.println("plenary convert: the collection index (OUT/index.html, OUT/catalog.json) was not updated: " + e.getMessage());
            indexed = false;
        }
        System.out.println(summary.line());
        boolean written = true;
        if (summaryFile != null) {
            try {
                summary.write(summaryFile);
            } catch (IOException e) {
                System.err.println("plenary convert: the run's summary could not be written to " + summaryFile + ": " + e.getMessage());
                written = false;
            }
        }
        boolean warnedTooMuch = false;
        if (failOnWarnings || failOnCodes != null) {
            java.util.Set<String> codes = failOnWarnings ? java.util.Set.of() : new java.util.HashSet<>(failOnCodes);
            List<String> warned = summary.warned(codes);
            if (!warned.isEmpty()) {
                warnedTooMuch = true;
                System.err.println(warned.size() + " converted document" + (warned.size() == 1 ? "" : "s") + " drew "
                        + (codes.isEmpty() ? "warnings" : "a warning among " + String.join(", ", new java.util.TreeSet<>(codes)))
                        + (failOnWarnings ? " and --fail-on-warnings is set: " : " and --fail-on names them: ") + String.join(", ", warned.subList(0, Math.min(10, warned.size())))
                        + (warned.size() > 10 ? ", …" : "") + ". Their warnings are in OUT/json/NAME.json and the log.");
            }
        }
        return summary.failed() == 0 && indexed && written && !warnedTooMuch ? 0 : 1;
    }

    private Outcome convert(ProducerTemplate producer, Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                // Refused unread, as the watcher does.
                return send(producer, DocumentJob.unread(name, size, output).origin(Origin.COMMAND_LINE));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // Checked at the start, gone or locked since: reported like any file that cannot be converted.
            DocumentJob unreadable = new DocumentJob(name, new byte[0], output);
            String report = org.plenary.route.ErrorReport.of(name, new org.plenary.pipeline.ConversionException(
                    "The file could not be read: " + e.getMessage(), "Check that the file exists and that you may read it, then {drop} it again."),
                    Origin.COMMAND_LINE);
            PublishedCollection collection = PublishedCollection.of(output);
            collection.open();
            new org.plenary.publish.OutputWriter().writeError(output, unreadable.baseName(), report);
            collection.failed(unreadable.baseName(), report);
            return new Outcome(name, false, report);
        }
        return send(producer, new DocumentJob(name, bytes, output).origin(Origin.COMMAND_LINE));
    }

    private Outcome send(ProducerTemplate producer, DocumentJob job) {
        String name = job.fileName();
        Exchange exchange = producer.send(ConversionRoute.ENDPOINT, ex -> ex.getIn().setBody(job));
        if (exchange.getException() != null) {
            // Only an unwritable output reaches here; the document itself may be fine.
            return new Outcome(name, false, name + ": not converted: " + exchange.getException().getMessage()
                    + "\n  What to do: make " + output + " writable (or free space) and run convert again.\n");
        }
        return exchange.getProperty(Outcome.PROPERTY, Outcome.class);
    }

    private static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    // Hidden files, and the owner files Word keeps beside open documents, are no resolutions.
                    list.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> !FiledNames.isWordOwnerFile(p.getFileName().toString()))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
