package nl.werkplein.screening.managementinformatie;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.werkplein.screening.indeling.IndelingEvents;
import nl.werkplein.screening.klant.IntakeEvents;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.managementinformatie.ManagementinformatieProjectie;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The caseload per line per month, from events (consumer group screening-service-managementinformatie):
 * a client enters a line when routed ({@code klant-doorgeleid}), moves on {@code lijn-gewijzigd} (out of
 * the old line, into the new one; an escalation leaves the client without a line until a person
 * decides) and leaves on intake's {@code uitkering-beeindigd} or {@code klant-uitgestroomd}. Counted
 * in the month of the event (Europe/Amsterdam); the caseload at a month's end is the sum of ins minus
 * outs up to it. The only per-client state is the current line of a routed client ({@code mi_klant_lijn},
 * rebuilt with the counters); the counters carry no klantId.
 *
 * <p>Its native SQL stays here, not in a repository: this projection is the only writer and reader of its
 * own read-model table {@code mi_klant_lijn}, and does nothing but project.
 */
@ApplicationScoped
public class CaseloadProjectie extends ManagementinformatieProjectie {

    static final String CONSUMER = "screening.managementinformatie";
    static final String IN = "caseload-in";
    static final String UIT = "caseload-uit";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Klant(UUID klantId, String lijn) {
    }

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    @Override
    protected List<String> topics() {
        return List.of(IndelingEvents.TOPIC, IntakeEvents.GELEZEN_TOPIC);
    }

    @Override
    protected Set<String> types() {
        return Set.of(IndelingEvents.DOORGELEID, IndelingEvents.LIJN_GEWIJZIGD, IntakeEvents.UITKERING_BEEINDIGD,
                IntakeEvents.KLANT_UITGESTROOMD);
    }

    @Incoming("managementinformatie-indelingen")
    @Blocking
    public void onIndeling(String record) {
        verwerk(record);
    }

    @Incoming("managementinformatie-aanvragen")
    @Blocking
    public void onAanvraag(String record) {
        verwerk(record);
    }

    @Override
    protected void pasToe(CloudEvent event) {
        Klant k = events.data(event, Klant.class);
        if (k.klantId() == null || event.time() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks klantId or time");
        }
        YearMonth maand = maand(event.time());
        @SuppressWarnings("unchecked")
        List<Object> huidig = em.createNativeQuery("SELECT coalesce(lijn, '') FROM mi_klant_lijn WHERE klant_id = ?1 FOR UPDATE")
                .setParameter(1, k.klantId()).getResultList();
        boolean gerouteerd = !huidig.isEmpty();
        String lijn = gerouteerd ? (String) huidig.get(0) : "";
        switch (event.type()) {
            case IndelingEvents.DOORGELEID -> {
                String nieuw = nodig(event, k.lijn());
                if (!nieuw.equals(lijn)) {
                    verlaat(maand, lijn);
                    kengetallen.tel(IN, maand, nieuw, 1);
                }
                zet(k.klantId(), nieuw);
            }
            case IndelingEvents.LIJN_GEWIJZIGD -> {
                if (!gerouteerd) {
                    return; // before routing the line is provisional: not in the caseload yet
                }
                String nieuw = k.lijn() == null ? "" : k.lijn();
                if (!nieuw.equals(lijn)) {
                    verlaat(maand, lijn);
                    if (!nieuw.isEmpty()) {
                        kengetallen.tel(IN, maand, nieuw, 1);
                    }
                }
                zet(k.klantId(), nieuw);
            }
            default -> {
                if (gerouteerd) {
                    verlaat(maand, lijn);
                    em.createNativeQuery("DELETE FROM mi_klant_lijn WHERE klant_id = ?1").setParameter(1, k.klantId()).executeUpdate();
                }
            }
        }
    }

    private void verlaat(YearMonth maand, String lijn) {
        if (!lijn.isEmpty()) {
            kengetallen.tel(UIT, maand, lijn, 1);
        }
    }

    private void zet(UUID klantId, String lijn) {
        em.createNativeQuery("""
                        INSERT INTO mi_klant_lijn (klant_id, lijn) VALUES (?1, NULLIF(?2, ''))
                        ON CONFLICT (klant_id) DO UPDATE SET lijn = EXCLUDED.lijn""")
                .setParameter(1, klantId).setParameter(2, lijn).executeUpdate();
    }

    @Override
    protected void leegEigen() {
        em.createNativeQuery("DELETE FROM mi_klant_lijn").executeUpdate();
    }

    private static String nodig(CloudEvent event, String lijn) {
        if (lijn == null || lijn.isBlank()) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks lijn");
        }
        return lijn;
    }
}
