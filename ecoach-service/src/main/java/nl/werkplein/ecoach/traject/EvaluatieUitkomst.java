package nl.werkplein.ecoach.traject;

public enum EvaluatieUitkomst { VOORTZETTEN, WORKSHOP, ESCALEREN }
