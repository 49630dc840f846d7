package nl.werkplein.screening.participatie;

/**
 * Where a participation referral goes (domain.md 5), pure: beschut werk to the SW company for an
 * indication, whatever the wijk; otherwise the organisation serving the client's wijk; no wijk known →
 * a consulent's worklist, never nowhere.
 *
 * @param organisatieCode null on the worklist
 * @param wijk the client's wijk, also recorded for beschut werk (null when unknown)
 */
public record Bestemming(String organisatieCode, String wijk, Participatieverwijzing.Status status) {

    public static final String BESCHUT_WERK = "BESCHUT_WERK";

    public static Bestemming bepaal(String vorm, String wijk, String wijkOrganisatieCode, String swOrganisatieCode) {
        if (BESCHUT_WERK.equals(vorm)) {
            return new Bestemming(swOrganisatieCode, wijk, Participatieverwijzing.Status.VERWEZEN);
        }
        if (wijk == null || wijkOrganisatieCode == null) {
            return new Bestemming(null, wijk, Participatieverwijzing.Status.WERKLIJST);
        }
        return new Bestemming(wijkOrganisatieCode, wijk, Participatieverwijzing.Status.VERWEZEN);
    }

    public boolean opWerklijst() {
        return status == Participatieverwijzing.Status.WERKLIJST;
    }
}
