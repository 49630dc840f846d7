package nl.werkplein.socialreturn.contract;

import nl.werkplein.socialreturn.vacature.Soort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Fulfilment events on {@code werkplein.socialreturn.contracten.v1}, keyed by contractId (an addition
 * to docs/events.md: architecture.md has this service publish fulfilment).
 */
public final class ContractEvents {

    public static final String TOPIC = "werkplein.socialreturn.contracten.v1";
    public static final String GEREGISTREERD = "nl.werkplein.socialreturn.contract-geregistreerd";
    public static final String PLAATSING_TOEGEREKEND = "nl.werkplein.socialreturn.plaatsing-toegerekend";
    public static final String PLAATSING_HERGEWAARDEERD = "nl.werkplein.socialreturn.plaatsing-hergewaardeerd";

    private ContractEvents() {
    }

    public record Geregistreerd(UUID contractId, String opdrachtnemer, String opdrachtgever, long opdrachtwaarde,
                                BigDecimal percentage, long verplichting, String partnerId, LocalDate begindatum,
                                LocalDate einddatum) {
    }

    /** {@code soort} is the place's registered soort: what is credited. */
    public record Toegerekend(UUID contractId, UUID plaatsingId, UUID vacatureId, Soort soort, long waarde, int tarieftabelVersie,
                              long gerealiseerd, long verplichting, BigDecimal realisatiePercentage) {
    }

    /** A credited placement ended early and was re-valued on the months worked; {@code correctie} = waarde − vorigeWaarde (≤ 0). */
    public record Hergewaardeerd(UUID contractId, UUID plaatsingId, long vorigeWaarde, long waarde, long correctie, int gewerkteMaanden,
                                 long gerealiseerd, long verplichting, BigDecimal realisatiePercentage) {
    }
}
