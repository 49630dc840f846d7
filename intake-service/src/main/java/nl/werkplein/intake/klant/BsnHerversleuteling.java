package nl.werkplein.intake.klant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.audit.AuditLog;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Moves stored BSNs to the active key version: decrypt with the row's version, encrypt and hash with
 * the active one, ciphertext and HMAC in one UPDATE. In batches, each its own transaction with its
 * rows taken FOR UPDATE SKIP LOCKED, so any number of replicas (or callers) can run it at once and
 * each row is rewritten once; an interrupted run just leaves rows for the next.
 */
@ApplicationScoped
public class BsnHerversleuteling {

    private static final Logger LOG = Logger.getLogger(BsnHerversleuteling.class);
    /** Stands in for "none" in NOT IN, which an empty list would break. */
    private static final UUID GEEN = new UUID(0, 0);

    @Inject
    BsnVersleuteling versleuteling;
    @Inject
    BsnConfig config;
    @Inject
    BsnSleutelRepository sleutels;
    @Inject
    AuditLog audit;

    /** The most klanten per transaction a caller may ask for. */
    public static final int MAX_BATCH = 5000;

    @Schema(name = "BsnSleutelversie", description = "Hoeveel klanten hun BSN onder deze sleutel hebben")
    public record Versie(
            @Schema(required = true, description = "De sleutel-id, zoals in werkplein.intake.bsn.sleutels.<id>", example = "v1",
                    pattern = "^v[1-9][0-9]{0,5}$") String sleutel,
            @Schema(required = true, description = "Klanten met BSN (versleuteld en blinde index) onder deze sleutel") long aantalKlanten,
            @Schema(required = true, description = "Nieuwe BSN's gaan onder deze versie") boolean actief,
            @Schema(required = true, description = "De sleutel staat in de configuratie; zo niet, dan zijn deze BSN's onleesbaar "
                    + "tot hij terug is") boolean geconfigureerd) {
    }

    @Schema(name = "BsnHerversleutelingVoortgang", description = "Hoeveel klanten per BSN-sleutel; klaar als alles op de actieve staat")
    public record Voortgang(
            @Schema(required = true, description = "De sleutel-id voor nieuwe BSN's (werkplein.intake.bsn.actief)", example = "v2",
                    pattern = "^v[1-9][0-9]{0,5}$") String actief,
            @Schema(required = true) List<Versie> sleutels,
            @Schema(required = true, description = "Klanten nog op een andere versie dan de actieve") long teHerversleutelen,
            @Schema(required = true, description = "Klanten op een versie die niet geconfigureerd is (sleutel te vroeg verwijderd)")
            long onleesbaar,
            @Schema(required = true, description = "Alle klanten staan op de actieve versie: de oude sleutels mogen weg") boolean klaar) {
    }

    @Schema(name = "BsnHerversleutelingOvergeslagen", description = "Een klant die deze ronde niet herversleuteld kon worden")
    public record Overgeslagen(
            @Schema(required = true, format = "uuid") UUID klantId,
            @Schema(required = true, description = "ONTSLEUTELEN_MISLUKT of DUBBELE_KLANT (een andere klant heeft dit BSN al onder "
                    + "de actieve versie)", enumeration = {"ONTSLEUTELEN_MISLUKT", "DUBBELE_KLANT"}) String reden) {
    }

    @Schema(name = "BsnHerversleuteling", description = "Wat deze ronde deed, en de stand daarna; opnieuw aanroepen tot klaar")
    public record Resultaat(
            @Schema(required = true, description = "Klanten die deze ronde naar de actieve versie gingen") int herversleuteld,
            @Schema(required = true) List<Overgeslagen> overgeslagen,
            @Schema(required = true) Voortgang voortgang) {
    }

    /** The count per key version for beheer; the reading is audited. */
    public Voortgang voortgang() {
        Voortgang voortgang = stand();
        audit.record(AuditLog.Actie.RAADPLEGEN, "bsn-sleutels", null, null, "voortgang BSN-herversleuteling inzien");
        return voortgang;
    }

    private Voortgang stand() {
        BsnSleutelring ring = versleuteling.ring();
        Map<Integer, Long> perVersie = new TreeMap<>();
        ring.versies().forEach(v -> perVersie.put(v, 0L));
        perVersie.putAll(sleutels.klantenPerVersie());
        List<Versie> versies = new ArrayList<>();
        long oud = 0;
        long onleesbaar = 0;
        for (Map.Entry<Integer, Long> e : perVersie.entrySet()) {
            boolean geconfigureerd = ring.heeft(e.getKey());
            versies.add(new Versie(BsnSleutelring.sleutelId(e.getKey()), e.getValue(), e.getKey() == ring.actief(), geconfigureerd));
            if (e.getKey() != ring.actief()) {
                oud += e.getValue();
            }
            if (!geconfigureerd) {
                onleesbaar += e.getValue();
            }
        }
        return new Voortgang(BsnSleutelring.sleutelId(ring.actief()), versies, oud, onleesbaar, oud == 0);
    }

    /**
     * Rewrites up to {@code maxAantal} rows (null: all) that are on a configured, non-active version,
     * {@code batchGrootte} per transaction, until none is left or the time budget is spent.
     */
    public Resultaat herversleutel(Integer batchGrootte, Integer maxAantal) {
        QueryParams fouten = new QueryParams();
        if (batchGrootte != null && (batchGrootte < 1 || batchGrootte > MAX_BATCH)) {
            fouten.invalid("batchGrootte", "moet tussen 1 en " + MAX_BATCH + " liggen");
        }
        if (maxAantal != null && maxAantal < 1) {
            fouten.invalid("maxAantal", "moet 1 of meer zijn");
        }
        fouten.check();
        int batch = batchGrootte == null ? config.herversleuteling().batchGrootte() : batchGrootte;
        long deadline = System.nanoTime() + config.herversleuteling().maxDuur().toNanos();
        List<Overgeslagen> overgeslagen = new ArrayList<>();
        List<UUID> overslaan = new ArrayList<>(List.of(GEEN));
        int gedaan = 0;
        while (maxAantal == null || gedaan < maxAantal) {
            int n = maxAantal == null ? batch : Math.min(batch, maxAantal - gedaan);
            List<Overgeslagen> ditKeer = new ArrayList<>();
            int genomen = QuarkusTransaction.requiringNew().call(() -> batch(n, overslaan, ditKeer));
            overgeslagen.addAll(ditKeer);
            ditKeer.forEach(o -> overslaan.add(o.klantId()));
            gedaan += genomen - ditKeer.size();
            if (genomen < n || System.nanoTime() > deadline) {
                break;
            }
        }
        Voortgang voortgang = stand();
        // counts only: never a BSN, nor which klant
        LOG.infof("BSN re-encryption to key %s: %d rows rewritten, %d skipped, %d left on other versions",
                voortgang.actief(), gedaan, overgeslagen.size(), voortgang.teHerversleutelen());
        audit.record(AuditLog.Actie.WIJZIGEN, "bsn-sleutels", voortgang.actief(), null,
                "BSN-herversleuteling: " + gedaan + " klanten naar sleutel " + voortgang.actief()
                        + ", " + overgeslagen.size() + " overgeslagen, " + voortgang.teHerversleutelen() + " te gaan");
        return new Resultaat(gedaan, overgeslagen, voortgang);
    }

    /** @return how many rows were taken (rewritten or skipped) */
    private int batch(int n, List<UUID> overslaan, List<Overgeslagen> overgeslagen) {
        BsnSleutelring ring = versleuteling.ring();
        List<Integer> oud = ring.versies().stream().filter(v -> v != ring.actief()).toList();
        if (oud.isEmpty()) {
            return 0;
        }
        List<BsnSleutelRepository.Versleuteld> rows = sleutels.neemOpOudeSleutel(oud, overslaan, n);
        for (BsnSleutelRepository.Versleuteld row : rows) {
            UUID klantId = row.klantId();
            Bsn bsn;
            try {
                bsn = ring.ontsleutel(row.bsnVersleuteld());
            } catch (IllegalStateException e) {
                overgeslagen.add(new Overgeslagen(klantId, "ONTSLEUTELEN_MISLUKT"));
                continue;
            }
            if (!sleutels.herschrijf(klantId, ring.versleutel(bsn), ring.hmac(bsn))) {
                overgeslagen.add(new Overgeslagen(klantId, "DUBBELE_KLANT"));
            }
        }
        return rows.size();
    }
}
