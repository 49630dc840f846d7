package nl.werkplein.manifestcheck;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rule: every environment variable a service's Deployment sets (its env and the ConfigMaps it takes
 * with envFrom) is a configuration property of that service. SmallRye maps a property to a variable
 * by upper-casing it and turning every other character into '_'; a variable is a property when it is
 * the name of one the service has (application.properties, the platform's defaults, the
 * {@code @ConfigMapping} and {@code @ConfigProperty} names of the service and the platform), or starts
 * with a framework prefix whose properties the extensions define (QUARKUS_, MP_JWT_, MP_MESSAGING_,
 * KAFKA_ for the Kafka connector's defaults), or is one of the variables the JVM itself reads.
 */
public final class EnvVarsAreProperties {

    static final List<String> FRAMEWORK_PREFIXES = List.of("QUARKUS_", "MP_JWT_", "MP_MESSAGING_", "MP_OPENAPI_", "KAFKA_", "SMALLRYE_");
    static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "TZ");

    private EnvVarsAreProperties() {
    }

    public static String envName(String property) {
        return property.replace("\"", "").replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    public static boolean isProperty(String variable, ServiceCode service) {
        if (JVM_VARIABLES.contains(variable) || FRAMEWORK_PREFIXES.stream().anyMatch(variable::startsWith)) {
            return true;
        }
        for (String p : service.propertyNames()) {
            if (envName(p).equals(variable)) {
                return true;
            }
        }
        for (String map : service.mapPrefixes()) {
            if (variable.startsWith(envName(map) + "_")) {
                return true;
            }
        }
        return false;
    }

    public static List<String> check(List<Manifest> manifests, TopicsInCode code) {
        List<String> problems = new ArrayList<>();
        for (ServiceCode s : code.services().values()) {
            Optional<Manifest> d = ServiceDeployments.deployment(manifests, s.name());
            if (d.isEmpty()) {
                problems.add("service " + s.name() + " has no Deployment named " + s.name());
                continue;
            }
            JsonNode container = ServiceDeployments.container(d.get(), s.name());
            for (String variable : ServiceDeployments.environment(manifests, container).keySet()) {
                if (!isProperty(variable, s)) {
                    problems.add("Deployment " + s.name() + " sets " + variable + ", which is no configuration property of "
                            + s.name());
                }
            }
        }
        return problems;
    }

    /** The value a service's Deployment gives a variable (env or its ConfigMaps), if it sets one. */
    static Optional<String> value(List<Manifest> manifests, String service, String variable) {
        return ServiceDeployments.deployment(manifests, service)
                .map(d -> ServiceDeployments.environment(manifests, ServiceDeployments.container(d, service)).get(variable))
                .filter(v -> !v.startsWith("ref:"));
    }

    static Map<String, String> environment(List<Manifest> manifests, String service) {
        return ServiceDeployments.deployment(manifests, service)
                .map(d -> ServiceDeployments.environment(manifests, ServiceDeployments.container(d, service)))
                .orElse(Map.of());
    }
}
