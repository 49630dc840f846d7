package nl.werkplein.ecoach.managementinformatie;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.werkplein.ecoach.traject.TrajectEvents;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.managementinformatie.ManagementinformatieProjectie;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The caseload per e-coach per month, from ecoach's own trajectory events
 * (werkplein.ecoach.trajecten.v1, consumer group ecoach-service-managementinformatie): a
 * {@code traject-gestart} counts in for its ecoachId, a {@code traject-afgesloten} out for the coach
 * who started it (kept per trajectId in {@code mi_traject_ecoach}, since the closing event names no
 * coach). Month of the event (Europe/Amsterdam); counts only.
 * <p>Its native SQL stays here, not in a repository: this projection is the only writer and reader of its
 * own read-model table {@code mi_traject_ecoach}, and does nothing but project.
 */
@ApplicationScoped
public class CaseloadPerEcoachProjectie extends ManagementinformatieProjectie {

    static final String CONSUMER = "ecoach.managementinformatie";
    static final String IN = "caseload-in";
    static final String UIT = "caseload-uit";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Traject(UUID trajectId, String ecoachId) {
    }

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    @Override
    protected List<String> topics() {
        return List.of(TrajectEvents.TOPIC);
    }

    @Override
    protected Set<String> types() {
        return Set.of(TrajectEvents.GESTART, TrajectEvents.AFGESLOTEN);
    }

    @Incoming("managementinformatie")
    @Blocking
    public void on(String record) {
        verwerk(record);
    }

    @Override
    protected void pasToe(CloudEvent event) {
        Traject t = events.data(event, Traject.class);
        if (t.trajectId() == null || event.time() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks trajectId or time");
        }
        YearMonth maand = maand(event.time());
        if (TrajectEvents.GESTART.equals(event.type())) {
            if (t.ecoachId() == null || t.ecoachId().isBlank()) {
                throw new InvalidEventException(event.type() + " " + event.id() + " lacks ecoachId");
            }
            int nieuw = em.createNativeQuery("INSERT INTO mi_traject_ecoach (traject_id, ecoach_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, t.trajectId()).setParameter(2, t.ecoachId()).executeUpdate();
            if (nieuw == 1) {
                kengetallen.tel(IN, maand, t.ecoachId(), 1);
            }
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object> coach = em.createNativeQuery("DELETE FROM mi_traject_ecoach WHERE traject_id = ?1 RETURNING ecoach_id")
                .setParameter(1, t.trajectId()).getResultList();
        if (!coach.isEmpty()) {
            kengetallen.tel(UIT, maand, (String) coach.get(0), 1);
        }
    }

    @Override
    protected void leegEigen() {
        em.createNativeQuery("DELETE FROM mi_traject_ecoach").executeUpdate();
    }
}
