package nl.werkplein.intake.aanvraag;

import java.util.EnumSet;
import java.util.Set;

public enum AanvraagStatus {
    INGEDIEND, ZOEKPERIODE, GESPREK_GEPLAND, TOEGEKEND, AFGEWEZEN, UITGESTROOMD;

    /** An aanvraag in one of these blocks a new one for the same BSN (api.md: 409). */
    public static final Set<AanvraagStatus> OPEN = EnumSet.of(INGEDIEND, ZOEKPERIODE, GESPREK_GEPLAND);
}
