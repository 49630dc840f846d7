package nl.werkplein.socialreturn.vacature;

/** Where a routed vacancy comes from: a partner's weekly delivery or a place Bureau Social Return registered. */
public enum Bron {
    PARTNER, SOCIAL_RETURN
}
