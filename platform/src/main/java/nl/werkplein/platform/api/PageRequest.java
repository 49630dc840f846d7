package nl.werkplein.platform.api;

import java.util.ArrayList;
import java.util.List;

/** Validated paging parameters: page 1-based (default 1), size default 20, at most 1000. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 1000;

    public static PageRequest of(Integer page, Integer size) {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        int p = page == null ? 1 : page;
        int s = size == null ? 20 : size;
        if (p < 1) {
            problems.add(new Problem.InvalidParam("page", "moet 1 of hoger zijn"));
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add(new Problem.InvalidParam("size", "moet tussen 1 en " + MAX_SIZE + " liggen"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
