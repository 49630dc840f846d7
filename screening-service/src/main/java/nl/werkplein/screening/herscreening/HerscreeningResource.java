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
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/herscreeningen")
@Tag(name = "Herscreening", description = "Het zittende bestand in fasen opnieuw screenen, per import")
@Produces(MediaType.APPLICATION_JSON)
public class HerscreeningResource {

    @Schema(name = "Herscreening", description = "Voortgang van de herscreening van één import van bestandsklanten")
    public record Voortgang(UUID importId,
                            @Schema(description = "Klanten uit deze import") long klanten,
                            @Schema(description = "Uitgenodigd voor de Entreevragenlijst") long uitgenodigd,
                            @Schema(description = "Entreevragenlijst ingevuld") long beantwoord,
                            @Schema(description = "Doorgeleid naar een lijn") long doorgeleid,
                            @Schema(description = "Nog in een lopend traject: uitgenodigd na afloop") long wachtOpTraject,
                            @Schema(description = "Nog uit te nodigen in een volgende week") long nogUitTeNodigen) {
    }

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

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

    private Voortgang voortgang(UUID importId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT count(*),
                               count(u.klant_id),
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM beoordeling b WHERE b.klant_id = k.klant_id)),
                               count(*) FILTER (WHERE i.doorgeleid),
                               count(*) FILTER (WHERE u.klant_id IS NULL AND k.lopend_traject_tot >= ?2 AND NOT k.uitgestroomd),
                               count(*) FILTER (WHERE u.klant_id IS NULL AND (k.lopend_traject_tot IS NULL OR k.lopend_traject_tot < ?2)
                                                  AND NOT k.uitgestroomd AND (i.lijn IS NULL)
                                                  AND NOT EXISTS (SELECT 1 FROM beoordeling b WHERE b.klant_id = k.klant_id))
                          FROM klant k
                          LEFT JOIN herscreening_uitnodiging u ON u.klant_id = k.klant_id
                          LEFT JOIN indeling i ON i.klant_id = k.klant_id
                         WHERE k.import_id = ?1""")
                .setParameter(1, importId).setParameter(2, LocalDate.now(clock)).getSingleResult();
        return new Voortgang(importId, n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]));
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
