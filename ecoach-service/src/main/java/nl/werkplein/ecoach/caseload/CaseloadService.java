package nl.werkplein.ecoach.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import nl.werkplein.ecoach.traject.EvaluatieStatus;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Monitoring the job-search effort remotely (domain.md 3.2): per client of the caseload the activities
 * of the last weeks against the norm; who falls behind is flagged. A trajectory younger than the
 * period is held to the norm of the whole weeks it has run.
 */
@ApplicationScoped
public class CaseloadService {

    @Inject
    EntityManager em;
    @Inject
    MonitoringConfig config;
    @Inject
    Clock clock;

    @Schema(name = "CaseloadKlant")
    public record CaseloadKlant(
            @Schema(description = "De klant (pseudoniem)") UUID klantId,
            UUID trajectId,
            @Schema(format = "date") LocalDate startdatum,
            @Schema(description = "Sollicitatieactiviteiten in de afgelopen weken") long activiteiten,
            @Schema(description = "Het aantal dat de norm over die weken vraagt") long norm,
            @Schema(description = "Minder activiteiten dan de norm") boolean achterstand,
            @Schema(format = "date") LocalDate evaluatieGeplandOp,
            @Schema(description = "De evaluatie is aan de beurt") boolean evaluatieNodig,
            @Schema(description = "Datum van de voorlichting; null zolang geen sessie plaats heeft", format = "date")
            LocalDate voorlichtingDatum) {
    }

    public Page<CaseloadKlant> caseload(UUID ecoachId, Boolean alleenAchterstand, PageRequest paging) {
        LocalDate vandaag = LocalDate.now(clock);
        String basis = """
                SELECT t.klant_id, t.id AS traject_id, t.startdatum, t.evaluatie_gepland_op, t.evaluatie_status,
                       v.datum AS voorlichting_datum,
                       (SELECT count(*) FROM activiteit a
                         WHERE a.klant_id = t.klant_id AND a.datum > :vanaf AND a.datum <= :vandaag) AS aantal,
                       :perWeek * LEAST(:weken, GREATEST(0, (CAST(:vandaag AS date) - t.startdatum) / 7)) AS norm
                  FROM traject t LEFT JOIN voorlichting v ON v.id = t.voorlichting_id
                 WHERE t.ecoach_id = :ecoach AND t.status = 'ACTIEF'""";
        String filter = Boolean.TRUE.equals(alleenAchterstand) ? " WHERE c.aantal < c.norm"
                : Boolean.FALSE.equals(alleenAchterstand) ? " WHERE c.aantal >= c.norm" : "";
        Query lijst = em.createNativeQuery("SELECT * FROM (" + basis + ") c" + filter
                + " ORDER BY (c.evaluatie_status = 'NODIG') DESC, (c.aantal < c.norm) DESC, c.startdatum, c.klant_id"
                + " LIMIT :limit OFFSET :offset");
        Query telling = em.createNativeQuery("SELECT count(*) FROM (" + basis + ") c" + filter);
        for (Query q : List.of(lijst, telling)) {
            q.setParameter("vanaf", Date.valueOf(vandaag.minusWeeks(config.weken())))
                    .setParameter("vandaag", Date.valueOf(vandaag))
                    .setParameter("perWeek", config.activiteitenPerWeek())
                    .setParameter("weken", config.weken())
                    .setParameter("ecoach", ecoachId);
        }
        lijst.setParameter("limit", paging.size()).setParameter("offset", paging.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = lijst.getResultList();
        long totaal = ((Number) telling.getSingleResult()).longValue();
        List<CaseloadKlant> items = rijen.stream().map(r -> {
            long aantal = ((Number) r[6]).longValue();
            long norm = ((Number) r[7]).longValue();
            return new CaseloadKlant((UUID) r[0], (UUID) r[1], datum(r[2]), aantal, norm, aantal < norm, datum(r[3]),
                    EvaluatieStatus.NODIG.name().equals(r[4]), datum(r[5]));
        }).toList();
        return new Page<>(items, paging.page(), paging.size(), totaal);
    }

    private static LocalDate datum(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
