package nl.werkplein.intake.aanvraag;

public enum Kanaal {
    WERK_NL, STIP, WERKPLEIN, SPREEKUUR
}
