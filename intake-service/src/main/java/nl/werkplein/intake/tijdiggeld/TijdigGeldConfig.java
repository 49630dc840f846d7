package nl.werkplein.intake.tijdiggeld;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/** The policy numbers of timely money (domain.md 1.9). */
@ConfigMapping(prefix = "werkplein.intake.tijdig-geld")
public interface TijdigGeldConfig {

    /** After this long from a complete aanvraag without a decision, the client may get an advance. */
    @WithDefault("P4W")
    Period voorschotNa();

    /** The legal maximum for the decision, from the aanvraagdatum. */
    @WithDefault("P8W")
    Period beslistermijn();

    /** How long before either point the worklist starts warning. */
    @WithDefault("P1W")
    Period waarschuwing();
}
