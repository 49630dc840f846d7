package nl.werkplein.employer.managementinformatie;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.managementinformatie.Csv;
import nl.werkplein.platform.managementinformatie.Kengetallen;
import nl.werkplein.platform.managementinformatie.Maandperiode;
import nl.werkplein.platform.managementinformatie.ManagementinformatieProjectie.Herbouwresultaat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.TreeSet;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import nl.werkplein.platform.time.ClockProducer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Management information per pool and ISO week (Europe/Amsterdam): vacancies in (first offered or
 * registered), proposals, placements (by registration) and their outflow, full or partial, from this
 * service's tables; and, from the read model of its own placement events ({@link PlaatsingProjectie}),
 * outflow by kind of placement per month (domain.md §8). Aggregates only.
 */
@Path("/api/v1/managementinformatie")
@Tag(name = "Managementinformatie", description = "Per pool en ISO-week: vacatures, voorstellen, plaatsingen en uitstroom")
@Produces(MediaType.APPLICATION_JSON)
public class ManagementinformatieResource {

    static final int MAX_DAGEN = 731;

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Schema(name = "Managementinformatie")
    public record Overzicht(LocalDate van, LocalDate tot, List<Regel> regels) {
    }

    @Schema(name = "ManagementinformatieRegel", description = "Eén pool in één ISO-week")
    public record Regel(
            @Schema(example = "BEMIDDELBAAR") String pool,
            @Schema(description = "ISO-week", example = "2026-W09") String week,
            @Schema(description = "Vacatures binnengekomen") long vacaturesIn,
            @Schema(description = "Kandidaten voorgesteld") long voorstellen,
            @Schema(description = "Plaatsingen geregistreerd") long plaatsingen,
            @Schema(description = "Daarvan volledige uitstroom") long uitstroomVolledig,
            @Schema(description = "Daarvan gedeeltelijke uitstroom") long uitstroomGedeeltelijk) {
    }

    @GET
    @RolesAllowed({Roles.BEHEER, Roles.MATCHER, Roles.ACCOUNTMANAGER})
    @Operation(summary = "Managementinformatie per pool en week", description = "Standaard de laatste 12 weken tot en met vandaag; hoogstens twee jaar.")
    @Transactional
    public Overzicht overzicht(
            @Parameter(description = "Vanaf deze datum (inclusief)", schema = @Schema(format = "date")) @QueryParam("van") String vanParam,
            @Parameter(description = "Tot en met deze datum", schema = @Schema(format = "date")) @QueryParam("tot") String totParam,
            @Parameter(description = "Alleen deze pool", example = "BEMIDDELBAAR") @QueryParam("pool") String poolParam) {
        QueryParams params = new QueryParams();
        LocalDate tot = params.datum("tot", totParam);
        LocalDate van = params.datum("van", vanParam);
        params.check();
        tot = tot == null ? LocalDate.now(clock) : tot;
        van = van == null ? tot.minusWeeks(12).plusDays(1) : van;
        if (tot.isBefore(van)) {
            params.invalid("tot", "ligt voor van");
        } else if (ChronoUnit.DAYS.between(van, tot) > MAX_DAGEN) {
            params.invalid("van", "hoogstens twee jaar voor tot");
        }
        params.check();
        String pool = poolParam == null || poolParam.isBlank() ? null : poolParam.trim().toUpperCase(Locale.ROOT);
        OffsetDateTime begin = van.atStartOfDay(ClockProducer.AMSTERDAM).toOffsetDateTime();
        OffsetDateTime eind = tot.plusDays(1).atStartOfDay(ClockProducer.AMSTERDAM).toOffsetDateTime();

        Map<String, long[]> tellers = new TreeMap<>();
        tel(tellers, 0, """
                SELECT pool, to_char(aangeboden_op AT TIME ZONE 'Europe/Amsterdam', 'IYYY-"W"IW'), count(*), 0
                  FROM vacature WHERE aangeboden_op >= ?1 AND aangeboden_op < ?2 AND (?3 = '' OR pool = ?3) GROUP BY 1, 2""", begin, eind, pool);
        tel(tellers, 1, """
                SELECT v.pool, to_char(s.op AT TIME ZONE 'Europe/Amsterdam', 'IYYY-"W"IW'), count(*), 0
                  FROM voorstel s JOIN vacature v ON v.id = s.vacature_id
                 WHERE s.uitkomst = 'VOORGESTELD' AND s.op >= ?1 AND s.op < ?2 AND (?3 = '' OR v.pool = ?3) GROUP BY 1, 2""", begin, eind, pool);
        tel(tellers, 2, """
                SELECT pool, to_char(geregistreerd_op AT TIME ZONE 'Europe/Amsterdam', 'IYYY-"W"IW'), count(*),
                       count(*) FILTER (WHERE uitstroom = 'VOLLEDIG')
                  FROM plaatsing WHERE geregistreerd_op >= ?1 AND geregistreerd_op < ?2 AND (?3 = '' OR pool = ?3) GROUP BY 1, 2""", begin, eind, pool);
        List<Regel> regels = new ArrayList<>();
        tellers.forEach((sleutel, t) -> {
            String[] delen = sleutel.split("\\|");
            regels.add(new Regel(delen[0], delen[1], t[0], t[1], t[2], t[3], t[2] - t[3]));
        });
        return new Overzicht(van, tot, regels);
    }

    private void tel(Map<String, long[]> tellers, int kolom, String sql, OffsetDateTime begin, OffsetDateTime eind, String pool) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery(sql).setParameter(1, begin).setParameter(2, eind)
                .setParameter(3, pool == null ? "" : pool).getResultList();
        for (Object[] r : rijen) {
            long[] t = tellers.computeIfAbsent(r[0] + "|" + r[1], k -> new long[4]);
            t[kolom] = ((Number) r[2]).longValue();
            if (kolom == 2) {
                t[3] = ((Number) r[3]).longValue();
            }
        }
    }

    static final List<String> SOORTEN = List.of("BAAN", "WERKLEERPLEK", "DETACHERING", "OPLEIDINGSPLAATS");

    @Inject
    Kengetallen kengetallen;
    @Inject
    PlaatsingProjectie projectie;

    @Schema(name = "UitstroomPerSoort")
    public record UitstroomOverzicht(
            @Schema(description = "Eerste maand (JJJJ-MM)", example = "2026-01", required = true) String van,
            @Schema(description = "Laatste maand (JJJJ-MM)", example = "2026-12", required = true) String tot,
            @Schema(required = true) List<UitstroomRegel> regels) {
    }

    @Schema(name = "UitstroomPerSoortRegel", description = "Eén soort plaatsing in één maand")
    public record UitstroomRegel(
            @Schema(description = "JJJJ-MM", example = "2026-03", required = true) String maand,
            @Schema(example = "BAAN", required = true) String soort,
            @Schema(description = "Plaatsingen gestart (maand van de startdatum)", required = true) long plaatsingen,
            @Schema(description = "Daarvan met volledige uitstroom uit de uitkering", required = true) long uitstroomVolledig,
            @Schema(description = "Daarvan met gedeeltelijke uitstroom", required = true) long uitstroomGedeeltelijk,
            @Schema(description = "Plaatsingen afgerond (maand van de einddatum)", required = true) long afgerond,
            @Schema(description = "Plaatsingen afgebroken door werkgever of klant", required = true) long afgebroken) {
    }

    @GET
    @Path("/uitstroom-per-soort")
    @Produces({MediaType.APPLICATION_JSON, Csv.TEXT_CSV})
    @RolesAllowed({Roles.BEHEER, Roles.MATCHER, Roles.ACCOUNTMANAGER})
    @Operation(summary = "Uitstroom per soort plaatsing per maand", description = "Plaatsingen per soort (BAAN, WERKLEERPLEK, DETACHERING, "
            + "OPLEIDINGSPLAATS) en hun uitstroom, en beëindigde plaatsingen. Standaard de laatste 12 maanden; hoogstens 60. "
            + "Met Accept: text/csv de regels als CSV (puntkomma, kopregel).")
    @APIResponse(responseCode = "200", description = "Eén regel per maand en soort", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UitstroomOverzicht.class)),
            @Content(mediaType = Csv.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response uitstroomPerSoort(
            @Parameter(description = "Eerste maand (JJJJ-MM)", schema = @Schema(pattern = "^\\d{4}-\\d{2}$"), example = "2026-01") @QueryParam("van") String van,
            @Parameter(description = "Laatste maand (JJJJ-MM), standaard deze maand", schema = @Schema(pattern = "^\\d{4}-\\d{2}$"), example = "2026-12") @QueryParam("tot") String tot,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        Maandperiode periode = Maandperiode.van(params, van, tot, YearMonth.now(clock));
        params.check();
        Map<String, Long> tellers = new HashMap<>();
        TreeSet<String> soorten = new TreeSet<>(SOORTEN);
        for (Kengetallen.Waarde w : kengetallen.lees(List.of(PlaatsingProjectie.GEREALISEERD, PlaatsingProjectie.BEEINDIGD), periode.van(), periode.tot())) {
            String[] sleutel = w.sleutel().split("\\|", 2);
            soorten.add(sleutel[0]);
            tellers.merge(w.meting() + "|" + w.maand() + "|" + w.sleutel(), w.waarde(), Long::sum);
        }
        List<UitstroomRegel> regels = new ArrayList<>();
        for (YearMonth m : periode.maanden()) {
            for (String soort : soorten) {
                String g = PlaatsingProjectie.GEREALISEERD + "|" + m + "|" + soort + "|";
                String b = PlaatsingProjectie.BEEINDIGD + "|" + m + "|" + soort + "|";
                long volledig = tellers.getOrDefault(g + "VOLLEDIG", 0L);
                long gedeeltelijk = tellers.getOrDefault(g + "GEDEELTELIJK", 0L);
                regels.add(new UitstroomRegel(m.toString(), soort, volledig + gedeeltelijk, volledig, gedeeltelijk, tellers.getOrDefault(b + "AFGEROND", 0L),
                        tellers.getOrDefault(b + "AFGEBROKEN_WERKGEVER", 0L) + tellers.getOrDefault(b + "AFGEBROKEN_KLANT", 0L)));
            }
        }
        UitstroomOverzicht overzicht = new UitstroomOverzicht(periode.van().toString(), periode.tot().toString(), regels);
        return Csv.antwoord(headers, overzicht, UitstroomRegel.class, regels, "uitstroom-per-soort-" + periode.van() + "-" + periode.tot());
    }

    @POST
    @Path("/herbouw")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Managementinformatie herbouwen", description = "Leegt het leesmodel van de uitstroom per soort en leest "
            + "werkplein.employer.plaatsingen.v1 opnieuw vanaf offset 0, met dezelfde projectie.")
    @APIResponse(responseCode = "200", description = "Herbouwd",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Herbouwresultaat.class)))
    public Herbouwresultaat herbouw() {
        return projectie.herbouw();
    }
}
