package nl.werkplein.platform.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Every error leaves as application/problem+json: invalid input is 400 with all fields at once,
 * and nothing internal (class names, stack traces) reaches the caller.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> params = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            params.add(new Problem.InvalidParam(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        params.sort(Comparator.comparing(Problem.InvalidParam::name));
        return respond(Problem.invalid(params), uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class,
            JsonParseException.class, JsonMappingException.class})
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            String reason;
            if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
                reason = "moet een van " + Arrays.toString(format.getTargetType().getEnumConstants()) + " zijn";
            } else if (e instanceof UnrecognizedPropertyException) {
                reason = "onbekend veld";
            } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                reason = "verwacht " + describe(mismatch.getTargetType());
            } else {
                reason = "ongeldige waarde";
            }
            return respond(Problem.invalid(List.of(new Problem.InvalidParam(field, reason))), uri);
        }
        return respond(Problem.of(400, "Ongeldige invoer", "De body is geen geldige JSON."), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "Geen toegang", "Uw rol mag dit niet."), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return respond(Problem.of(status, "Interne fout", "Er ging iets mis aan onze kant."), uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Fout";
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, detailFor(status)).at(uri.getPath()));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseFailures.unavailable(e)) {
            // an outage, not a bug: the caller may retry, and no 500 (or false 409) is given
            LOG.warn("database unavailable: " + e);
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", retryAfterSeconds())
                    .entity(unavailableProblem().at(uri.getPath())).build();
        }
        LOG.error("unexpected error", e);
        return respond(Problem.of(500, "Interne fout", "Er ging iets mis aan onze kant; probeer het later opnieuw."), uri);
    }

    static Problem unavailableProblem() {
        return Problem.of(503, "Tijdelijk niet beschikbaar", "Een onderdeel van deze service is even niet bereikbaar; probeer het later opnieuw.");
    }

    private static String retryAfterSeconds() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("werkplein.api.limits.retry-after-seconds", String.class).orElse("5");
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(Problem.of(401, "Niet geauthenticeerd", "Een geldig bearer-token is nodig.").at(uri.getPath()))
                .build();
    }

    private static Response respond(Problem problem, UriInfo uri) {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.at(uri.getPath()));
        if (problem.status() == 413) {
            builder.header("Connection", "close"); // the rest of a too-large body is not read
        }
        return builder.build();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "Deze resource bestaat niet.";
            case 405 -> "Deze methode is hier niet toegestaan.";
            case 406 -> "Dit mediatype kan niet worden geleverd.";
            case 413 -> "De body is te groot.";
            case 415 -> "Dit mediatype wordt niet ondersteund; gebruik application/json.";
            default -> "Het verzoek kon niet worden verwerkt.";
        };
    }

    /** Drops the method and parameter nodes: {@code indienen.body.vacatures[3].postcode} → {@code vacatures[3].postcode}. */
    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                if (node.getIndex() != null) {
                    name.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    name.append('.').append(node.getKey());
                }
                continue;
            }
            if (node.getIndex() != null && name.length() > 0) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKey() != null && name.length() > 0) {
                name.append('.').append(node.getKey());
            }
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(node.getName());
        }
        return name.length() > 0 ? name.toString() : (parameter != null ? parameter : "body");
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                name.append('[').append(ref.getIndex()).append(']');
            }
        }
        return name.length() > 0 ? name.toString() : "body";
    }

    private static String describe(Class<?> type) {
        if (type == String.class) return "tekst";
        if (type == Boolean.class || type == boolean.class) return "true of false";
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) return "een getal";
        if (type == java.time.LocalDate.class) return "een datum (JJJJ-MM-DD)";
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) return "een lijst";
        return "een object";
    }
}
