package nl.werkplein.employer.managementinformatie;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
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
 * registered), proposals, placements (by registration) and their outflow, full or partial.
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
}
