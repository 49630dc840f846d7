package nl.werkplein.intake.aanvraag;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.werkplein.intake.beeindiging.BeeindigingReden;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The events of the aanvraag lifecycle on werkplein.intake.aanvragen.v1, keyed by klantId. No BSN,
 * name or e-mail; the postcode only as its four digits (for the wijk). docs/events.md lists them.
 */
public final class AanvraagEvents {

    public static final String TOPIC = "werkplein.intake.aanvragen.v1";
    public static final String INGEDIEND = "nl.werkplein.intake.aanvraag-ingediend";
    public static final String BEVESTIGD = "nl.werkplein.intake.aanvraag-bevestigd";
    public static final String GESPREK_GEPLAND = "nl.werkplein.intake.gesprek-gepland";
    public static final String TOEGEKEND = "nl.werkplein.intake.aanvraag-toegekend";
    public static final String AFGEWEZEN = "nl.werkplein.intake.aanvraag-afgewezen";
    public static final String UITGESTROOMD = "nl.werkplein.intake.klant-uitgestroomd";
    public static final String BEEINDIGD = "nl.werkplein.intake.uitkering-beeindigd";
    public static final String VOORSCHOT_VASTGELEGD = "nl.werkplein.intake.voorschot-vastgelegd";
    public static final String BESTANDSKLANT_GEREGISTREERD = "nl.werkplein.intake.bestandsklant-geregistreerd";
    /** The answers to another service's mail-verzocht (docs/events.md, "Mail results"). */
    public static final String BERICHT_VERZONDEN = "nl.werkplein.intake.bericht-verzonden";
    public static final String BERICHT_NIET_VERZONDEN = "nl.werkplein.intake.bericht-niet-verzonden";

    /** The benefit applied for with an aanvraag. */
    public static final String REGELING_AANVRAAG = "WWB";

    /** One shape for every aanvraag event; fields that do not apply are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Aanvraag(UUID klantId, UUID aanvraagId, AanvraagStatus status, int leeftijd, String postcode4,
                           String regeling, Kanaal kanaal, LocalDate aanvraagdatum, LocalDate zoekperiodeBegindatum,
                           LocalDate zoekperiodeEinddatum, LocalDate ingangsdatumUitkering, Boolean startkwalificatie,
                           OffsetDateTime gesprekOp, Boolean verplichtingenNagekomen, UitstroomReden uitstroomReden,
                           BeeindigingReden beeindigingReden, LocalDate beeindigdOp, UUID plaatsingId, VoorschotData voorschot) {

        public static Aanvraag van(nl.werkplein.intake.aanvraag.Aanvraag a) {
            return van(a, null);
        }

        /** With the advance just recorded (voorschot-vastgelegd only). */
        public static Aanvraag van(nl.werkplein.intake.aanvraag.Aanvraag a, VoorschotData voorschot) {
            return new Aanvraag(a.klantId, a.id, a.status, a.leeftijd, AanvraagEvents.postcode4(a.postcode), REGELING_AANVRAAG, a.kanaal,
                    a.aanvraagdatum, a.zoekperiodeBegindatum, a.zoekperiodeEinddatum, a.ingangsdatumUitkering,
                    a.startkwalificatie, a.gesprekOp, a.verplichtingenNagekomen, a.uitstroomReden,
                    a.beeindigingReden, a.beeindigdOp, a.beeindigingPlaatsingId, voorschot);
        }
    }

    /** An advance: euro cents and its date. */
    public record VoorschotData(long bedrag, LocalDate datum) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BerichtVerzonden(UUID klantId, UUID berichtId, String verzoekType, String kanaal, OffsetDateTime verzondenOp) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BerichtNietVerzonden(UUID klantId, UUID berichtId, String verzoekType, String reden) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bestandsklant(UUID klantId, int leeftijd, String postcode4, String regeling, LocalDate lopendTrajectTot, UUID importId) {
    }

    public static String postcode4(String postcode) {
        return postcode == null || postcode.length() < 4 ? null : postcode.substring(0, 4);
    }

    private AanvraagEvents() {
    }
}
