package nl.werkplein.intake.aanvraag;

import java.util.EnumSet;
import java.util.Set;

public enum AanvraagStatus {
    INGEDIEND, ZOEKPERIODE, GESPREK_GEPLAND, TOEGEKEND, AFGEWEZEN, UITGESTROOMD,
    /** A granted benefit that ended (domain.md 1.11); a later aanvraag of the client is a new one. */
    BEEINDIGD;

    /** An aanvraag in one of these blocks a new one for the same BSN (api.md: 409). */
    public static final Set<AanvraagStatus> OPEN = EnumSet.of(INGEDIEND, ZOEKPERIODE, GESPREK_GEPLAND);

    /** Undecided: no right to a benefit established yet; the term watch (domain.md 1.9) looks only at these. */
    public static final Set<AanvraagStatus> ONBESLIST = OPEN;
}
