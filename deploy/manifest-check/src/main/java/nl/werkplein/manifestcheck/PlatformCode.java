package nl.werkplein.manifestcheck;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the shared platform library contributes to every service, read from its sources: its
 * configuration properties and mappings, the outbox relay's progress topic and transactional ids,
 * the dead-letter suffix, the default number of outbox buckets and the metrics it registers.
 */
public record PlatformCode(Set<String> propertyNames, Set<String> mapPrefixes, String progressTopicPrefix,
                           String progressTopicSuffix, String transactionalIdSuffix, String deadLetterSuffix,
                           int outboxBuckets, Set<String> metrics) {

    public String progressTopic(String service) {
        return progressTopicPrefix + service + progressTopicSuffix;
    }

    public static PlatformCode read(Path platform) {
        Set<String> names = new TreeSet<>();
        Set<String> maps = new TreeSet<>();
        Path config = platform.resolve("src/main/resources/META-INF/microprofile-config.properties");
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.stringPropertyNames().forEach(k -> names.add(ServiceCode.withoutProfile(k)));
        String sources = ServiceCode.javaSources(platform.resolve("src/main/java"));
        ConfigMappings.scan(sources, names, maps);
        ServiceCode.addAll(Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"").matcher(sources), names);
        ServiceCode.addAll(Pattern.compile("get(?:Optional)?Value\\(\\s*\"([a-z][a-z0-9.\\-]+)\"").matcher(sources), names);

        Matcher progress = Pattern.compile("String progressTopic\\(String service\\)\\s*\\{\\s*return\\s+\"([^\"]*)\"\\s*\\+\\s*service\\s*\\+\\s*\"([^\"]*)\"")
                .matcher(sources);
        if (!progress.find()) {
            throw new IllegalStateException("cannot find OutboxRelay.progressTopic(service) in the platform sources");
        }
        Matcher txId = Pattern.compile("TRANSACTIONAL_ID_CONFIG,\\s*service\\s*\\+\\s*\"([^\"]+)\"").matcher(sources);
        if (!txId.find()) {
            throw new IllegalStateException("cannot find the relay's transactional.id in the platform sources");
        }
        Matcher dlq = Pattern.compile("names\\.add\\(consumed\\s*\\+\\s*\"([^\"]+)\"\\)").matcher(sources);
        Matcher buckets = Pattern.compile("@WithDefault\\(\"(\\d+)\"\\)\\s*int buckets\\(\\)").matcher(sources);
        return new PlatformCode(names, maps, progress.group(1), progress.group(2), txId.group(1),
                dlq.find() ? dlq.group(1) : ".dlq", buckets.find() ? Integer.parseInt(buckets.group(1)) : 8,
                Metrics.registered(sources));
    }
}
