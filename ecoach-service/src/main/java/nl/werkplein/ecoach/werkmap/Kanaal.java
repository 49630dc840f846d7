package nl.werkplein.ecoach.werkmap;

/** Where the client applied. */
public enum Kanaal { VACATURESITE, WERK_NL, OPEN_SOLLICITATIE, NETWERK, UITZENDBUREAU, SOCIALE_MEDIA, BANENMARKT, ANDERS }
