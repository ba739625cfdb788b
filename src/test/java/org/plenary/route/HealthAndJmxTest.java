package org.plenary.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.SharedMaterial;

/** What an operator sees: Camel's health checks with ours, and route statistics over JMX. */
class HealthAndJmxTest {
    @TempDir
    Path work;

    @Test
    void healthAndStatisticsAreExposed() throws Exception {
        try (WatchedFolder folder = new WatchedFolder(work, Map.of()).start()) {
            folder.drop("res.txt", Files.readAllBytes(SharedMaterial.sample("A_RES_56_203.txt")));
            WatchedFolder.await(folder.done("res.txt"));

            org.apache.camel.health.HealthCheckRegistry.get(folder.camel()).setExposureLevel("full");
            Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(folder.camel());
            assertThat(results).extracting(r -> r.getCheck().getId()).contains("output", "context", "route:watch", "consumer:watch");
            assertThat(results).allSatisfy(r -> assertThat(r.getState()).as(r.getCheck().getId()).isEqualTo(HealthCheck.State.UP));

            MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
            Set<ObjectName> routes = jmx.queryNames(new ObjectName("org.apache.camel:type=routes,name=\"watch\",*"), null);
            assertThat(routes).hasSize(1);
            long completed = (Long) jmx.getAttribute(routes.iterator().next(), "ExchangesCompleted");
            assertThat(completed).isGreaterThanOrEqualTo(1);
            assertThat(jmx.queryNames(new ObjectName("org.apache.camel:type=health,*"), null)).isNotEmpty();

            // Outputs that cannot be written turn the output check down.
            Files.delete(folder.output.resolve("json").resolve("res.json"));
            deleteTree(folder.output.resolve("json"));
            Files.writeString(folder.output.resolve("json"), "in the way");
            folder.drop("again.txt", Files.readAllBytes(SharedMaterial.sample("A_RES_54_212.txt")));
            long deadline = System.nanoTime() + 20_000_000_000L;
            HealthCheck.State state = HealthCheck.State.UP;
            while (state == HealthCheck.State.UP && System.nanoTime() < deadline) {
                Thread.sleep(100);
                state = HealthCheckHelper.invoke(folder.camel()).stream().filter(r -> r.getCheck().getId().equals("output"))
                        .findFirst().orElseThrow().getState();
            }
            assertThat(state).isEqualTo(HealthCheck.State.DOWN);
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
