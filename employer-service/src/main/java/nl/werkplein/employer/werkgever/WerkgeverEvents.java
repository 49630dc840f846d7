package nl.werkplein.employer.werkgever;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Events on werkplein.employer.werkgevers.v1 (produced, keyed by werkgeverId or accountmanagerId),
 * docs/events.md: ids and facts only, never a contact person's name, e-mail or phone.
 */
public final class WerkgeverEvents {

    public static final String TOPIC = "werkplein.employer.werkgevers.v1";
    public static final String ACCOUNTMANAGER_GEREGISTREERD = "nl.werkplein.employer.accountmanager-geregistreerd";
    public static final String WERKGEVER_GEREGISTREERD = "nl.werkplein.employer.werkgever-geregistreerd";
    public static final String WERKGEVER_GEWIJZIGD = "nl.werkplein.employer.werkgever-gewijzigd";
    public static final String CONTACTMOMENT_VASTGELEGD = "nl.werkplein.employer.contactmoment-vastgelegd";
    public static final String PERSONEELSBEHOEFTE_VASTGELEGD = "nl.werkplein.employer.personeelsbehoefte-vastgelegd";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WerkgeverEvent(UUID werkgeverId, String kvkNummer, String branche, UUID accountmanagerId, UUID contactmomentId,
                                 LocalDate datum, String kanaal, UUID personeelsbehoefteId, String soort, String beroepscode,
                                 Integer aantal, LocalDate vanaf, LocalDate tot, Boolean opleidingstraject) {
        static WerkgeverEvent van(Werkgever w) {
            return new WerkgeverEvent(w.id, w.kvkNummer, w.branche, w.accountmanagerId, null, null, null, null, null, null, null, null, null, null);
        }

        static WerkgeverEvent van(Contactmoment c) {
            return new WerkgeverEvent(c.werkgeverId, null, null, null, c.id, c.datum, c.kanaal.name(), null, null, null, null, null, null, null);
        }

        static WerkgeverEvent van(Personeelsbehoefte b) {
            return new WerkgeverEvent(b.werkgeverId, null, null, null, null, null, null, b.id, b.soort.name(), b.beroepscode, b.aantal,
                    b.vanaf, b.tot, b.opleidingstraject);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AccountmanagerEvent(UUID accountmanagerId, List<String> branches) {
    }

    private WerkgeverEvents() {
    }
}
