#!/bin/sh
# Builds the services' base image (Debian bookworm + OpenJDK 17 JRE, headless) as a docker-archive
# tar, with no Docker engine and no container registry: debootstrap writes the root filesystem from
# the Debian mirror, and this script packs it as one layer with the image config and manifest that
# `docker save` would write. Jib reads it as `tar://<file>` (see deploy/image/README.md).
#
#   deploy/image/base-image.sh [OUTPUT.tar]      (default deploy/image/target/werkplein-jre17.tar)
#
# Needs root (debootstrap chroots), debootstrap, tar, sha256sum. About a minute on 2 cores.
# Environment: SUITE (bookworm), MIRROR (http://deb.debian.org/debian), TAG (werkplein/jre17:bookworm).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/target/werkplein-jre17.tar}
suite=${SUITE:-bookworm}
mirror=${MIRROR:-http://deb.debian.org/debian}
tag=${TAG:-werkplein/jre17:$suite}
# the user the services run as; 185 is the uid Quarkus' own images use, so operators find it familiar
uid=185

command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install debootstrap" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "debootstrap needs root" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/werkplein-base.XXXXXX")
# never delete through a mount debootstrap might have left behind
unmount() { for m in dev/pts dev proc sys; do mountpoint -q "$rootfs/$m" 2>/dev/null && umount -l "$rootfs/$m"; done; true; }
trap 'unmount; rm -rf --one-file-system "$work"' EXIT
rootfs=$work/rootfs
mkdir -p "$rootfs" "$work/image" "$(dirname "$out")"

# minbase: only essential packages and apt; the JRE brings ca-certificates(-java) and tzdata.
debootstrap --variant=minbase --include=openjdk-17-jre-headless "$suite" "$rootfs" "$mirror"

# The non-root user (no login shell) that owns nothing in the image but its home, the working dir.
echo "app:x:$uid:$uid:Werkplein service:/home/jboss:/usr/sbin/nologin" >> "$rootfs/etc/passwd"
echo "app:x:$uid:" >> "$rootfs/etc/group"
mkdir -p "$rootfs/home/jboss"
chown "$uid:$uid" "$rootfs/home/jboss"

# What a running JVM never needs: package caches and lists, documentation, manuals, locales.
rm -rf "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/* \
       "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* \
       "$rootfs"/usr/share/locale/* "$rootfs"/tmp/* "$rootfs"/var/tmp/*
unmount
# The container runtime provides /dev, /proc and /sys; device nodes do not belong in a layer.
rm -rf --one-file-system "$rootfs"/dev/* "$rootfs"/proc/* "$rootfs"/sys/*

java_home=$(dirname "$(dirname "$(readlink -f "$rootfs/etc/alternatives/java")")")
java_home=${java_home#"$rootfs"}
"$rootfs$java_home/bin/java" -version 2>&1 | head -1 || true

# One layer, numeric owners so uid 185 survives, sorted and with a fixed mtime-less order for repeatability.
tar --numeric-owner --sort=name -C "$rootfs" -cf "$work/layer.tar" .
layer_sha=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
mkdir -p "$work/image/$layer_sha"
mv "$work/layer.tar" "$work/image/$layer_sha/layer.tar"

created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
cat > "$work/config.json" <<EOF
{"architecture":"amd64","os":"linux","created":"$created",
 "config":{"User":"$uid","WorkingDir":"/home/jboss",
  "Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$java_home","LANG=C.UTF-8"],
  "Labels":{"org.opencontainers.image.title":"Werkplein JRE 17 base","org.opencontainers.image.base.name":"debian:$suite"}},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer_sha"]},
 "history":[{"created":"$created","created_by":"deploy/image/base-image.sh (debootstrap --variant=minbase $suite + openjdk-17-jre-headless)"}]}
EOF
config_sha=$(sha256sum "$work/config.json" | cut -d' ' -f1)
mv "$work/config.json" "$work/image/$config_sha.json"
printf '[{"Config":"%s.json","RepoTags":["%s"],"Layers":["%s/layer.tar"]}]\n' "$config_sha" "$tag" "$layer_sha" \
  > "$work/image/manifest.json"

tar -C "$work/image" -cf "$out" manifest.json "$config_sha.json" "$layer_sha"
echo "base image $tag: $out ($(du -h "$out" | cut -f1))"
