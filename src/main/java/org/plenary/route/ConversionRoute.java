package org.plenary.route;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.TryDefinition;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Origin;
import org.plenary.pipeline.Pipeline;
import org.plenary.pipeline.Pipelines;
import org.plenary.pipeline.Stage;
import org.plenary.parse.SetAsideBudget;
import org.plenary.publish.OutputUnavailableException;
import org.plenary.publish.OutputWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The one conversion route, shared by {@code convert} and {@code watch}: one step per pipeline
 * stage, then the outcome. A document that fails gets an error report in the output's errors/
 * folder; the failure never reaches the caller as an exception.
 */
public final class ConversionRoute extends RouteBuilder {
    public static final String ENDPOINT = "direct:convert";
    private static final Logger LOG = LoggerFactory.getLogger(ConversionRoute.class);

    /** The settings a pipeline is made from. */
    private record Settings(long maxBytes, java.nio.file.Path schema, SetAsideBudget.Limits setAside) {
    }

    private final java.util.function.Function<Settings, Pipeline> pipelineForSettings;
    private final OutputWriter writer = new OutputWriter();
    private TimeBudget budget;
    /** Conversion times by outcome, when the context has a meter registry (watch --http-port). */
    private MeterRegistry meters;

    /** A route over the standard pipeline, set up by plenary.max-bytes, plenary.akn-schema and plenary.set-aside.*. */
    public ConversionRoute() {
        this(settings -> Pipelines.standard(settings.maxBytes(), settings.schema(), settings.setAside()));
    }

    public ConversionRoute(Pipeline pipeline) {
        this(settings -> pipeline);
    }

    private ConversionRoute(java.util.function.Function<Settings, Pipeline> pipelineForSettings) {
        this.pipelineForSettings = pipelineForSettings;
    }

    @Override
    public void configure() {
        // doTry rather than onException: a handled onException would also end routing in the
        // calling route, and the watcher must still file the original after a failure.
        long maxBytes = Long.parseLong(getContext().resolvePropertyPlaceholders(
                "{{plenary.max-bytes:" + org.plenary.read.text.TextDecoder.DEFAULT_MAX_BYTES + "}}"));
        String schema = getContext().resolvePropertyPlaceholders("{{plenary.akn-schema:}}").strip();
        SetAsideBudget.Limits defaults = SetAsideBudget.Limits.DEFAULT;
        SetAsideBudget.Limits setAside = new SetAsideBudget.Limits(
                Integer.parseInt(getContext().resolvePropertyPlaceholders("{{plenary.set-aside.per-page:" + defaults.perPage() + "}}").strip()),
                Integer.parseInt(getContext().resolvePropertyPlaceholders("{{plenary.set-aside.fixed:" + defaults.fixed() + "}}").strip()));
        meters = meters(getContext()).orElse(null);
        Pipeline pipeline = pipelineForSettings.apply(new Settings(maxBytes, schema.isEmpty() ? null : java.nio.file.Path.of(schema), setAside));
        // An output that cannot be written is the machine's fault, not the document's: it reaches
        // the caller (the watcher keeps the original and retries; convert reports it), unlogged here.
        onException(OutputUnavailableException.class).handled(false).logExhausted(false).logStackTrace(false);
        budget = new TimeBudget(java.time.Duration.ofMillis(Long.parseLong(
                getContext().resolvePropertyPlaceholders("{{plenary.time-budget:" + TimeBudget.DEFAULT.toMillis() + "}}").strip())));
        try {
            getContext().addService(budget, true, true);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the time budget's threads: " + e.getMessage(), e);
        }
        TryDefinition conversion = from(ENDPOINT).routeId("convert").doTry();
        // Every stage but publishing runs within the document's time budget, the ones between two
        // writing stages as one step; publishing, which writes the outputs, is never cut off
        // half-way nor left running once the document failed.
        java.util.List<Stage> bounded = new java.util.ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            if (stage instanceof org.plenary.publish.PublishStage) {
                boundedStep(conversion, bounded);
                bounded = new java.util.ArrayList<>();
                conversion.process(exchange -> budget.runUnbounded(exchange.getIn().getBody(DocumentJob.class), stage)).id(stage.name());
            } else {
                bounded.add(stage);
            }
        }
        boundedStep(conversion, bounded);
        conversion.process(this::converted).id("outcome")
                .doCatch(Exception.class).process(this::failed).id("failure")
                .end();
    }

    /** One step for the stages, named after them ("read-source..render"), run within the time budget. */
    private void boundedStep(TryDefinition conversion, java.util.List<Stage> stages) {
        if (stages.isEmpty()) {
            return;
        }
        java.util.List<Stage> group = java.util.List.copyOf(stages);
        conversion.process(exchange -> budget.run(exchange.getIn().getBody(DocumentJob.class), group))
                .id(group.get(0).name() + ".." + group.get(group.size() - 1).name());
    }

    /** The Micrometer registry that metrics are served from, if any (Camel's name for it: metricsRegistry). */
    static java.util.Optional<MeterRegistry> meters(org.apache.camel.CamelContext camel) {
        return java.util.Optional.ofNullable(camel.getRegistry().lookupByNameAndType("metricsRegistry", MeterRegistry.class));
    }

    /** Prometheus' plenary_conversion_seconds{outcome="converted|failed"}: from the file read to its outcome. */
    private void time(DocumentJob job, String outcome, long nanos) {
        if (meters != null) {
            Timer.builder("plenary.conversion").description("Time to convert one document, from its bytes to its outputs or error report")
                    .tag("outcome", outcome).register(meters).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private void converted(Exchange exchange) {
        DocumentJob job = exchange.getIn().getBody(DocumentJob.class);
        long nanos = System.nanoTime() - job.startedNanos();
        time(job, "converted", nanos);
        long ms = nanos / 1_000_000;
        // The watcher's log tells each document; convert tells its own run (a progress line, each
        // failure, the totals), so its lines per document are at debug level.
        org.slf4j.event.Level level = job.origin() == Origin.WATCHED_FOLDER ? org.slf4j.event.Level.INFO : org.slf4j.event.Level.DEBUG;
        if (job.aknInput()) {
            LOG.atLevel(level).log("rendered {} form=akoma-ntoso schema-problems={} warnings={} ms={}", FiledNames.printable(job.fileName()),
                    job.inputProblems().size(), job.warnings().size(), ms);
        } else {
            var r = job.resolution();
            LOG.atLevel(level).log("converted {} form={} preamble={} operative={} notes={} warnings={} ms={}", FiledNames.printable(job.fileName()),
                    job.laidOut().form().label(), r.preamble().size(), r.operative().size(), r.notes().size(),
                    job.warnings().size(), ms);
        }
        // Every repair and doubtful decision is logged, as it is recorded in the outputs; the lines
        // are made only when they are written (a long document may hold tens of thousands).
        if (LOG.isEnabledForLevel(level)) {
            job.warnings().forEach(w -> LOG.atLevel(level).log("  {}:{}: {} [{}]", FiledNames.printable(job.fileName()), w.line(),
                    FiledNames.printableLine(w.message()), w.code()));
        }
        exchange.setProperty(Outcome.PROPERTY, new Outcome(job.fileName(), true, null,
                job.warnings().stream().map(org.plenary.pipeline.Warning::code).toList()));
        exchange.setProperty(Outcome.FOLDER_PROPERTY, "done");
    }

    private void failed(Exchange exchange) {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (error instanceof OutputUnavailableException unavailable) {
            throw unavailable;
        }
        DocumentJob job = exchange.getIn().getBody(DocumentJob.class);
        String name = job != null ? job.fileName() : exchange.getIn().getHeader(Exchange.FILE_NAME, "unknown", String.class);
        Origin origin = job != null ? job.origin() : Origin.WATCHED_FOLDER;
        String report = ErrorReport.of(name, error, origin);
        if (job != null) {
            org.plenary.publish.PublishedCollection collection = org.plenary.publish.PublishedCollection.of(job.outputDir());
            collection.open(); // before the report is written, which it would take for a stray otherwise
            writer.writeError(job.outputDir(), FiledNames.errorStem(job.baseName()), report);
            collection.failed(job.baseName(), report);
            time(job, "failed", System.nanoTime() - job.startedNanos());
        }
        // Each failure is told once: the watcher's user reads it in the log, convert prints the report
        // itself (its log has the line at debug level).
        String line = FiledNames.printableLine(report.lines().findFirst().orElse(""));
        if (origin == Origin.WATCHED_FOLDER) {
            LOG.warn("failed {}: {}", FiledNames.printable(name), line);
        } else {
            LOG.debug("failed {}: {}", FiledNames.printable(name), line);
        }
        if (!(error instanceof org.plenary.pipeline.ConversionException)) {
            LOG.debug("cause", error);
        }
        exchange.setProperty(Outcome.PROPERTY, new Outcome(name, false, report));
        exchange.setProperty(Outcome.FOLDER_PROPERTY, "failed");
    }
}
