package nl.werkplein.ecoach.werkmap;

/** What an application gave so far; AANGENOMEN ends the trajectory (reden WERK). */
public enum Resultaat { VERSTUURD, GEEN_REACTIE, GESPREK, AFGEWEZEN, AANGENOMEN }
