package nl.werkplein.screening.klant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/v1/klanten")
@Tag(name = "Klanten", description = "Klanten zoals screening ze kent")
@Produces(MediaType.APPLICATION_JSON)
public class KlantResource {

    @Inject
    KlantService service;

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

    @GET
    @Path("/{klantId}")
    @RolesAllowed({Roles.KLANT, Roles.CONSULENT, Roles.KLANTONDERSTEUNER, Roles.BEHEER})
    @Operation(summary = "Klant raadplegen")
    public KlantResponse raadplegen(@PathParam("klantId") UUID klantId) {
        return KlantResponse.from(service.raadpleeg(klantId));
    }
}
