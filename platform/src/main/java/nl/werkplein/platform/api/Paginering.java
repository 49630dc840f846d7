package nl.werkplein.platform.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The page/size pair of every list endpoint, documented once: a resource takes
 * {@code @BeanParam Paginering paginering} and passes {@link #verzoek()} on (400 naming the parameter
 * when out of range).
 */
public class Paginering {

    @Parameter(description = "Paginanummer, vanaf 1")
    @QueryParam("page")
    public Integer page;

    @Parameter(description = "Aantal per pagina, hoogstens 1000")
    @QueryParam("size")
    public Integer size;

    public PageRequest verzoek() {
        return PageRequest.of(page, size);
    }
}
