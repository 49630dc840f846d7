package nl.werkplein.platform.security;

/** The roles of api.md, as they appear in a token's {@code groups} claim. */
public final class Roles {
    public static final String KLANT = "klant";
    public static final String PORTAAL = "portaal";
    public static final String KCC = "kcc";
    public static final String CONSULENT = "consulent";
    public static final String RECHTMATIGHEID = "rechtmatigheid";
    public static final String ECOACH = "ecoach";
    public static final String KLANTONDERSTEUNER = "klantondersteuner";
    public static final String ACCOUNTMANAGER = "accountmanager";
    public static final String MATCHER = "matcher";
    public static final String SOCIALRETURN = "socialreturn";
    public static final String PARTNER = "partner";
    public static final String BEHEER = "beheer";

    private Roles() {
    }
}
