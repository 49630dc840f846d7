package nl.werkplein.screening.herscreening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/herscreeningen")
@Tag(name = "Herscreening", description = "Het zittende bestand in fasen opnieuw screenen, per import")
@Produces(MediaType.APPLICATION_JSON)
public class HerscreeningResource {

    @Schema(name = "Herscreening", description = "Voortgang van de herscreening van één import van bestandsklanten")
    public record Voortgang(UUID importId,
                            @Schema(description = "Klanten uit deze import") long klanten,
                            @Schema(description = "Uitgenodigd voor de Entreevragenlijst: intake meldde de uitnodiging verzonden") long uitgenodigd,
                            @Schema(description = "Uitnodiging gevraagd, nog geen bericht van intake of zij verzonden is") long uitnodigingGevraagd,
                            @Schema(description = "Uitnodiging kon niet worden verzonden (zie niet-verzonden): een consulent pakt dit op") long nietVerzonden,
                            @Schema(description = "Entreevragenlijst ingevuld") long beantwoord,
                            @Schema(description = "Doorgeleid naar een lijn") long doorgeleid,
                            @Schema(description = "Nog in een lopend traject: uitgenodigd na afloop") long wachtOpTraject,
                            @Schema(description = "Nog uit te nodigen in een volgende week") long nogUitTeNodigen) {
    }

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Voortgang per import", description = "Nieuwste import eerst.")
    @Transactional
    public Page<Voortgang> lijst(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        @SuppressWarnings("unchecked")
        List<UUID> imports = em.createNativeQuery("""
                        SELECT import_id FROM klant WHERE import_id IS NOT NULL
                         GROUP BY import_id ORDER BY max(aangemeld_op) DESC, import_id LIMIT ?1 OFFSET ?2""")
                .setParameter(1, paging.size()).setParameter(2, paging.offset()).getResultList();
        long totaal = ((Number) em.createNativeQuery("SELECT count(DISTINCT import_id) FROM klant WHERE import_id IS NOT NULL")
                .getSingleResult()).longValue();
        return new Page<>(imports.stream().map(this::voortgang).toList(), paging.page(), paging.size(), totaal);
    }

    @GET
    @Path("/{importId}")
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Voortgang van één import", description = "Uitgenodigd, beantwoord, doorgeleid; 404 voor een onbekende import.")
    @Transactional
    public Voortgang een(@PathParam("importId") UUID importId) {
        Voortgang v = voortgang(importId);
        if (v.klanten() == 0) {
            throw ProblemException.notFound("Import " + importId);
        }
        return v;
    }

    @Schema(name = "NietVerzondenUitnodiging", description = "Een uitnodiging voor de herscreening die intake niet kon verzenden")
    public record NietVerzonden(UUID klantId, UUID berichtId, OffsetDateTime uitgenodigdOp,
                                @Schema(description = "De reden van intake, bijvoorbeeld GEEN_EMAILADRES of ONBEKENDE_KLANT") String reden,
                                OffsetDateTime gemeldOp) {
    }

    @GET
    @Path("/{importId}/niet-verzonden")
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Niet verzonden uitnodigingen van één import",
            description = "De planner nodigt deze klanten niet opnieuw uit: een consulent neemt contact op. 404 voor een onbekende import.")
    @Transactional
    public Page<NietVerzonden> nietVerzonden(@PathParam("importId") UUID importId, @QueryParam("page") Integer page,
                                             @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        if (voortgang(importId).klanten() == 0) {
            throw ProblemException.notFound("Import " + importId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT klant_id, bericht_id, uitgenodigd_op, niet_verzonden_reden, niet_verzonden_op FROM herscreening_uitnodiging
                         WHERE import_id = ?1 AND status = 'NIET_VERZONDEN' ORDER BY niet_verzonden_op, klant_id LIMIT ?2 OFFSET ?3""")
                .setParameter(1, importId).setParameter(2, paging.size()).setParameter(3, paging.offset()).getResultList();
        long totaal = ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM herscreening_uitnodiging WHERE import_id = ?1 AND status = 'NIET_VERZONDEN'")
                .setParameter(1, importId).getSingleResult()).longValue();
        List<NietVerzonden> items = rijen.stream()
                .map(r -> new NietVerzonden((UUID) r[0], (UUID) r[1], tijdstip(r[2]), (String) r[3], tijdstip(r[4]))).toList();
        items.forEach(i -> audit.record(AuditLog.Actie.RAADPLEGEN, "herscreening-uitnodiging", i.berichtId(), i.klantId(),
                "niet verzonden uitnodigingen inzien"));
        return new Page<>(items, paging.page(), paging.size(), totaal);
    }

    private static OffsetDateTime tijdstip(Object o) {
        if (o == null || o instanceof OffsetDateTime) {
            return (OffsetDateTime) o;
        }
        java.time.Instant moment = o instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) o;
        return moment.atZone(nl.werkplein.platform.time.ClockProducer.AMSTERDAM).toOffsetDateTime();
    }

    private Voortgang voortgang(UUID importId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT count(*),
                               count(*) FILTER (WHERE u.status = 'VERZONDEN'),
                               count(*) FILTER (WHERE u.status = 'VERZOCHT'),
                               count(*) FILTER (WHERE u.status = 'NIET_VERZONDEN'),
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM beoordeling b WHERE b.klant_id = k.klant_id)),
                               count(*) FILTER (WHERE i.doorgeleid),
                               count(*) FILTER (WHERE u.klant_id IS NULL AND k.lopend_traject_tot >= ?2 AND NOT k.uitgestroomd AND k.cyclus_einde IS NULL),
                               count(*) FILTER (WHERE u.klant_id IS NULL AND (k.lopend_traject_tot IS NULL OR k.lopend_traject_tot < ?2)
                                                  AND NOT k.uitgestroomd AND k.cyclus_einde IS NULL AND (i.lijn IS NULL)
                                                  AND NOT EXISTS (SELECT 1 FROM beoordeling b WHERE b.klant_id = k.klant_id))
                          FROM klant k
                          LEFT JOIN herscreening_uitnodiging u ON u.klant_id = k.klant_id
                          LEFT JOIN indeling i ON i.klant_id = k.klant_id
                         WHERE k.import_id = ?1""")
                .setParameter(1, importId).setParameter(2, LocalDate.now(clock)).getSingleResult();
        return new Voortgang(importId, n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]));
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
