package nl.werkplein.screening.managementinformatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.screening.managementinformatie.PBudgetRepository.Versie;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The P-budget per year and line as versioned data (domain.md §8): a new amount is a new version, the
 * earlier ones stay as history; setting the amount the current version already has changes nothing
 * (an idempotent PUT). The current version is the highest. Owns the transaction; the SQL is {@link PBudgetRepository}.
 */
@ApplicationScoped
public class PBudgetten {

    @Inject
    PBudgetRepository repository;
    @Inject
    Clock clock;

    @Transactional
    public Versie vastleggen(int jaar, String lijn, long bedrag, String toelichting) {
        // one writer per (jaar, lijn) at a time: the version number is the next after the highest
        repository.vergrendel(jaar, lijn);
        List<Versie> versies = repository.versies(jaar, lijn);
        if (!versies.isEmpty()) {
            Versie huidig = versies.get(0);
            if (huidig.bedrag() == bedrag && Objects.equals(huidig.toelichting(), toelichting)) {
                return huidig;
            }
        }
        int versie = versies.isEmpty() ? 1 : versies.get(0).versie() + 1;
        OffsetDateTime nu = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Versie nieuw = new Versie(jaar, lijn, versie, bedrag, toelichting, nu);
        repository.voegToe(nieuw);
        return nieuw;
    }

    /** Newest first. */
    @Transactional
    public List<Versie> versies(int jaar, String lijn) {
        return repository.versies(jaar, lijn);
    }

    /** The current amount per (jaar, lijn) for these years: key "jaar|lijn". */
    @Transactional
    public Map<String, Long> huidig(int vanJaar, int totJaar) {
        Map<String, Long> huidig = new HashMap<>();
        for (PBudgetRepository.Huidig h : repository.huidig(vanJaar, totJaar)) {
            huidig.put(h.jaar() + "|" + h.lijn(), h.bedrag());
        }
        return huidig;
    }
}
