package nl.werkplein.employer.kandidaat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.employer.matching.Situatie;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/kandidaten")
@Tag(name = "Kandidaten", description = "Het kandidatenbeeld uit de gebeurtenissen van andere services, en het herbouwen ervan")
@Produces(MediaType.APPLICATION_JSON)
public class KandidaatResource {

    @Inject
    KandidatenHerbouw herbouw;
    @Inject
    KandidatenRegister register;
    @Inject
    AuditLog audit;

    @Schema(name = "Kandidaat", description = "Wat employer-service van een klant weet; geen BSN of naam")
    public record KandidaatResponse(
            UUID klantId,
            @Schema(description = "Doorgeleid door screening-service") boolean doorgeleid,
            @Schema(example = "ZELFDOENER") String lijn,
            @Schema(example = "WWB") String regeling,
            @Schema(description = "Pool volgens de poolregel; null als de klant geen kandidaat is", example = "BEMIDDELBAAR") String pool,
            @Schema(example = "PARTICIPATIEWET") Doelgroep doelgroep,
            Situatie situatie,
            @Schema(description = "Waarom deze pool (of geen)", example = "zelfdoener") String poolReden,
            @Schema(description = "Niet uitgestroomd, niet aan het werk, niet geplaatst") boolean beschikbaar,
            @Schema(example = "CENTRUM_VOOR_WERK") String koFase,
            @Schema(example = "MET_BEPERKTE_STEUN") String werkintake,
            Boolean onderWml,
            List<String> beroepscodes,
            List<String> vaardigheden,
            @Schema(example = "MBO2") String opleidingsniveau,
            Integer urenPerWeek,
            List<String> werkregio,
            @Schema(example = "9736") String postcode4,
            LocalDate beschikbaarPer,
            boolean geplaatst) {
    }

    @Schema(name = "Herbouw")
    public record HerbouwResponse(@Schema(description = "Records gelezen van offset 0 tot het einde") long gelezen,
                                  @Schema(description = "Daarvan toegepast") long verwerkt,
                                  @Schema(description = "Onleesbaar (staan ook op de dead-letter-topic)") long overgeslagen,
                                  @Schema(description = "Kandidaten in de index na het herbouwen") int kandidaten) {
    }

    @GET
    @Path("/{klantId}")
    @RolesAllowed({Roles.MATCHER, Roles.BEHEER})
    @Operation(summary = "Kandidaat raadplegen", description = "Het kandidatenbeeld, de pool en de doelgroep zoals de poolregel ze bepaalt.")
    @Transactional
    public KandidaatResponse raadplegen(@PathParam("klantId") UUID klantId) {
        Kandidaat k = Kandidaat.findById(klantId);
        if (k == null) {
            throw ProblemException.notFound("Kandidaat");
        }
        PoolEnDoelgroepRegel.Uitkomst u = PoolEnDoelgroepRegel.bepaal(k.feiten());
        boolean geplaatst = nl.werkplein.employer.plaatsing.Plaatsing.count("klantId", klantId) > 0;
        audit.record(AuditLog.Actie.RAADPLEGEN, "kandidaat", klantId, klantId, "kandidatenbeeld raadplegen");
        return new KandidaatResponse(k.klantId, k.doorgeleid, k.lijn, k.regeling, u.pool(), u.doelgroep(), u.situatie(), u.reden(),
                !k.uitgestroomd && !k.werkGevonden && !geplaatst, k.koFase, k.werkintake, k.onderWml,
                Kandidaat.lijst(k.beroepscodes, ","), Kandidaat.lijst(k.vaardigheden, "|"), k.opleidingsniveau, k.urenPerWeek,
                Kandidaat.lijst(k.werkregio, ","), k.postcode4, k.beschikbaarPer, geplaatst);
    }

    @POST
    @Path("/herbouw")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Kandidatenbeeld herbouwen", description = "Leegt het kandidatenbeeld en leest alle klantgebeurtenissen opnieuw vanaf offset 0, met dezelfde projectie.")
    public HerbouwResponse herbouw() {
        KandidatenHerbouw.Resultaat r = herbouw.herbouw();
        audit.record(AuditLog.Actie.WIJZIGEN, "kandidaten", null, null, "kandidatenbeeld herbouwd uit de topics");
        return new HerbouwResponse(r.gelezen(), r.verwerkt(), r.overgeslagen(), r.kandidaten());
    }
}
