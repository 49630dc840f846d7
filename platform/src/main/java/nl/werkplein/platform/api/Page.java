package nl.werkplein.platform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "page", "size", "totaal"}} (api.md). */
public record Page<T>(
        List<T> items,
        @Schema(description = "Paginanummer, vanaf 1", example = "1") int page,
        @Schema(description = "Aantal per pagina", example = "20") int size,
        @Schema(description = "Totaal aantal resultaten", example = "1") long totaal) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totaal);
    }
}
