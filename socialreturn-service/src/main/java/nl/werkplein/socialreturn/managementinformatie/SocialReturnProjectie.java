package nl.werkplein.socialreturn.managementinformatie;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.managementinformatie.ManagementinformatieProjectie;
import nl.werkplein.socialreturn.contract.ContractEvents;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Social Return realised against obligation per month, from socialreturn's own contract events
 * (werkplein.socialreturn.contracten.v1, consumer group socialreturn-service-managementinformatie):
 * the obligation of each contract registered, the value of each credited placement and each
 * re-valuation's correction (≤ 0), in the month of the event (Europe/Amsterdam). Euro cents.
 */
@ApplicationScoped
public class SocialReturnProjectie extends ManagementinformatieProjectie {

    static final String CONSUMER = "socialreturn.managementinformatie";
    static final String VERPLICHTING = "verplichting";
    static final String GEREALISEERD = "gerealiseerd";
    static final String PLAATSINGEN = "plaatsingen";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contractfeit(Long verplichting, Long waarde, Long correctie, String soort) {
    }

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    @Override
    protected List<String> topics() {
        return List.of(ContractEvents.TOPIC);
    }

    @Override
    protected Set<String> types() {
        return Set.of(ContractEvents.GEREGISTREERD, ContractEvents.PLAATSING_TOEGEREKEND, ContractEvents.PLAATSING_HERGEWAARDEERD);
    }

    @Incoming("managementinformatie")
    @Blocking
    public void on(String record) {
        verwerk(record);
    }

    @Override
    protected void pasToe(CloudEvent event) {
        if (event.time() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks time");
        }
        YearMonth maand = maand(event.time());
        Contractfeit f = events.data(event, Contractfeit.class);
        switch (event.type()) {
            case ContractEvents.GEREGISTREERD -> kengetallen.tel(VERPLICHTING, maand, "", nodig(event, f.verplichting(), "verplichting"));
            case ContractEvents.PLAATSING_TOEGEREKEND -> {
                kengetallen.tel(GEREALISEERD, maand, "", nodig(event, f.waarde(), "waarde"));
                kengetallen.tel(PLAATSINGEN, maand, "", 1);
            }
            default -> kengetallen.tel(GEREALISEERD, maand, "", nodig(event, f.correctie(), "correctie"));
        }
    }

    private static long nodig(CloudEvent event, Long waarde, String veld) {
        if (waarde == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks " + veld);
        }
        return waarde;
    }
}
