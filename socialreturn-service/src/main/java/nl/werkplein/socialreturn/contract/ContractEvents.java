package nl.werkplein.socialreturn.contract;

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

    private ContractEvents() {
    }

    public record Geregistreerd(UUID contractId, String opdrachtnemer, String opdrachtgever, long opdrachtwaarde,
                                BigDecimal percentage, long verplichting, String partnerId, LocalDate begindatum,
                                LocalDate einddatum) {
    }

    public record Toegerekend(UUID contractId, UUID plaatsingId, UUID vacatureId, long waarde, int tarieftabelVersie,
                              long gerealiseerd, long verplichting, BigDecimal realisatiePercentage) {
    }
}
