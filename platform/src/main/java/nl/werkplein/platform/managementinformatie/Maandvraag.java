package nl.werkplein.platform.managementinformatie;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.api.QueryParams;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * The request side of every monthly management-information endpoint, documented once: the months
 * {@code van}/{@code tot} ({@code JJJJ-MM}) and the Accept header that picks JSON or CSV. A resource
 * takes {@code @BeanParam Maandvraag vraag}, asks {@link #periode(Clock)} (400 problem+json naming
 * {@code van} or {@code tot}) and answers with {@link #antwoord}.
 */
public class Maandvraag {

    @Parameter(description = "Eerste maand (JJJJ-MM)", schema = @Schema(pattern = "^\\d{4}-\\d{2}$"), example = "2026-01")
    @QueryParam("van")
    public String van;

    @Parameter(description = "Laatste maand (JJJJ-MM), standaard deze maand", schema = @Schema(pattern = "^\\d{4}-\\d{2}$"), example = "2026-12")
    @QueryParam("tot")
    public String tot;

    // not a documented parameter: it only chooses between the two documented media types
    @Context
    public HttpHeaders headers;

    /** The months asked for, this month by {@code clock}; 400 naming the bad parameters. */
    public Maandperiode periode(Clock clock) {
        return Maandperiode.uit(van, tot, clock);
    }

    /**
     * The months asked for, with problems reported on {@code params} (null then), for an endpoint
     * that checks its own parameters too and reports them all in one 400.
     */
    public Maandperiode periode(QueryParams params, Clock clock) {
        return Maandperiode.van(params, van, tot, YearMonth.now(clock));
    }

    /** The overview as JSON, or its rows as CSV when asked (attachment {@code naam-JJJJ-MM-JJJJ-MM.csv}). */
    public <R extends Record> Response antwoord(String naam, Maandperiode periode, Object overzicht, Class<R> type, List<R> rijen) {
        return Csv.antwoord(headers, naam, periode, overzicht, type, rijen);
    }
}
