package nl.werkplein.employer.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Ranks the candidates of a vacancy's pool: score 0–100 as the weighted sum of seven criteria
 * ({@link Matchcriteria}: beroep, vaardigheden, opleiding, uren, regio, beschikbaarheid, situatie),
 * each explained in words ({@link Toelichting}). One pass over the index's read view
 * ({@link KandidatenScan}) with the vacancy's point tables ({@link Puntentabel}) and a bounded heap of
 * the best k; only the k winners are explained. The scratch comes from a pool ({@link Kladblok}), so
 * concurrent rankings do not share it and a ranking allocates only its result. Ties go to the smaller
 * klantId, so the order never depends on how the index was filled.
 */
public final class Rangschikking {

    private final Matchregels regels;
    private final Toelichting toelichting;
    private final Kladblok.Pool kladblokken = new Kladblok.Pool(2 * Runtime.getRuntime().availableProcessors());

    public Rangschikking(Matchregels regels) {
        this.regels = regels;
        this.toelichting = new Toelichting(regels);
    }

    public Matchregels regels() {
        return regels;
    }

    /**
     * The best {@code k} available candidates of the vacancy's pool, best first, leaving out
     * {@code uitgesloten} (rejected for this vacancy).
     */
    public List<Match> rangschik(KandidatenIndex index, VacatureProfiel vacature, LocalDate vandaag, int k, Set<UUID> uitgesloten) {
        if (k <= 0) {
            return List.of();
        }
        Kladblok kladblok = kladblokken.pak();
        try (Leesbeeld x = index.lees()) {
            int pool = x.poolId(vacature.pool());
            if (pool < 0) {
                return List.of();
            }
            Vraag v = kladblok.vraag;
            v.zet(x, vacature, vandaag, regels);
            kladblok.punten.vul(v, regels);
            KandidatenScan scan = kladblok.scan;
            // room for the rejected ones, which are dropped only after the scan
            int n = scan.scan(x, v, kladblok.punten, pool, k + (uitgesloten == null ? 0 : uitgesloten.size()));
            List<Match> uit = new ArrayList<>(Math.min(k, n));
            for (int i = 0; i < n && uit.size() < k; i++) {
                int s = scan.slot(i);
                if (uitgesloten != null && !uitgesloten.isEmpty() && uitgesloten.contains(new UUID(x.msb(s), x.lsb(s)))) {
                    continue;
                }
                uit.add(toelichting.leg(x, s, v, scan.som(i)));
            }
            return uit;
        } finally {
            kladblokken.terug(kladblok);
        }
    }
}
