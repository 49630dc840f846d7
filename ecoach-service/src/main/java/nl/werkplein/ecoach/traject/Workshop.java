package nl.werkplein.ecoach.traject;

/** The Randstad workshops a client can be referred to (domain.md 3.5). */
public enum Workshop { PRESENTATIE, CV, ZOEKGEDRAG }
