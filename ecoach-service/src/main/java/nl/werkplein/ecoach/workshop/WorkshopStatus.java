package nl.werkplein.ecoach.workshop;

/**
 * OPEN until the partner reports attendance (AANWEZIG, AFWEZIG); VERVALLEN when the trajectory ended
 * before that, so the partner no longer invites a client who left e-coaching.
 */
public enum WorkshopStatus { OPEN, AANWEZIG, AFWEZIG, VERVALLEN }
