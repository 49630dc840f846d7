package nl.werkplein.screening.klantondersteuning;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.UUID;

/** Klantondersteuning events on werkplein.screening.indelingen.v1 (docs/events.md): facts, no pool. */
public final class KlantondersteuningEvents {

    public static final String FASE_GEWIJZIGD = "nl.werkplein.screening.ko-fase-gewijzigd";
    public static final String LOONWAARDE_VASTGESTELD = "nl.werkplein.screening.loonwaarde-vastgesteld";
    public static final String LIMIET_OVERSCHREDEN = "nl.werkplein.screening.ko-limiet-overschreden";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FaseGewijzigd(UUID klantId, UUID trajectId, KoFase fase, LocalDate begindatum, LocalDate uiterlijkTot,
                                Integer urenPerWeek, Werkintake werkintake, String branche, String reden) {

        static FaseGewijzigd van(KoTraject t) {
            LocalDate begin = switch (t.fase) {
                case CENTRUM_VOOR_WERK -> t.cvwBegindatum;
                case WERKLEERPLEK -> t.werkleerplekBegindatum;
                case AFGESLOTEN -> t.afgeslotenOp;
            };
            return new FaseGewijzigd(t.klantId, t.id, t.fase, begin, t.uiterlijkTot(), t.urenPerWeek, t.werkintake, t.branche,
                    t.afsluitreden);
        }
    }

    /** {@code onderWml}: below 100% WML, loonkostensubsidie eligibility only (not the doelgroepregister). */
    public record LoonwaardeVastgesteld(UUID klantId, UUID trajectId, int percentage, boolean onderWml) {
    }

    public record LimietOverschreden(UUID klantId, UUID trajectId, KoFase fase, LocalDate uiterlijkTot) {
    }

    private KlantondersteuningEvents() {
    }
}
