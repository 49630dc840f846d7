package nl.werkplein.manifestcheck;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service's code and configuration say, read from its sources as text (the check depends on
 * no service build): its name and port, the topics it produces and consumes, its consumer groups and
 * transactional ids, and every configuration property it has.
 */
public record ServiceCode(String name, Path module, Properties properties, Set<String> propertyNames,
                          Set<String> mapPrefixes, Set<String> produces, Set<String> consumes,
                          List<Pattern> consumedPatterns, Set<String> deadLetters, Set<String> groups,
                          String transactionalIdPrefix, String progressTopic, int outboxBuckets, int httpPort) {

    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern OPTIONAL_VALUE = Pattern.compile("get(?:Optional)?Value\\(\\s*\"([a-z][a-z0-9.\\-]+)\"");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("String\\s+TOPIC\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern COMMENTED_PROPERTY = Pattern.compile("(?m)^#\\s*((?:werkplein|quarkus|mp|kafka)\\.[A-Za-z0-9.\\-\"]+)\\s*=");

    public Set<String> usedTopics() {
        Set<String> all = new TreeSet<>(produces);
        all.addAll(consumes);
        all.addAll(deadLetters);
        all.add(progressTopic);
        return all;
    }

    /** Reads a service module; {@code platform} is the shared library every service includes. */
    public static ServiceCode read(Path module, PlatformCode platform, Set<String> allProduced) {
        Properties props = new Properties();
        String propertiesText = text(module.resolve("src/main/resources/application.properties"));
        try (Reader r = Files.newBufferedReader(module.resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = props.getProperty("quarkus.application.name", module.getFileName().toString());

        Set<String> names = new TreeSet<>(platform.propertyNames());
        Set<String> mapPrefixes = new TreeSet<>(platform.mapPrefixes());
        for (String key : props.stringPropertyNames()) {
            names.add(withoutProfile(key));
        }
        Matcher commented = COMMENTED_PROPERTY.matcher(propertiesText);
        while (commented.find()) {
            names.add(commented.group(1));
        }
        String sources = javaSources(module.resolve("src/main/java"));
        ConfigMappings.scan(sources, names, mapPrefixes);
        addAll(CONFIG_PROPERTY.matcher(sources), names);
        addAll(OPTIONAL_VALUE.matcher(sources), names);

        Set<String> produces = new TreeSet<>(list(props, "werkplein.kafka.produces"));
        // topics the code appends to its outbox (TOPIC constants) are produced even when not listed
        Set<String> constants = new TreeSet<>();
        addAll(TOPIC_CONSTANT.matcher(sources), constants);
        produces.addAll(constants);
        // a service that routes to pool topics: werkplein.matching.<pool lower case>.v1 for each pool
        Matcher poolTopic = Pattern.compile("return\\s+\"([^\"]+)\"\\s*\\+\\s*pool\\.toLowerCase\\([^)]*\\)\\s*\\+\\s*\"([^\"]+)\"").matcher(sources);
        if (poolTopic.find()) {
            for (String pool : list(props, "werkplein.socialreturn.routering.pools")) {
                produces.add(poolTopic.group(1) + pool.toLowerCase(Locale.ROOT) + poolTopic.group(2));
            }
        }

        Set<String> consumes = new TreeSet<>(list(props, "werkplein.kafka.consumes"));
        List<Pattern> patterns = new ArrayList<>();
        Set<String> deadLetters = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        for (String channel : channels(props)) {
            String prefix = "mp.messaging.incoming." + channel + ".";
            String topic = props.getProperty(prefix + "topic", channel);
            if (Boolean.parseBoolean(props.getProperty(prefix + "pattern", "false"))) {
                Pattern p = Pattern.compile(topic);
                patterns.add(p);
                allProduced.stream().filter(t -> p.matcher(t).matches()).forEach(consumes::add);
            } else {
                consumes.add(topic);
            }
            groups.add(props.getProperty(prefix + "group.id", props.getProperty("kafka.group.id", name)));
            String dlq = props.getProperty(prefix + "dead-letter-queue.topic");
            if ("dead-letter-queue".equals(props.getProperty(prefix + "failure-strategy"))) {
                deadLetters.add(dlq != null ? dlq : "dead-letter-topic-" + channel);
            }
        }
        // TopicInitializer creates <topic>.dlq for every consumed topic, and the consumers write there
        consumes.forEach(t -> deadLetters.add(t + platform.deadLetterSuffix()));

        int buckets = Integer.parseInt(props.getProperty("werkplein.outbox.buckets", String.valueOf(platform.outboxBuckets())));
        int port = Integer.parseInt(props.getProperty("quarkus.http.port", "8080"));
        return new ServiceCode(name, module, props, names, mapPrefixes, produces, consumes, patterns, deadLetters, groups,
                name + platform.transactionalIdSuffix(), platform.progressTopic(name), buckets, port);
    }

    static Set<String> channels(Properties props) {
        Set<String> channels = new LinkedHashSet<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".connector")) {
                channels.add(key.substring("mp.messaging.incoming.".length(), key.length() - ".connector".length()));
            }
        }
        return channels;
    }

    static List<String> list(Properties props, String key) {
        String value = props.getProperty(key, "");
        List<String> result = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                result.add(part.trim());
            }
        }
        return result;
    }

    static String withoutProfile(String key) {
        return key.startsWith("%") && key.indexOf('.') > 0 ? key.substring(key.indexOf('.') + 1) : key;
    }

    static void addAll(Matcher m, Set<String> into) {
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All Java sources under a directory, one text (enough for the patterns above). */
    static String javaSources(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                all.append("\n// FILE ").append(f).append('\n').append(text(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
