package nl.werkplein.ecoach.traject;

/** Why a trajectory ended (docs/events.md, traject-afgesloten). */
public enum Afsluitreden { WERK, LIJN_GEWIJZIGD, UITGESTROOMD, ESCALATIE, UITKERING_BEEINDIGD }
