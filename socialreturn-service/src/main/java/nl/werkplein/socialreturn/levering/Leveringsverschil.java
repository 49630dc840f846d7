package nl.werkplein.socialreturn.levering;

import nl.werkplein.socialreturn.vacature.Routering;
import nl.werkplein.socialreturn.vacature.VacatureInvoer;
import nl.werkplein.socialreturn.vacature.VacatureStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A delivery compared with the partner's previous state (api.md, "The weekly delivery"). Pure:
 * <ul>
 *   <li>a reference not seen before is new: routed once, under a new id;</li>
 *   <li>a known reference whose content changed, or that was withdrawn and comes back, is offered again
 *       under its old id on its old pool;</li>
 *   <li>a known, active reference missing from this complete set is withdrawn, unless it was delivered
 *       but rejected now: then it keeps its earlier accepted version;</li>
 *   <li>everything else is unchanged and publishes nothing.</li>
 * </ul>
 */
public record Leveringsverschil(List<Nieuw> nieuw, List<Gewijzigd> gewijzigd, List<Ingetrokken> ingetrokken, int ongewijzigd) {

    /** What the partner delivered before for one reference, as stored. */
    public record Vorige(UUID id, String inhoudHash, VacatureStatus status, String pool, UUID contractId) {
    }

    public record Nieuw(UUID id, VacatureInvoer vacature, String inhoudHash, Routering.Besluit besluit) {
    }

    public record Gewijzigd(Vorige vorige, VacatureInvoer vacature, String inhoudHash) {
        /** The contract it keeps; one without a contract yet gets the contract running now. */
        public UUID contractId(UUID lopendContract) {
            return vorige.contractId() != null ? vorige.contractId() : lopendContract;
        }
    }

    public record Ingetrokken(Vorige vorige, String referentie) {
    }

    /**
     * @param geldig   the accepted vacancies, each reference once
     * @param geleverd every reference in the delivery, rejected ones included
     * @param vorige   the partner's previous state by reference
     * @param routeer  the routing of a new vacancy
     * @param nieuweId the id of a new vacancy
     */
    public static Leveringsverschil bereken(List<VacatureInvoer> geldig, Set<String> geleverd, Map<String, Vorige> vorige,
                                            Function<VacatureInvoer, Routering.Besluit> routeer, Supplier<UUID> nieuweId) {
        List<Nieuw> nieuw = new ArrayList<>();
        List<Gewijzigd> gewijzigd = new ArrayList<>();
        List<Ingetrokken> ingetrokken = new ArrayList<>();
        int ongewijzigd = 0;
        // a SHA-256 per vacancy: for a large delivery on every core (the order is kept)
        List<String> hashes = (geldig.size() >= Leveringskeuring.PARALLEL_VANAF ? geldig.parallelStream() : geldig.stream())
                .map(VacatureInvoer::inhoudHash).toList();
        for (int i = 0; i < geldig.size(); i++) {
            VacatureInvoer v = geldig.get(i);
            String hash = hashes.get(i);
            Vorige b = vorige.get(v.referentie());
            if (b == null) {
                nieuw.add(new Nieuw(nieuweId.get(), v, hash, routeer.apply(v)));
            } else if (!b.inhoudHash().equals(hash) || b.status() == VacatureStatus.INGETROKKEN) {
                gewijzigd.add(new Gewijzigd(b, v, hash));
            } else {
                ongewijzigd++;
            }
        }
        for (Map.Entry<String, Vorige> e : vorige.entrySet()) {
            if (e.getValue().status() == VacatureStatus.ACTIEF && !geleverd.contains(e.getKey())) {
                ingetrokken.add(new Ingetrokken(e.getValue(), e.getKey()));
            }
        }
        return new Leveringsverschil(List.copyOf(nieuw), List.copyOf(gewijzigd), List.copyOf(ingetrokken), ongewijzigd);
    }

    /** How many events the delivery publishes on the pool topics. */
    public int events() {
        return nieuw.size() + gewijzigd.size() + ingetrokken.size();
    }
}
