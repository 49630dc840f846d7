package nl.werkplein.platform.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one rule for per-caller limits (RateLimitConfig): a request to an operation a limit counts takes
 * a token from the caller's bucket (RateLimits); none left is 429 problem+json with Retry-After, before
 * the body is read. The caller is the token's subject (a partner's is its partner id), else the client
 * address; a subject may have its own numbers under a limit (RateLimitRule). Runs after
 * authentication, so an anonymous or refused call spends nobody's tokens.
 */
@ApplicationScoped
public class RateLimitFilter {

    // looked up per request, not at creation: filters may be built before the runtime config mappings exist
    @Inject
    Instance<RateLimitConfig> configs;
    @Inject
    Instance<SecurityIdentity> identities;
    @Inject
    Instance<Clock> clocks;

    private volatile RateLimitConfig config;
    private volatile RateLimits buckets;
    /** Per resource method: the limit that counts it, or "" (computed once). */
    private final Map<Method, String> limitOf = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext request, SimpleResourceInfo resource, HttpServerRequest http) {
        if (this.config == null) {
            this.config = configs.get();
        }
        RateLimitConfig config = this.config;
        if (!config.enabled() || resource == null || resource.getResourceClass() == null) {
            return Optional.empty();
        }
        Method method = method(resource);
        if (method == null) {
            return Optional.empty();
        }
        String name = limitOf.computeIfAbsent(method, m -> find(config, request.getMethod(), m));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String caller = caller(http);
        RateLimitRule limit = RateLimitRule.of(config.limits().get(name), caller); // the caller's own numbers, if configured
        RateLimits.Decision decision = buckets(config).take(name, limit.bucket(), caller, clocks.get().millis());
        if (decision.allowed()) {
            return Optional.empty();
        }
        Problem problem = Problem.of(429, "Te veel verzoeken", "U heeft de grens van " + limit.requests() + " verzoeken per "
                + describe(limit.period()) + " bereikt; probeer het over " + decision.retryAfterSeconds() + " seconden opnieuw.")
                .at(request.getUriInfo().getPath());
        return Optional.of(Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", decision.retryAfterSeconds())
                .entity(problem).build());
    }

    private RateLimits buckets(RateLimitConfig config) {
        RateLimits b = buckets;
        if (b == null) {
            synchronized (this) {
                if (buckets == null) {
                    buckets = new RateLimits(config.maxCallers());
                }
                b = buckets;
            }
        }
        return b;
    }

    private String caller(HttpServerRequest http) {
        SecurityIdentity identity = identities.get();
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() != null) {
            return RateLimitRule.SUBJECT + identity.getPrincipal().getName();
        }
        return "adres:" + (http.remoteAddress() == null ? "onbekend" : http.remoteAddress().hostAddress());
    }

    private static String find(RateLimitConfig config, String httpMethod, Method method) {
        String operation = httpMethod(method, httpMethod) + " " + template(method);
        for (Map.Entry<String, RateLimitConfig.Limit> limit : config.limits().entrySet()) {
            if (limit.getValue().enabled() && limit.getValue().operations().orElse(java.util.List.of()).stream()
                    .anyMatch(o -> RateLimitOperations.same(o, operation))) {
                return limit.getKey();
            }
        }
        return "";
    }

    private static String httpMethod(Method method, String fallback) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return fallback;
    }

    private static String template(Method method) {
        Path type = method.getDeclaringClass().getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        return RateLimitOperations.join(type == null ? "" : type.value(), own == null ? "" : own.value());
    }

    private static Method method(SimpleResourceInfo resource) {
        try {
            return resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
        } catch (NoSuchMethodException e) {
            for (Method m : resource.getResourceClass().getMethods()) {
                if (m.getName().equals(resource.getMethodName())) {
                    return m;
                }
            }
            return null;
        }
    }

    private static String describe(java.time.Duration period) {
        if (period.toHours() >= 1 && period.toMinutesPart() == 0 && period.toSecondsPart() == 0) {
            return period.toHours() == 1 ? "uur" : period.toHours() + " uur";
        }
        if (period.toMinutes() >= 1 && period.toSecondsPart() == 0) {
            return period.toMinutes() == 1 ? "minuut" : period.toMinutes() + " minuten";
        }
        return period.toSeconds() + " seconden";
    }
}
