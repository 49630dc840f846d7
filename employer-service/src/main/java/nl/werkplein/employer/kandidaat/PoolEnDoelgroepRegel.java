package nl.werkplein.employer.kandidaat;

import nl.werkplein.employer.matching.Situatie;

/**
 * THE rule that decides, from the facts other services published (and this service's placements),
 * whether a client is a candidate, in which pool, whether available, with which target group
 * (doelgroep) and in which situation. Pure, versioned, and the only place this is decided
 * (rechtsgelijkheid: same criteria for everyone, domain.md principles).
 *
 * <ul>
 * <li>Only a routed client (klant-doorgeleid) is a candidate.</li>
 * <li>No pool once the benefit of the current cycle ended (uitkering-beeindigd; a new klant-doorgeleid
 *     starts a new cycle), nor while a placement with full outflow runs (intake ends the benefit on it).</li>
 * <li>Pool: regeling WSW → {@code SW}; line ZELFDOENER → {@code BEMIDDELBAAR}; line KLANTONDERSTEUNING
 *     → {@code KLANTONDERSTEUNING} (also after its trajectory closed: the line decides, a new line comes
 *     as lijn-gewijzigd); MAATSCHAPPELIJKE_PARTICIPATIE or no line (a new decision pending) → none.</li>
 * <li>Available: in a pool, not left early (klant-uitgestroomd), no e-coach trajectory closed with WERK,
 *     no running placement.</li>
 * <li>Doelgroep: regeling WSW → {@code SW}; UWV's recorded doelgroepregister indication → {@code
 *     DOELGROEPREGISTER} (domain.md 4.4; never derived from the loonwaarde, which marks loonkostensubsidie
 *     only); regeling WW → {@code WW}; otherwise {@code PARTICIPATIEWET}.</li>
 * <li>Situation (for the werkleerplek rules of domain.md 4.3): SW; ZELFDOENER; Klantondersteuning on a
 *     werkleerplek (phase 2); Klantondersteuning able to work with limited support (werkintake
 *     MET_BEPERKTE_STEUN, or a loonwaarde already established); otherwise Klantondersteuning in diagnosis.</li>
 * </ul>
 */
public final class PoolEnDoelgroepRegel {

    /** 2: the end of the benefit and running placements decide too; the doelgroepregister is UWV's fact. */
    public static final String VERSIE = "2";
    public static final String BEMIDDELBAAR = "BEMIDDELBAAR";
    public static final String KLANTONDERSTEUNING = "KLANTONDERSTEUNING";
    public static final String SW = "SW";

    /**
     * The facts, as the events delivered them; any may be null while unknown. {@code lopendePlaatsing}
     * is the outflow ({@code VOLLEDIG}, {@code GEDEELTELIJK}) of the running placement, null without one.
     */
    public record Feiten(boolean doorgeleid, String lijn, String regeling, String koFase, String werkintake,
                         boolean loonwaardeVastgesteld, Boolean doelgroepregister, boolean uitkeringBeeindigd,
                         boolean uitgestroomd, boolean werkGevonden, String lopendePlaatsing) {
    }

    /** {@code pool} null: not a candidate, {@code reden} says why; {@code nietBeschikbaar} says why not available (null when available). */
    public record Uitkomst(String pool, Doelgroep doelgroep, Situatie situatie, String reden, boolean beschikbaar, String nietBeschikbaar) {
        public boolean isKandidaat() {
            return pool != null;
        }
    }

    private PoolEnDoelgroepRegel() {
    }

    public static Uitkomst bepaal(Feiten f) {
        Doelgroep doelgroep = doelgroep(f);
        if (!f.doorgeleid()) {
            return geen(doelgroep, "nog niet doorgeleid");
        }
        if (f.uitkeringBeeindigd()) {
            return geen(doelgroep, "uitkering beëindigd: in geen pool tot een nieuwe doorgeleiding");
        }
        if ("VOLLEDIG".equals(f.lopendePlaatsing())) {
            return geen(doelgroep, "geplaatst met volledige uitstroom");
        }
        if ("WSW".equals(f.regeling())) {
            return kandidaat(f, SW, doelgroep, Situatie.SW, "regeling WSW");
        }
        if (f.lijn() == null) {
            return geen(doelgroep, "geen dienstverleningslijn: een nieuw besluit volgt");
        }
        return switch (f.lijn()) {
            case "ZELFDOENER" -> kandidaat(f, BEMIDDELBAAR, doelgroep, Situatie.ZELFDOENER, "zelfdoener");
            case "KLANTONDERSTEUNING" -> kandidaat(f, KLANTONDERSTEUNING, doelgroep, klantondersteuning(f),
                    "AFGESLOTEN".equals(f.koFase()) ? "Klantondersteuning (traject afgesloten)" : "Klantondersteuning");
            case "MAATSCHAPPELIJKE_PARTICIPATIE" -> geen(doelgroep, "maatschappelijke participatie: geen bemiddeling naar werk");
            default -> geen(doelgroep, "onbekende lijn " + f.lijn());
        };
    }

    private static Uitkomst geen(Doelgroep doelgroep, String reden) {
        return new Uitkomst(null, doelgroep, null, reden, false, reden);
    }

    private static Uitkomst kandidaat(Feiten f, String pool, Doelgroep doelgroep, Situatie situatie, String reden) {
        String niet = null;
        if (f.lopendePlaatsing() != null) {
            niet = "lopende plaatsing";
        } else if (f.werkGevonden()) {
            niet = "werk gevonden (e-coachtraject afgesloten met WERK)";
        } else if (f.uitgestroomd()) {
            niet = "uitgestroomd";
        }
        return new Uitkomst(pool, doelgroep, situatie, reden, niet == null, niet);
    }

    static Doelgroep doelgroep(Feiten f) {
        if ("WSW".equals(f.regeling())) {
            return Doelgroep.SW;
        }
        if (Boolean.TRUE.equals(f.doelgroepregister())) {
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
        if ("MET_BEPERKTE_STEUN".equals(f.werkintake()) || f.loonwaardeVastgesteld()) {
            return Situatie.KO_BEPERKTE_STEUN;
        }
        return Situatie.KO_DIAGNOSE;
    }
}
