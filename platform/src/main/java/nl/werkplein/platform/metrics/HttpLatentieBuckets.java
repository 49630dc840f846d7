package nl.werkplein.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Request latency as a few fixed histogram buckets, so Prometheus can give p50/p99 per service
 * (the Grafana dashboard's latency panel, deploy/k8s): a handful of buckets rather than Micrometer's
 * full percentile histogram keeps the series per endpoint small.
 */
@Singleton
public class HttpLatentieBuckets {

    static final Duration[] GRENZEN = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500)};

    @Produces
    @Singleton
    public MeterFilter httpServerRequests() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!"http.server.requests".equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(java.util.Arrays.stream(GRENZEN).mapToDouble(d -> d.toNanos()).toArray())
                        .build()
                        .merge(config);
            }
        };
    }
}
