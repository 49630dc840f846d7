package nl.werkplein.platform.api;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lifts the HTTP codec's own limits above the API's (ApiLimits: a 4096-character URI, 20 KiB of
 * headers). The codec answers a request over its limits before any route runs, with a bare 414/431
 * and none of the security headers; below them RequestGuard answers as problem+json.
 */
@ApplicationScoped
public class HttpCodecLimits implements HttpServerOptionsCustomizer {

    static final int CODEC_LIMIT = 64 * 1024;

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setMaxInitialLineLength(Math.max(options.getMaxInitialLineLength(), CODEC_LIMIT));
        options.setMaxHeaderSize(Math.max(options.getMaxHeaderSize(), CODEC_LIMIT));
    }
}
