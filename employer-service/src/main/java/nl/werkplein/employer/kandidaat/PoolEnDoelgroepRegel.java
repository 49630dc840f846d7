package nl.werkplein.employer.kandidaat;

import nl.werkplein.employer.matching.Situatie;

/**
 * THE rule that decides, from the facts other services published, whether a client is a candidate,
 * in which pool, with which target group (doelgroep) and in which situation. Pure, versioned, and the
 * only place this is decided (rechtsgelijkheid: same criteria for everyone, domain.md principles).
 *
 * <ul>
 * <li>Only a routed client (klant-doorgeleid) is a candidate.</li>
 * <li>Pool: regeling WSW → {@code SW}; line ZELFDOENER → {@code BEMIDDELBAAR}; line KLANTONDERSTEUNING
 *     → {@code KLANTONDERSTEUNING}; MAATSCHAPPELIJKE_PARTICIPATIE or no line (a new decision pending) → none.</li>
 * <li>Doelgroep: regeling WSW → {@code SW}; loonwaarde established below 100% WML → {@code DOELGROEPREGISTER}
 *     (domain.md 4.4); regeling WW → {@code WW}; otherwise {@code PARTICIPATIEWET}.</li>
 * <li>Situation (for the werkleerplek rules of domain.md 4.3): SW; ZELFDOENER; Klantondersteuning on a
 *     werkleerplek (phase 2); Klantondersteuning able to work with limited support (werkintake
 *     MET_BEPERKTE_STEUN, or a loonwaarde already established); otherwise Klantondersteuning in diagnosis.</li>
 * </ul>
 */
public final class PoolEnDoelgroepRegel {

    public static final String VERSIE = "1";
    public static final String BEMIDDELBAAR = "BEMIDDELBAAR";
    public static final String KLANTONDERSTEUNING = "KLANTONDERSTEUNING";
    public static final String SW = "SW";

    /** The facts, as the events delivered them; any may be null while unknown. */
    public record Feiten(boolean doorgeleid, String lijn, String regeling, String koFase, String werkintake, Boolean onderWml) {
    }

    /** {@code pool} null: not a candidate, {@code reden} says why. */
    public record Uitkomst(String pool, Doelgroep doelgroep, Situatie situatie, String reden) {
        public boolean isKandidaat() {
            return pool != null;
        }
    }

    private PoolEnDoelgroepRegel() {
    }

    public static Uitkomst bepaal(Feiten f) {
        Doelgroep doelgroep = doelgroep(f);
        if (!f.doorgeleid()) {
            return new Uitkomst(null, doelgroep, null, "nog niet doorgeleid");
        }
        if ("WSW".equals(f.regeling())) {
            return new Uitkomst(SW, doelgroep, Situatie.SW, "regeling WSW");
        }
        if (f.lijn() == null) {
            return new Uitkomst(null, doelgroep, null, "geen dienstverleningslijn: een nieuw besluit volgt");
        }
        return switch (f.lijn()) {
            case "ZELFDOENER" -> new Uitkomst(BEMIDDELBAAR, doelgroep, Situatie.ZELFDOENER, "zelfdoener");
            case "KLANTONDERSTEUNING" -> new Uitkomst(KLANTONDERSTEUNING, doelgroep, klantondersteuning(f), "Klantondersteuning");
            case "MAATSCHAPPELIJKE_PARTICIPATIE" -> new Uitkomst(null, doelgroep, null, "maatschappelijke participatie: geen bemiddeling naar werk");
            default -> new Uitkomst(null, doelgroep, null, "onbekende lijn " + f.lijn());
        };
    }

    static Doelgroep doelgroep(Feiten f) {
        if ("WSW".equals(f.regeling())) {
            return Doelgroep.SW;
        }
        if (Boolean.TRUE.equals(f.onderWml())) {
            return Doelgroep.DOELGROEPREGISTER;
        }
        if ("WW".equals(f.regeling())) {
            return Doelgroep.WW;
        }
        return Doelgroep.PARTICIPATIEWET;
    }

    private static Situatie klantondersteuning(Feiten f) {
        if ("WERKLEERPLEK".equals(f.koFase())) {
            return Situatie.KO_WERKLEERPLEK;
        }
        if ("MET_BEPERKTE_STEUN".equals(f.werkintake()) || f.onderWml() != null) {
            return Situatie.KO_BEPERKTE_STEUN;
        }
        return Situatie.KO_DIAGNOSE;
    }
}
