package nl.werkplein.intake.brief;

/**
 * A letter waits in the print queue until the print street marks it sent, or beheer withdraws it
 * before it went out. Sent and withdrawn are final: a letter that went out cannot be withdrawn, a
 * withdrawn one cannot go out (make a new one).
 */
public enum BriefStatus {
    TE_VERSTUREN, VERSTUURD, INGETROKKEN;

    /** Thrown for a move a letter in this state cannot make; the state is named in the 409. */
    public static final class OngeldigeOvergang extends RuntimeException {
        public final BriefStatus huidig;
        public final BriefStatus doel;

        OngeldigeOvergang(BriefStatus huidig, BriefStatus doel) {
            super("brief is " + huidig + ", kan niet naar " + doel, null, false, false);
            this.huidig = huidig;
            this.doel = doel;
        }
    }

    /**
     * @return true when the letter moves to {@code doel}; false when it is there already (the same
     *         request again changes nothing)
     * @throws OngeldigeOvergang when this state cannot reach {@code doel}
     */
    public boolean naar(BriefStatus doel) {
        if (this == doel) {
            return false;
        }
        if (this != TE_VERSTUREN || doel == TE_VERSTUREN) {
            throw new OngeldigeOvergang(this, doel);
        }
        return true;
    }
}
