package nl.werkplein.screening.herscreening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The phased re-screening of the existing caseload (domain.md §2.6). */
@ConfigMapping(prefix = "werkplein.screening.herscreening")
public interface HerscreeningConfig {

    /** Clients of the existing caseload invited per ISO week (Monday to Sunday, Europe/Amsterdam). */
    @WithDefault("50")
    int perWeek();

    /** How often due work looks for clients to invite. */
    @WithDefault("1m")
    String interval();

    /** Where the client fills in the Entreevragenlijst, named in the invitation. */
    @WithDefault("https://werkplein.gemeente.example.nl/entreevragenlijst")
    String vragenlijstLink();
}
