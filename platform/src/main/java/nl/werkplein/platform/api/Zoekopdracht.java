package nl.werkplein.platform.api;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.runtime.JpaOperations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A filtered, paged list query on a Panache entity, built from optional filters:
 * <pre>{@code
 * return new Zoekopdracht().eq("pool", pool).van("datum", van).bevat("naam", naam)
 *         .pagina(Vacature.class, "aangebodenOp desc, id", paging, VacatureResponse::from);
 * }</pre>
 * {@code eq}, {@code van}, {@code tot} and {@code bevat} are optional: a null value adds nothing.
 * {@code verplicht} and both {@code waar} methods always add their clause, so a scope filter
 * (klant, werkgever, e-coach) can never be dropped silently by a null.
 */
public final class Zoekopdracht {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** {@code veld = waarde}, skipped when the value is null. */
    public Zoekopdracht eq(String veld, Object waarde) {
        if (waarde != null) {
            String naam = nieuweNaam(veld);
            voegToe(veld + " = :" + naam, naam, waarde);
        }
        return this;
    }

    /** {@code veld = waarde} that must always apply (the scope of the list); null is a programming error. */
    public Zoekopdracht verplicht(String veld, Object waarde) {
        Objects.requireNonNull(waarde, veld);
        return eq(veld, waarde);
    }

    /** {@code veld >= vanaf} (inclusive), skipped when null. */
    public Zoekopdracht van(String veld, Comparable<?> vanaf) {
        if (vanaf != null) {
            String naam = nieuweNaam(veld + "Van");
            voegToe(veld + " >= :" + naam, naam, vanaf);
        }
        return this;
    }

    /** {@code veld <= totEnMet} (inclusive), skipped when null. */
    public Zoekopdracht tot(String veld, Comparable<?> totEnMet) {
        if (totEnMet != null) {
            String naam = nieuweNaam(veld + "Tot");
            voegToe(veld + " <= :" + naam, naam, totEnMet);
        }
        return this;
    }

    /**
     * Case-insensitive "contains": {@code lower(veld) like %tekst%}. The text is trimmed and any % is
     * removed, so a caller cannot widen the pattern; skipped when null or blank.
     */
    public Zoekopdracht bevat(String veld, String tekst) {
        if (tekst != null && !tekst.isBlank()) {
            String naam = nieuweNaam(veld);
            voegToe("lower(" + veld + ") like :" + naam, naam,
                    "%" + tekst.strip().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        return this;
    }

    /** A raw clause without parameters, always added (e.g. {@code "afgerondOp is null"}). */
    public Zoekopdracht waar(String clause) {
        clauses.add("(" + clause + ")");
        return this;
    }

    /** A raw clause with one named parameter, always added (also when the value is null: guard optional ones yourself). */
    public Zoekopdracht waar(String clause, String naam, Object waarde) {
        if (params.containsKey(naam)) {
            throw new IllegalArgumentException("parameter :" + naam + " is al in gebruik");
        }
        voegToe("(" + clause + ")", naam, waarde);
        return this;
    }

    /** The where clause: the filters joined with "and", or {@code 1 = 1} without filters. */
    public String where() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    /** The named parameters of {@link #where()}. */
    public Map<String, Object> params() {
        return Collections.unmodifiableMap(params);
    }

    /** The query on an entity, ordered by {@code orderBy} (without "order by", e.g. {@code "naam, id"}). */
    @SuppressWarnings("unchecked")
    public <E extends PanacheEntityBase> PanacheQuery<E> query(Class<E> entity, String orderBy) {
        if (orderBy == null || orderBy.isBlank()) {
            throw new IllegalArgumentException("een gepagineerde lijst heeft een vaste volgorde nodig");
        }
        // the same call the enhanced static Entity.find(query, params) makes
        return (PanacheQuery<E>) JpaOperations.INSTANCE.find(entity, where() + " order by " + orderBy, new LinkedHashMap<>(params));
    }

    /** One page of the matching entities, mapped to their API form, with the total count. */
    public <E extends PanacheEntityBase, R> Page<R> pagina(Class<E> entity, String orderBy, PageRequest paging,
                                                           Function<? super E, ? extends R> mapper) {
        PanacheQuery<E> query = query(entity, orderBy);
        long totaal = query.count();
        List<R> items = query.page(paging.page() - 1, paging.size()).list().stream().<R>map(mapper).toList();
        return new Page<>(items, paging.page(), paging.size(), totaal);
    }

    private void voegToe(String clause, String naam, Object waarde) {
        clauses.add(clause);
        params.put(naam, waarde);
    }

    /** A parameter name from the field ("sleutel.klantId" → "sleutelklantId"), unique within this query. */
    private String nieuweNaam(String veld) {
        String basis = veld.replaceAll("[^A-Za-z0-9_]", "");
        String naam = basis;
        for (int i = 2; params.containsKey(naam); i++) {
            naam = basis + i;
        }
        return naam;
    }
}
