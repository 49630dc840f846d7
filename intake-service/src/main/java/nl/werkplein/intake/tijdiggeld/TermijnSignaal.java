package nl.werkplein.intake.tijdiggeld;

/** What the term watch (domain.md 1.9) flags on an undecided aanvraag. */
public enum TermijnSignaal {
    /** The advance point comes within the warning margin. */
    VOORSCHOT_NADERT,
    /** The advance point has been reached and no advance is recorded. */
    VOORSCHOT_MOGELIJK,
    /** The decision limit comes within the warning margin. */
    BESLISTERMIJN_NADERT,
    /** The decision limit has passed without a decision. */
    BESLISTERMIJN_VERSTREKEN
}
