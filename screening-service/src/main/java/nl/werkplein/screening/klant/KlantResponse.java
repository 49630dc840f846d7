package nl.werkplein.screening.klant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The client as screening knows them. */
@Schema(name = "Klant")
public record KlantResponse(UUID klantId, UUID laatsteAanvraagId, Integer leeftijd, String postcode4,
                            OffsetDateTime aangemeldOp, int aantalAanvragen,
                            @Schema(description = "intake kende de uitkering van de laatste aanvraag (deze cyclus) toe") boolean uitkeringToegekend,
                            @Schema(description = "uit het bestaande klantenbestand") boolean bestandsklant,
                            @Schema(description = "WWB of WSW, bij een bestandsklant") String regeling,
                            boolean uitgestroomd,
                            @Schema(description = "Waarom de cyclus van de laatste aanvraag eindigde (UITGESTROOMD, AFGEWEZEN, UITKERING_BEEINDIGD); null zolang zij loopt")
                            KlantCyclus.Einde cyclusEinde) {
    static KlantResponse from(Klant k) {
        return new KlantResponse(k.klantId, k.laatsteAanvraagId, k.leeftijd, k.postcode4, k.aangemeldOp, k.aantalAanvragen,
                k.uitkeringToegekend, k.bestandsklant, k.regeling, k.uitgestroomd, k.cyclusEinde);
    }
}
