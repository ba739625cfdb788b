package org.plenary.cli;

import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.main.Main;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * Watch's optional HTTP endpoint: Camel's management server (camel-platform-http-main, on Vert.x)
 * serving Camel's health checks with ours at /observe/health, and at /observe/metrics Micrometer's
 * registry in Prometheus' text format: Plenary's documents and conversion times, Camel's routes and
 * exchanges, and the JVM (memory, garbage collection, threads, classes, processor, uptime).
 */
final class HttpEndpoint {
    /** The JVM's basics, as Micrometer's binders name them. */
    static final String JVM_BINDERS = "jvm-info,jvm-memory,jvm-gc,jvm-thread,class-loader,processor,uptime";

    private HttpEndpoint() {
    }

    static void enable(Main main, int port, String host) {
        main.addOverrideProperty("camel.management.enabled", "true");
        main.addOverrideProperty("camel.management.host", host);
        main.addOverrideProperty("camel.management.port", String.valueOf(port));
        main.addOverrideProperty("camel.management.health-check-enabled", "true");
        main.addOverrideProperty("camel.management.metrics-enabled", "true");
        main.addOverrideProperty("camel.metrics.enabled", "true");
        main.addOverrideProperty("camel.metrics.binders", JVM_BINDERS);
        // Bound before the routes are built, so that they find it and add Plenary's own meters to it.
        main.bind(MicrometerConstants.METRICS_REGISTRY_NAME, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }
}
