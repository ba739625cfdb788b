package org.plenary.render;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The one Saxon processor of the application, and the compiling of its stylesheets. Compiling
 * is most of a cold start, so the stylesheets a component needs are compiled side by side, one
 * thread each up to the number of cores; a processor (its configuration) is thread-safe.
 */
public final class Stylesheets {
    private static final Processor PROCESSOR = new Processor(false);

    static {
        PROCESSOR.registerExtensionFunction(new org.plenary.render.internal.FillLinesFunction());
        PROCESSOR.registerExtensionFunction(new org.plenary.render.internal.TextOfFunction());
        PROCESSOR.registerExtensionFunction(new org.plenary.render.internal.InlineTextFunction());
    }

    private Stylesheets() {
    }

    public static Processor processor() {
        return PROCESSOR;
    }

    /**
     * Starts compiling in the background and returns at once: the caller goes on with its own
     * start-up (JAXB, schemas, Camel) on the other core while Saxon initialises.
     */
    public static CompletableFuture<Map<String, XsltExecutable>> compileInBackground(String... resources) {
        return org.plenary.pipeline.InBackground.start("plenary-xslt-start", () -> compile(resources));
    }

    /** The result of a background compile, waiting for it if need be. */
    public static Map<String, XsltExecutable> await(CompletableFuture<Map<String, XsltExecutable>> compiling) {
        return org.plenary.pipeline.InBackground.await(compiling);
    }

    /** Compiles the given classpath resources, in parallel; the map keeps their order. */
    public static Map<String, XsltExecutable> compile(String... resources) {
        int threads = Math.max(1, Math.min(resources.length, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "plenary-xslt-compiler");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<XsltExecutable>> compiled = new ArrayList<>();
            for (String resource : resources) {
                compiled.add(pool.submit(() -> compile(resource)));
            }
            Map<String, XsltExecutable> result = new LinkedHashMap<>();
            for (int i = 0; i < resources.length; i++) {
                result.put(resources[i], compiled.get(i).get());
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while compiling the stylesheets", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    public static XsltExecutable compile(String resource) {
        URL url = Stylesheets.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Stylesheet " + resource + " is missing from the classpath");
        }
        try {
            return PROCESSOR.newXsltCompiler().compile(new StreamSource(url.openStream(), url.toURI().toString()));
        } catch (SaxonApiException | IOException | URISyntaxException e) {
            throw new IllegalStateException("Stylesheet " + resource + " does not compile: " + e.getMessage(), e);
        }
    }
}
