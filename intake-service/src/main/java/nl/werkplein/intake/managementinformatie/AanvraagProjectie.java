package nl.werkplein.intake.managementinformatie;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.intake.aanvraag.AanvraagEvents;
import nl.werkplein.intake.tijdiggeld.TijdigGeldConfig;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.managementinformatie.ManagementinformatieProjectie;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * intake's management information from its own events (werkplein.intake.aanvragen.v1, consumer
 * group intake-service-managementinformatie): inflow, leaving during the zoekperiode by reason, a
 * benefit's end by reason, and the lead time aanvraag → decision against the beslistermijn. Counts
 * only, per month (Europe/Amsterdam); no klantId is kept.
 */
@ApplicationScoped
public class AanvraagProjectie extends ManagementinformatieProjectie {

    static final String CONSUMER = "intake.managementinformatie";
    static final String INGEDIEND = "ingediend";
    static final String ZOEKPERIODE_UITSTROOM = "zoekperiode-uitstroom";
    static final String BEEINDIGD = "beeindigd";
    static final String BESLUIT = "besluit";
    static final String DOORLOOPTIJD = "doorlooptijd-dagen";
    static final String BINNEN = "BINNEN";
    static final String OVER = "OVER";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Aanvraag(LocalDate aanvraagdatum, String uitstroomReden, String beeindigingReden, LocalDate beeindigdOp) {
    }

    @Inject
    TijdigGeldConfig tijdigGeld;

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    @Override
    protected List<String> topics() {
        return List.of(AanvraagEvents.TOPIC);
    }

    @Override
    protected Set<String> types() {
        return Set.of(AanvraagEvents.INGEDIEND, AanvraagEvents.UITGESTROOMD, AanvraagEvents.BEEINDIGD,
                AanvraagEvents.TOEGEKEND, AanvraagEvents.AFGEWEZEN);
    }

    @Incoming("managementinformatie")
    @Blocking
    public void on(String record) {
        verwerk(record);
    }

    @Override
    protected void pasToe(CloudEvent event) {
        Aanvraag a = events.data(event, Aanvraag.class);
        switch (event.type()) {
            case AanvraagEvents.INGEDIEND -> kengetallen.tel(INGEDIEND, YearMonth.from(nodig(event, a.aanvraagdatum(), "aanvraagdatum")), "", 1);
            case AanvraagEvents.UITGESTROOMD -> kengetallen.tel(ZOEKPERIODE_UITSTROOM, maand(tijd(event)), nodig(event, a.uitstroomReden(), "uitstroomReden"), 1);
            case AanvraagEvents.BEEINDIGD -> kengetallen.tel(BEEINDIGD, YearMonth.from(nodig(event, a.beeindigdOp(), "beeindigdOp")),
                    nodig(event, a.beeindigingReden(), "beeindigingReden"), 1);
            default -> {
                // a decision: the month it was taken, and its lead time from the aanvraagdatum
                LocalDate besluitdatum = tijd(event).atZoneSameInstant(nl.werkplein.platform.time.ClockProducer.AMSTERDAM).toLocalDate();
                Doorlooptijd d = Doorlooptijd.van(nodig(event, a.aanvraagdatum(), "aanvraagdatum"), besluitdatum, tijdigGeld.beslistermijn());
                YearMonth maand = YearMonth.from(besluitdatum);
                kengetallen.tel(BESLUIT, maand, d.binnenTermijn() ? BINNEN : OVER, 1);
                kengetallen.tel(DOORLOOPTIJD, maand, Long.toString(d.dagen()), 1);
            }
        }
    }

    private static java.time.OffsetDateTime tijd(CloudEvent event) {
        return nodig(event, event.time(), "time");
    }

    private static <T> T nodig(CloudEvent event, T waarde, String veld) {
        if (waarde == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks " + veld);
        }
        return waarde;
    }
}
