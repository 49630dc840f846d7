package nl.werkplein.intake.verplichting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tracked state of the four obligations at one moment (domain.md 1.10): what the assessor saw,
 * kept with the besluit. Pure; stored as four columns of the aanvraag.
 */
@Embeddable
public record VerplichtingenStand(
        @Column(name = "besluit_uwv_inschrijving") Boolean uwvInschrijving,
        @Column(name = "besluit_cv") Boolean cv,
        @Column(name = "besluit_sollicitaties") Boolean sollicitaties,
        @Column(name = "besluit_entreevragenlijst") Boolean entreevragenlijst) {

    public static VerplichtingenStand van(Map<VerplichtingSoort, Boolean> nagekomen) {
        return new VerplichtingenStand(
                nagekomen.getOrDefault(VerplichtingSoort.UWV_INSCHRIJVING, false),
                nagekomen.getOrDefault(VerplichtingSoort.CV, false),
                nagekomen.getOrDefault(VerplichtingSoort.SOLLICITATIES, false),
                nagekomen.getOrDefault(VerplichtingSoort.ENTREEVRAGENLIJST, false));
    }

    public static VerplichtingenStand van(List<Verplichting> verplichtingen) {
        Map<VerplichtingSoort, Boolean> map = new EnumMap<>(VerplichtingSoort.class);
        verplichtingen.forEach(v -> map.put(v.sleutel.soort(), v.nagekomen));
        return van(map);
    }

    public Map<VerplichtingSoort, Boolean> alsMap() {
        Map<VerplichtingSoort, Boolean> map = new EnumMap<>(VerplichtingSoort.class);
        map.put(VerplichtingSoort.UWV_INSCHRIJVING, Boolean.TRUE.equals(uwvInschrijving));
        map.put(VerplichtingSoort.CV, Boolean.TRUE.equals(cv));
        map.put(VerplichtingSoort.SOLLICITATIES, Boolean.TRUE.equals(sollicitaties));
        map.put(VerplichtingSoort.ENTREEVRAGENLIJST, Boolean.TRUE.equals(entreevragenlijst));
        return map;
    }

    /** All four nagekomen: the judgment this state supports is "verplichtingen nagekomen". */
    public boolean alleNagekomen() {
        return nietNagekomen().isEmpty();
    }

    public List<VerplichtingSoort> nietNagekomen() {
        List<VerplichtingSoort> open = new ArrayList<>();
        alsMap().forEach((soort, nagekomen) -> {
            if (!nagekomen) {
                open.add(soort);
            }
        });
        return open;
    }
}
