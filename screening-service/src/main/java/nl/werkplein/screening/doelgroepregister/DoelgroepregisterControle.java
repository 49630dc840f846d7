package nl.werkplein.screening.doelgroepregister;

import nl.werkplein.platform.api.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Pure: what a recorded doelgroepregister indication must hold; every problem at once. */
public final class DoelgroepregisterControle {

    public static final int BRON_MAX = 200;

    private DoelgroepregisterControle() {
    }

    public static List<Problem.InvalidParam> controleer(Boolean indicatie, LocalDate datum, String bron, LocalDate vandaag) {
        List<Problem.InvalidParam> fouten = new ArrayList<>();
        if (indicatie == null) {
            fouten.add(new Problem.InvalidParam("indicatie", "is verplicht"));
        }
        if (datum == null) {
            fouten.add(new Problem.InvalidParam("datum", "is verplicht"));
        } else if (datum.isAfter(vandaag)) {
            fouten.add(new Problem.InvalidParam("datum", "mag niet in de toekomst liggen"));
        }
        if (bron == null || bron.isBlank()) {
            fouten.add(new Problem.InvalidParam("bron", "is verplicht"));
        } else if (bron.length() > BRON_MAX) {
            fouten.add(new Problem.InvalidParam("bron", "is te lang (ten hoogste " + BRON_MAX + " tekens)"));
        }
        return fouten;
    }
}
