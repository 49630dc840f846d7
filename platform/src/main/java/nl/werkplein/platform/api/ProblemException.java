package nl.werkplein.platform.api;

import java.util.List;

/** Thrown by domain code to answer with a problem: a conflict, a missing record, invalid input. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Niet gevonden", what + " bestaat niet of is niet voor u inzichtelijk."));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Geen toegang", detail));
    }

    public static ProblemException invalid(String field, String reason) {
        return new ProblemException(Problem.invalid(List.of(new Problem.InvalidParam(field, reason))));
    }

    public static ProblemException invalid(List<Problem.InvalidParam> params) {
        return new ProblemException(Problem.invalid(params));
    }
}
