#!/bin/sh
# Stands in for the `docker` CLI during `mvn package -Pimage`: Quarkus' Jib extension hands a finished
# image to `docker load` (as a docker-archive tar on stdin); this writes that tar to $WERKPLEIN_IMAGE_TAR
# instead, so no Docker engine and no registry is needed. `docker info` is asked only for the platform.
set -eu
case "${1:-}" in
  info)
    echo '{"OSType":"linux","Architecture":"x86_64"}' ;;
  load)
    : "${WERKPLEIN_IMAGE_TAR:?set by the image profile (quarkus.jib.docker-environment)}"
    mkdir -p "$(dirname "$WERKPLEIN_IMAGE_TAR")"
    cat > "$WERKPLEIN_IMAGE_TAR.part"
    mv "$WERKPLEIN_IMAGE_TAR.part" "$WERKPLEIN_IMAGE_TAR"
    echo "Loaded image: written to $WERKPLEIN_IMAGE_TAR" ;;
  *)
    echo "docker-to-tar.sh: only 'info' and 'load' are supported, not: $*" >&2
    exit 1 ;;
esac
