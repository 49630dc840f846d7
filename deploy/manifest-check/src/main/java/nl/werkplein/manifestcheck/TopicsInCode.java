package nl.werkplein.manifestcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every service of the repository (a module with src/main/resources/application.properties beside the
 * platform) and the topics their code and configuration use: produced, consumed (pattern channels
 * resolved against what the others produce), dead letters and the outbox progress topics.
 */
public record TopicsInCode(PlatformCode platform, Map<String, ServiceCode> services) {

    public static TopicsInCode read(Path root) {
        PlatformCode platform = PlatformCode.read(root.resolve("platform"));
        List<Path> modules;
        try (Stream<Path> s = Files.list(root)) {
            modules = s.filter(p -> Files.exists(p.resolve("src/main/resources/application.properties")))
                    .filter(p -> Files.exists(p.resolve("pom.xml")) && !p.getFileName().toString().equals("platform"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // first what everyone produces, so pattern channels can be resolved against it
        Set<String> produced = new TreeSet<>();
        for (Path m : modules) {
            produced.addAll(ServiceCode.read(m, platform, Set.of()).produces());
        }
        Map<String, ServiceCode> services = new LinkedHashMap<>();
        for (Path m : modules) {
            ServiceCode s = ServiceCode.read(m, platform, produced);
            services.put(s.name(), s);
        }
        return new TopicsInCode(platform, services);
    }

    public Set<String> all() {
        Set<String> all = new TreeSet<>();
        services.values().forEach(s -> all.addAll(s.usedTopics()));
        return all;
    }

    public Optional<ServiceCode> service(String name) {
        return Optional.ofNullable(services.get(name));
    }

    public Properties properties(String service) {
        return services.get(service).properties();
    }
}
