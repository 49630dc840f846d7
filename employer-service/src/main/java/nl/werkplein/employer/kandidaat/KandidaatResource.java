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
import nl.werkplein.employer.plaatsing.Plaatsing;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
            @Schema(description = "De dienstverleningslijn; null tot een persoon besluit", example = "ZELFDOENER") String lijn,
            @Schema(example = "WWB") String regeling,
            @Schema(description = "Pool volgens de poolregel; null als de klant geen kandidaat is", example = "BEMIDDELBAAR") String pool,
            @Schema(example = "PARTICIPATIEWET") Doelgroep doelgroep,
            Situatie situatie,
            @Schema(description = "Waarom deze pool (of geen)", example = "zelfdoener") String poolReden,
            @Schema(description = "In een pool, niet uitgestroomd, niet aan het werk, geen lopende plaatsing") boolean beschikbaar,
            @Schema(description = "Waarom niet beschikbaar; null als beschikbaar", example = "lopende plaatsing") String nietBeschikbaarReden,
            @Schema(description = "Versie van de poolregel", example = "2") String regelVersie,
            @Schema(description = "De aanvraag van de huidige cyclus (de laatste doorgeleiding); null voor het bestaande bestand") UUID aanvraagId,
            @Schema(description = "De uitkering van de huidige cyclus is beëindigd") boolean uitkeringBeeindigd,
            @Schema(description = "Ingangsdatum van de laatste beëindiging (de laatste uitkeringsdag is de dag ervoor)") LocalDate beeindigdOp,
            @Schema(example = "WERK") String beeindigingReden,
            @Schema(example = "CENTRUM_VOOR_WERK") String koFase,
            @Schema(example = "MET_BEPERKTE_STEUN") String werkintake,
            @Schema(description = "Loonwaarde onder 100% WML (zoals gepubliceerd); zie loonkostensubsidie") Boolean onderWml,
            @Schema(description = "Komt in aanmerking voor loonkostensubsidie (loonwaarde onder 100% WML); bepaalt de doelgroep niet") Boolean loonkostensubsidie,
            @Schema(description = "UWV's doelgroepregister-indicatie zoals vastgelegd; null als niets vastgelegd") Doelgroepregister doelgroepregister,
            List<String> beroepscodes,
            List<String> vaardigheden,
            @Schema(example = "MBO2") String opleidingsniveau,
            Integer urenPerWeek,
            List<String> werkregio,
            @Schema(example = "9736") String postcode4,
            LocalDate beschikbaarPer,
            @Schema(description = "Heeft een lopende plaatsing") boolean geplaatst,
            @Schema(description = "De lopende plaatsing, als die er is") UUID lopendePlaatsingId,
            @Schema(description = "Wat er met de klant gebeurde: doorgeleidingen, lijnwijzigingen, afsluitingen, beëindigingen, oudste eerst") List<Gebeurtenis> historie) {
    }

    @Schema(name = "KandidaatDoelgroepregister")
    public record Doelgroepregister(boolean indicatie, LocalDate datum, @Schema(example = "UWV Suwinet") String bron) {
    }

    @Schema(name = "KandidaatGebeurtenis")
    public record Gebeurtenis(@Schema(example = "LIJN_GEWIJZIGD") String soort, OffsetDateTime tijd, UUID aanvraagId,
                              @Schema(example = "KLANTONDERSTEUNING") String lijn, String reden, LocalDate datum) {
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
        Plaatsing lopend = Plaatsing.lopend(klantId, k.cyclusStart);
        PoolEnDoelgroepRegel.Uitkomst u = PoolEnDoelgroepRegel.bepaal(k.feiten(lopend == null ? null : lopend.uitstroom.name()));
        List<Gebeurtenis> historie = KandidaatHistorie.van(klantId).stream()
                .map(h -> new Gebeurtenis(h.soort, h.tijd, h.aanvraagId, h.lijn, h.reden, h.datum)).toList();
        audit.record(AuditLog.Actie.RAADPLEGEN, "kandidaat", klantId, klantId, "kandidatenbeeld raadplegen");
        return new KandidaatResponse(k.klantId, k.doorgeleid, k.lijn, k.regeling, u.pool(), u.doelgroep(), u.situatie(), u.reden(),
                u.beschikbaar(), u.nietBeschikbaar(), PoolEnDoelgroepRegel.VERSIE, k.aanvraagId, k.uitkeringBeeindigd, k.beeindigdOp,
                k.beeindigingReden, k.koFase, k.werkintake, k.onderWml, k.onderWml,
                k.doelgroepregister == null ? null : new Doelgroepregister(k.doelgroepregister, k.doelgroepregisterDatum, k.doelgroepregisterBron),
                Kandidaat.lijst(k.beroepscodes, ","), Kandidaat.lijst(k.vaardigheden, "|"), k.opleidingsniveau, k.urenPerWeek,
                Kandidaat.lijst(k.werkregio, ","), k.postcode4, k.beschikbaarPer, lopend != null, lopend == null ? null : lopend.id, historie);
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
