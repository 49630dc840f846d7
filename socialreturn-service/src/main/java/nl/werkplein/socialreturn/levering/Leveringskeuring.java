package nl.werkplein.socialreturn.levering;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkplein.socialreturn.vacature.VacatureControle;
import nl.werkplein.socialreturn.vacature.VacatureInvoer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every row of a delivery on its own (api.md: one bad vacancy never rejects the others) and rejects
 * both rows of a reference that occurs twice, since it is ambiguous which one the partner means. Pure.
 */
public final class Leveringskeuring {

    static final String DUBBEL = "referentie: komt meer dan eens voor in deze levering";

    /**
     * {@code geldig}: the accepted vacancies in delivery order; {@code afgewezen}: the rejected rows with all
     * their reasons; {@code geleverd}: every reference that could be read, rejected rows included (a reference
     * rejected now keeps its earlier version, it is not withdrawn).
     */
    public record Keuring(List<VacatureInvoer> geldig, List<LeveringUitkomst.Afgewezen> afgewezen, Set<String> geleverd) {
    }

    private Leveringskeuring() {
    }

    public static Keuring keur(List<JsonNode> rijen, LocalDate vandaag) {
        List<VacatureControle.Uitslag> uitslagen = new ArrayList<>(rijen.size());
        Map<String, Integer> aantalPerReferentie = new HashMap<>();
        for (JsonNode rij : rijen) {
            VacatureControle.Uitslag u = VacatureControle.controleer(rij, vandaag);
            uitslagen.add(u);
            if (u.referentie() != null) {
                aantalPerReferentie.merge(u.referentie(), 1, Integer::sum);
            }
        }
        List<VacatureInvoer> geldig = new ArrayList<>(rijen.size());
        List<LeveringUitkomst.Afgewezen> afgewezen = new ArrayList<>();
        Set<String> geleverd = new HashSet<>(aantalPerReferentie.keySet());
        for (int i = 0; i < uitslagen.size(); i++) {
            VacatureControle.Uitslag u = uitslagen.get(i);
            List<String> redenen = u.redenen();
            if (u.referentie() != null && aantalPerReferentie.get(u.referentie()) > 1) {
                redenen = new ArrayList<>(redenen);
                redenen.add(DUBBEL);
            }
            if (redenen.isEmpty()) {
                geldig.add(u.vacature());
            } else {
                afgewezen.add(new LeveringUitkomst.Afgewezen(i, u.referentie(), String.join("; ", redenen), List.copyOf(redenen)));
            }
        }
        return new Keuring(geldig, afgewezen, geleverd);
    }
}
