package nl.werkplein.employer.kandidaat;

import nl.werkplein.employer.matching.Situatie;
import nl.werkplein.employer.plaatsing.Plaatsing;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

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

    @Schema(name = "KandidaatDoelgroepregister")
    public record Doelgroepregister(boolean indicatie, LocalDate datum, @Schema(example = "UWV Suwinet") String bron) {
    }

    @Schema(name = "KandidaatGebeurtenis")
    public record Gebeurtenis(@Schema(example = "LIJN_GEWIJZIGD") String soort, OffsetDateTime tijd, UUID aanvraagId,
                              @Schema(example = "KLANTONDERSTEUNING") String lijn, String reden, LocalDate datum) {
    }

    /** The read model of one client with the pool rule's outcome for it now. */
    static KandidaatResponse van(Kandidaat k, PoolEnDoelgroepRegel.Uitkomst u, Plaatsing lopend, List<KandidaatHistorie> historie) {
        return new KandidaatResponse(k.klantId, k.doorgeleid, k.lijn, k.regeling, u.pool(), u.doelgroep(), u.situatie(), u.reden(),
                u.beschikbaar(), u.nietBeschikbaar(), PoolEnDoelgroepRegel.VERSIE, k.aanvraagId, k.uitkeringBeeindigd, k.beeindigdOp,
                k.beeindigingReden, k.koFase, k.werkintake, k.onderWml, k.onderWml,
                k.doelgroepregister == null ? null : new Doelgroepregister(k.doelgroepregister, k.doelgroepregisterDatum, k.doelgroepregisterBron),
                Kandidaat.lijst(k.beroepscodes, ","), Kandidaat.lijst(k.vaardigheden, "|"), k.opleidingsniveau, k.urenPerWeek,
                Kandidaat.lijst(k.werkregio, ","), k.postcode4, k.beschikbaarPer, lopend != null, lopend == null ? null : lopend.id,
                historie.stream().map(h -> new Gebeurtenis(h.soort, h.tijd, h.aanvraagId, h.lijn, h.reden, h.datum)).toList());
    }
}
