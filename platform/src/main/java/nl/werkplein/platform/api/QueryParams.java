package nl.werkplein.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Typed query parameters that fail as 400 with the parameter named: JAX-RS would answer a
 * conversion failure of a query parameter with 404, which tells a caller nothing.
 */
public final class QueryParams {

    private final List<Problem.InvalidParam> problems = new ArrayList<>();

    public LocalDate datum(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new Problem.InvalidParam(name, "moet een datum zijn (JJJJ-MM-DD)"));
            return null;
        }
    }

    public UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem.InvalidParam(name, "moet een UUID zijn"));
            return null;
        }
    }

    /** An enum value by its name (case-insensitive); the reason lists the allowed values. */
    public <E extends Enum<E>> E enumWaarde(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        List<String> namen = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            namen.add(constant.name());
        }
        problems.add(new Problem.InvalidParam(name, "moet een van " + String.join(", ", namen) + " zijn"));
        return null;
    }

    public void invalid(String name, String reason) {
        problems.add(new Problem.InvalidParam(name, reason));
    }

    /** Throws one 400 with every problem found so far. */
    public void check() {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }
}
