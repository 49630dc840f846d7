package nl.werkplein.platform.api;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One rule for every endpoint that takes a body, before the body is bound: over the size limit is a
 * 413 problem+json (also for a chunked body, which the HTTP layer cannot measure up front); a missing
 * or {@code null} body is a 400 naming {@code body} (an endpoint that reads an optional body as text
 * may still get none); a NUL in any string is a 400 naming the field; an array longer than the
 * {@code @Size(max)} of its field (else {@link ApiLimits#maxArrayItems()}) or holding a {@code null} is a
 * 400 naming it (JsonBodyRules, CollectionLimits) — all before Jackson binds or Hibernate Validator runs.
 */
@Provider
public class BodyGuard implements ReaderInterceptor {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;
    /** Looked up at the first body: the provider is created before the runtime config mappings exist. */
    @Inject
    jakarta.enterprise.inject.Instance<ApiLimits> limits;

    /** Per body type (and the @Size on the body parameter itself): read once by reflection. */
    private final Map<List<Object>, CollectionLimits> collectionLimits = new ConcurrentHashMap<>();

    /** What is read at most before answering 413, so a client that sent a little too much still reads the answer. */
    static long hardLimit(long limit) {
        return limit + Math.min(limit * 3, 8L * 1024 * 1024);
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        long limit = maxBodySize.asLongValue();
        byte[] body = read(context.getInputStream(), limit);
        Class<?> type = context.getType();
        boolean optional = type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type);
        List<Problem.InvalidParam> faults = JsonBodyRules.check(body, !optional, limitsFor(context));
        if (!faults.isEmpty()) {
            throw ProblemException.invalid(faults);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private CollectionLimits limitsFor(ReaderInterceptorContext context) {
        Type type = context.getGenericType() != null ? context.getGenericType() : context.getType();
        Annotation[] annotations = context.getAnnotations() == null ? new Annotation[0] : context.getAnnotations();
        Size size = null;
        for (Annotation a : annotations) {
            if (a instanceof Size s) {
                size = s;
            }
        }
        return collectionLimits.computeIfAbsent(Arrays.asList(type, size == null ? "" : size),
                key -> CollectionLimits.of(type, null, annotations, limits.get().maxArrayItems()));
    }

    private static byte[] read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) != -1) {
            total += n;
            if (total > limit) {
                drain(in, hardLimit(limit) - total);
                throw new ProblemException(Problem.of(413, "Te groot", "De body is groter dan de " + limit
                        + " bytes die deze service aanneemt."));
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads (and drops) the rest of a too-large body up to a bound, so the answer reaches the client. */
    private static void drain(InputStream in, long budget) {
        byte[] skip = new byte[65536];
        try {
            while (budget > 0) {
                int n = in.read(skip);
                if (n < 0) {
                    return;
                }
                budget -= n;
            }
        } catch (IOException e) {
            // the client went away; the answer is best effort
        }
    }
}
