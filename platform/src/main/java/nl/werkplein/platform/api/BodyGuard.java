package nl.werkplein.platform.api;

import io.quarkus.runtime.configuration.MemorySize;
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
import java.util.List;
import java.util.Optional;

/**
 * One rule for every endpoint that takes a body, before the body is bound: over the size limit is a
 * 413 problem+json (also for a chunked body, which the HTTP layer cannot measure up front); a missing
 * or {@code null} body is a 400 naming {@code body} (an endpoint that reads an optional body as text
 * may still get none); a NUL in any string is a 400 naming the field (JsonBodyRules).
 */
@Provider
public class BodyGuard implements ReaderInterceptor {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

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
        Optional<Problem.InvalidParam> fault = JsonBodyRules.check(body, !optional);
        if (fault.isPresent()) {
            throw ProblemException.invalid(List.of(fault.get()));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
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
