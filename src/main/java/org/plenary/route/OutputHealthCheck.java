package org.plenary.route;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.impl.health.ConsumersHealthCheckRepository;
import org.apache.camel.impl.health.ContextHealthCheck;
import org.apache.camel.impl.health.RoutesHealthCheckRepository;

/**
 * Down when documents cannot be published: the output folder is not writable, or originals are
 * waiting in the input folder because their outputs could not be written. Read with Camel's
 * other checks (context, routes, the folder consumer) over JMX.
 */
public final class OutputHealthCheck extends AbstractHealthCheck {
    private final Path output;
    private final RetryBackoff backoff;

    public OutputHealthCheck(Path output, RetryBackoff backoff) {
        super("plenary", "output");
        this.output = output;
        this.backoff = backoff;
    }

    /** Registers this check with Camel's own (context, routes, consumers) where none are yet. */
    public static void install(CamelContext camel, OutputHealthCheck check) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(camel);
        if (registry == null) {
            return; // camel-health is not on the classpath
        }
        if (registry.getCheck("context").isEmpty()) {
            registry.register(new ContextHealthCheck());
            registry.register(new RoutesHealthCheckRepository());
            registry.register(new ConsumersHealthCheckRepository());
        }
        registry.register(check);
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Path folder = Files.exists(output) ? output : output.toAbsolutePath().getParent();
        boolean writable = folder != null && Files.isDirectory(folder) && Files.isWritable(folder);
        int waiting = backoff.waitingCount();
        builder.detail("output", output.toString()).detail("waiting", waiting);
        if (!writable) {
            builder.message("The output folder " + output + " cannot be written").down();
        } else if (waiting > 0) {
            builder.message(waiting + " documents wait for their outputs to be written").down();
        } else {
            builder.up();
        }
    }
}
