package nl.werkplein.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/**
 * A client that accepts only application/problem+json (what OpenAPI Generator sends when an
 * operation's success has no content of its own) can still be answered: our problem+json is JSON,
 * and so is every success answer. Without this, RESTEasy matches the resource's
 * {@code @Produces(application/json)} against that Accept, finds nothing and answers 406 before
 * the request is even validated. So such an Accept also accepts application/json, at a lower
 * weight; 406 stays for clients that accept nothing we serve (e.g. only image/png).
 */
@Provider
@PreMatching
public class ProblemAccept implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = String.join(",", request.getHeaders().getOrDefault(HttpHeaders.ACCEPT, java.util.List.of()));
        String widened = widen(accept);
        if (!widened.equals(accept)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, widened);
        }
    }

    /** The Accept header as it should be matched; unchanged unless it names problem+json and no JSON. */
    static String widen(String accept) {
        if (accept == null || accept.isBlank()) {
            return accept == null ? "" : accept;
        }
        boolean problem = false;
        for (String range : accept.split(",")) {
            String type = range.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (type.equals("application/json") || type.equals("application/*") || type.equals("*/*")) {
                return accept;
            }
            problem |= type.equals(Problem.MEDIA_TYPE);
        }
        return problem ? accept + ", application/json;q=0.9" : accept;
    }
}
