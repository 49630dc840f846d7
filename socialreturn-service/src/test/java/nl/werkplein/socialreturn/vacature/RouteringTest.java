package nl.werkplein.socialreturn.vacature;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The default routing rules: each vacancy to exactly one pool, with its reason. */
class RouteringTest {

    static final RouteringConfig STANDAARD = new RouteringConfig() {
        public List<String> pools() { return List.of("BEMIDDELBAAR", "KLANTONDERSTEUNING", "SW"); }
        public String swPool() { return "SW"; }
        public String werkleerplekPool() { return "KLANTONDERSTEUNING"; }
        public String opleidingsplaatsPool() { return "KLANTONDERSTEUNING"; }
        public String instapPool() { return "KLANTONDERSTEUNING"; }
        public Opleidingsniveau instapNiveauTot() { return Opleidingsniveau.MBO1; }
        public int instapUrenTot() { return 24; }
        public String standaardPool() { return "BEMIDDELBAAR"; }
    };
    final Routering routering = new Routering(STANDAARD);

    String pool(Bron bron, Soort soort, Opleidingsniveau niveau, int uren, boolean sw, String partnerPool, String gekozen) {
        return routering.route(new Routering.Invoer(bron, soort, niveau, uren, sw, partnerPool, gekozen)).pool();
    }

    @Test
    void randstadsVacaturesGaanNaarDeBemiddelbarePool() {
        assertEquals("BEMIDDELBAAR", pool(Bron.PARTNER, Soort.BAAN, Opleidingsniveau.MBO2, 36, false, "BEMIDDELBAAR", null));
        // also an entry-level job: the partner's framework contract serves the job-ready
        assertEquals("BEMIDDELBAAR", pool(Bron.PARTNER, Soort.BAAN, Opleidingsniveau.GEEN, 16, false, "BEMIDDELBAAR", null));
        assertEquals("standaardpool van de partner", routering.route(new Routering.Invoer(Bron.PARTNER, Soort.BAAN,
                Opleidingsniveau.HBO, 40, false, "BEMIDDELBAAR", null)).reden());
    }

    @Test
    void eenSwPlaatsGaatAltijdNaarDeSwPool() {
        assertEquals("SW", pool(Bron.PARTNER, Soort.BAAN, Opleidingsniveau.MBO2, 36, true, "BEMIDDELBAAR", null));
        assertEquals("SW", pool(Bron.SOCIAL_RETURN, Soort.WERKLEERPLEK, Opleidingsniveau.GEEN, 20, true, null, null));
        assertEquals("SW", pool(Bron.SOCIAL_RETURN, Soort.DETACHERING, Opleidingsniveau.MBO3, 36, true, null, null));
    }

    @Test
    void eenWerkleerplekGaatNaarKlantondersteuningBehalveVoorSw() {
        assertEquals("KLANTONDERSTEUNING", pool(Bron.PARTNER, Soort.WERKLEERPLEK, Opleidingsniveau.MBO2, 32, false, "BEMIDDELBAAR", null));
        assertEquals("KLANTONDERSTEUNING", pool(Bron.SOCIAL_RETURN, Soort.WERKLEERPLEK, Opleidingsniveau.HBO, 36, false, null, null));
    }

    @Test
    void socialReturnPlaatsenNaarSoortNiveauEnUren() {
        assertEquals("KLANTONDERSTEUNING", pool(Bron.SOCIAL_RETURN, Soort.OPLEIDINGSPLAATS, Opleidingsniveau.MBO3, 36, false, null, null));
        assertEquals("KLANTONDERSTEUNING", pool(Bron.SOCIAL_RETURN, Soort.BAAN, Opleidingsniveau.MBO1, 24, false, null, null));
        assertEquals("BEMIDDELBAAR", pool(Bron.SOCIAL_RETURN, Soort.BAAN, Opleidingsniveau.MBO1, 25, false, null, null));
        assertEquals("BEMIDDELBAAR", pool(Bron.SOCIAL_RETURN, Soort.BAAN, Opleidingsniveau.MBO2, 20, false, null, null));
        assertEquals("BEMIDDELBAAR", pool(Bron.SOCIAL_RETURN, Soort.DETACHERING, Opleidingsniveau.HBO, 36, false, null, null));
    }

    /**
     * The ladder of docs/events.md: HAVO ranks equal to MBO4. With the entry level set to MBO4 a HAVO job now
     * routes to the entry pool (before this, compareTo ranked HAVO above MBO4 and sent it to the default pool),
     * and with the entry level HAVO an MBO4 job does too; VWO stays above both.
     */
    @Test
    void havoTeltAlsMbo4VoorDeInstapgrens() {
        Routering totMbo4 = new Routering(instapTot(Opleidingsniveau.MBO4));
        assertEquals("KLANTONDERSTEUNING", totMbo4.route(new Routering.Invoer(Bron.SOCIAL_RETURN, Soort.BAAN,
                Opleidingsniveau.HAVO, 20, false, null, null)).pool());
        assertEquals("BEMIDDELBAAR", totMbo4.route(new Routering.Invoer(Bron.SOCIAL_RETURN, Soort.BAAN,
                Opleidingsniveau.VWO, 20, false, null, null)).pool());
        Routering totHavo = new Routering(instapTot(Opleidingsniveau.HAVO));
        assertEquals("KLANTONDERSTEUNING", totHavo.route(new Routering.Invoer(Bron.SOCIAL_RETURN, Soort.BAAN,
                Opleidingsniveau.MBO4, 20, false, null, null)).pool());
        assertEquals("BEMIDDELBAAR", totHavo.route(new Routering.Invoer(Bron.SOCIAL_RETURN, Soort.BAAN,
                Opleidingsniveau.VWO, 20, false, null, null)).pool());
    }

    static RouteringConfig instapTot(Opleidingsniveau niveau) {
        return new RouteringConfig() {
            public List<String> pools() { return STANDAARD.pools(); }
            public String swPool() { return STANDAARD.swPool(); }
            public String werkleerplekPool() { return STANDAARD.werkleerplekPool(); }
            public String opleidingsplaatsPool() { return STANDAARD.opleidingsplaatsPool(); }
            public String instapPool() { return STANDAARD.instapPool(); }
            public Opleidingsniveau instapNiveauTot() { return niveau; }
            public int instapUrenTot() { return STANDAARD.instapUrenTot(); }
            public String standaardPool() { return STANDAARD.standaardPool(); }
        };
    }

    @Test
    void eenDoorBureauSocialReturnGekozenPoolGaatVoor() {
        assertEquals("SW", pool(Bron.SOCIAL_RETURN, Soort.BAAN, Opleidingsniveau.HBO, 36, false, null, "SW"));
    }

    @Test
    void hetTopicVanEenPoolIsDeCodeInKleineLetters() {
        assertEquals("werkplein.matching.bemiddelbaar.v1", Routering.topic("BEMIDDELBAAR"));
        assertEquals("werkplein.matching.klantondersteuning.v1", Routering.topic("KLANTONDERSTEUNING"));
        assertEquals("werkplein.matching.sw.v1", Routering.topic("SW"));
    }
}
