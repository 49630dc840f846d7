package nl.werkplein.ecoach.traject;

public enum TrajectStatus { ACTIEF, AFGESLOTEN }
