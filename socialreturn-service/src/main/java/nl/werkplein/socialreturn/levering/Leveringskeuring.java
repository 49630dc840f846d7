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
import java.util.stream.IntStream;

/**
 * Checks every row of a delivery on its own (api.md: one bad vacancy never rejects the others) and rejects
 * both rows of a reference that occurs twice, since it is ambiguous which one the partner means. Pure.
 */
public final class Leveringskeuring {

    /** Below this many rows one thread is quicker than handing the work out. */
    static final int PARALLEL_VANAF = 1000;
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
        // each row on its own, so a large delivery is checked on every core (the order is kept)
        IntStream indexen = IntStream.range(0, rijen.size());
        List<VacatureControle.Uitslag> uitslagen = (rijen.size() >= PARALLEL_VANAF ? indexen.parallel() : indexen)
                .mapToObj(i -> VacatureControle.controleer(rijen.get(i), vandaag)).toList();
        Map<String, Integer> aantalPerReferentie = new HashMap<>();
        for (VacatureControle.Uitslag u : uitslagen) {
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
