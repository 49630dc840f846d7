package nl.werkplein.ecoach.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import nl.werkplein.ecoach.traject.EvaluatieStatus;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The caseload as one set-based query: per running trajectory of the e-coach the activities dated in
 * (vanaf, vandaag] and the norm over the whole weeks it has run (at most {@code weken}). The rows are
 * mapped here; callers get {@link CaseloadKlant} records.
 */
@ApplicationScoped
public class CaseloadRepository {

    /** The norm: activities per week, over the last weeks (from MonitoringConfig). */
    public record Norm(int activiteitenPerWeek, int weken) {
    }

    @Inject
    EntityManager em;

    public Page<CaseloadKlant> caseload(UUID ecoachId, Boolean alleenAchterstand, LocalDate vandaag, Norm norm, PageRequest paging) {
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
            q.setParameter("vanaf", Date.valueOf(vandaag.minusWeeks(norm.weken())))
                    .setParameter("vandaag", Date.valueOf(vandaag))
                    .setParameter("perWeek", norm.activiteitenPerWeek())
                    .setParameter("weken", norm.weken())
                    .setParameter("ecoach", ecoachId);
        }
        lijst.setParameter("limit", paging.size()).setParameter("offset", paging.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = lijst.getResultList();
        long totaal = ((Number) telling.getSingleResult()).longValue();
        return new Page<>(rijen.stream().map(CaseloadRepository::klant).toList(), paging.page(), paging.size(), totaal);
    }

    private static CaseloadKlant klant(Object[] r) {
        long aantal = ((Number) r[6]).longValue();
        long norm = ((Number) r[7]).longValue();
        return new CaseloadKlant((UUID) r[0], (UUID) r[1], datum(r[2]), aantal, norm, aantal < norm, datum(r[3]),
                EvaluatieStatus.NODIG.name().equals(r[4]), datum(r[5]));
    }

    private static LocalDate datum(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
