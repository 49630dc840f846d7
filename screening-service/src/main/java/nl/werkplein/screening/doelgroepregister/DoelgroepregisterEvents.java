package nl.werkplein.screening.doelgroepregister;

import java.time.LocalDate;
import java.util.UUID;

/** The doelgroepregister fact on werkplein.screening.indelingen.v1 (IndelingEvents.TOPIC, docs/events.md). */
public final class DoelgroepregisterEvents {

    public static final String VASTGELEGD = "nl.werkplein.screening.doelgroepregister-vastgelegd";

    public record Vastgelegd(UUID klantId, boolean indicatie, LocalDate datum, String bron) {
    }

    private DoelgroepregisterEvents() {
    }
}
