package nl.werkplein.ecoach.traject;

/** The 3-month evaluation (domain.md 3.4): planned, due (still on a benefit at the date), or lapsed (no benefit). */
public enum EvaluatieStatus { GEPLAND, NODIG, VERVALLEN }
