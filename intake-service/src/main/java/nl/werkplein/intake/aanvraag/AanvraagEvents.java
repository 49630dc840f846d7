package nl.werkplein.intake.aanvraag;

import java.time.LocalDate;
import java.util.UUID;

/** The events of the aanvraag lifecycle on werkplein.intake.aanvragen.v1, keyed by klantId. No BSN, name or e-mail. */
public final class AanvraagEvents {

    public static final String TOPIC = "werkplein.intake.aanvragen.v1";
    public static final String INGEDIEND = "nl.werkplein.intake.aanvraag-ingediend";

    public record Ingediend(UUID klantId, UUID aanvraagId, int leeftijd, String postcode4, Kanaal kanaal,
                            LocalDate aanvraagdatum, boolean startkwalificatie) {
    }

    private AanvraagEvents() {
    }
}
