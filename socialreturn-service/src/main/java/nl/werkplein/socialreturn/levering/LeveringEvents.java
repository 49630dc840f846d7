package nl.werkplein.socialreturn.levering;

/**
 * Delivery events on {@code werkplein.socialreturn.leveringen.v1}, keyed by partnerId (an addition to
 * docs/events.md, for monitoring the framework contract).
 */
public final class LeveringEvents {

    public static final String TOPIC = "werkplein.socialreturn.leveringen.v1";
    public static final String VERWERKT = "nl.werkplein.socialreturn.levering-verwerkt";
    public static final String GEMIST = "nl.werkplein.socialreturn.levering-gemist";

    private LeveringEvents() {
    }

    public record Verwerkt(String partnerId, String week, int aantal, int geaccepteerd, int afgewezen, int nieuw, int gewijzigd,
                           int ingetrokken) {
    }

    public record Gemist(String partnerId, String week) {
    }
}
