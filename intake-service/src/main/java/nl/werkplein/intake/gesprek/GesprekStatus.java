package nl.werkplein.intake.gesprek;

import java.util.EnumSet;
import java.util.Set;

public enum GesprekStatus {
    GEPLAND, GEVOERD, NIET_VERSCHENEN,
    /** Moved to another slot by a herplanning: this slot is free again. */
    VERPLAATST,
    /** The aanvraag ended before the conversation (the client left): the slot is free again. */
    GEANNULEERD;

    /** These hold their slot (the partial unique index gesprek_slot_bezet of V6 says the same). */
    public static final Set<GesprekStatus> BEZET = EnumSet.of(GEPLAND, GEVOERD, NIET_VERSCHENEN);
}
