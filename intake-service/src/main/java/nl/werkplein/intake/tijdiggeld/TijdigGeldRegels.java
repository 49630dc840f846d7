package nl.werkplein.intake.tijdiggeld;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Timely money (domain.md 1.9), pure date arithmetic:
 * <ul>
 *   <li>{@code voorschotMogelijkVanaf} = the day the aanvraag was complete (intake takes the KCC
 *       confirmation as "complete") + {@code voorschotNa} (4 weeks): the first day on which an advance
 *       is due when the right is still not established.</li>
 *   <li>{@code beslistermijn} = aanvraagdatum + {@code beslistermijn} (8 weeks): the last day on which
 *       the decision is in time; it has passed from the day after.</li>
 *   <li>Warnings start {@code waarschuwing} (1 week) before either date.</li>
 * </ul>
 */
public final class TijdigGeldRegels {

    private final Period voorschotNa;
    private final Period beslistermijn;
    private final Period waarschuwing;

    public TijdigGeldRegels(Period voorschotNa, Period beslistermijn, Period waarschuwing) {
        this.voorschotNa = Objects.requireNonNull(voorschotNa);
        this.beslistermijn = Objects.requireNonNull(beslistermijn);
        this.waarschuwing = Objects.requireNonNull(waarschuwing);
    }

    public static TijdigGeldRegels van(TijdigGeldConfig config) {
        return new TijdigGeldRegels(config.voorschotNa(), config.beslistermijn(), config.waarschuwing());
    }

    /** @return null while the aanvraag is not complete */
    public LocalDate voorschotMogelijkVanaf(LocalDate compleetOp) {
        return compleetOp == null ? null : compleetOp.plus(voorschotNa);
    }

    public LocalDate beslistermijn(LocalDate aanvraagdatum) {
        return aanvraagdatum.plus(beslistermijn);
    }

    /**
     * The signals of an undecided aanvraag today.
     *
     * @param compleetOp          null while not complete: no advance signal yet
     * @param voorschotVastgelegd an advance was recorded: no advance signal any more
     */
    public Set<TermijnSignaal> signalen(LocalDate vandaag, LocalDate aanvraagdatum, LocalDate compleetOp, boolean voorschotVastgelegd) {
        Set<TermijnSignaal> signalen = EnumSet.noneOf(TermijnSignaal.class);
        LocalDate vanaf = voorschotMogelijkVanaf(compleetOp);
        if (vanaf != null && !voorschotVastgelegd) {
            if (!vandaag.isBefore(vanaf)) {
                signalen.add(TermijnSignaal.VOORSCHOT_MOGELIJK);
            } else if (!vandaag.isBefore(vanaf.minus(waarschuwing))) {
                signalen.add(TermijnSignaal.VOORSCHOT_NADERT);
            }
        }
        LocalDate termijn = beslistermijn(aanvraagdatum);
        if (vandaag.isAfter(termijn)) {
            signalen.add(TermijnSignaal.BESLISTERMIJN_VERSTREKEN);
        } else if (!vandaag.isBefore(termijn.minus(waarschuwing))) {
            signalen.add(TermijnSignaal.BESLISTERMIJN_NADERT);
        }
        return signalen;
    }
}
