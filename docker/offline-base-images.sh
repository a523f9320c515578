#!/bin/sh
# Makes local stand-ins for the Dockerfile's two base images on a machine that reaches Debian's package mirror but no
# container registry: a Debian bookworm root file system (debootstrap) with Debian's OpenJDK 17 — and Maven for the
# build stage — imported into Podman (or Docker) under the fully qualified names the Dockerfile uses, so that the
# Dockerfile builds unchanged. Each image says what it is in its description label.
#
#   sudo docker/offline-base-images.sh [podman|docker]
#
# Needs root, debootstrap and the engine. Takes a few minutes and about 1 GB of disk. The host's local certificate
# authorities (LOCAL_CA_DIR, default /usr/local/share/ca-certificates) are trusted in the images as on the host.
set -eu

engine=${1:-podman}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
local_cas=${LOCAL_CA_DIR:-/usr/local/share/ca-certificates}
build_image=docker.io/library/maven:3.9-eclipse-temurin-17
runtime_image=docker.io/library/eclipse-temurin:17-jre
work=$(mktemp -d)
trap 'for p in "$work"/*/proc; do umount "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

debootstrap --variant=minbase bookworm "$work/base" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log"; exit 1; }
# The host's own certificate authorities (a TLS-intercepting proxy's, typically) are trusted in the images too, as
# on the host: else Maven in the build stage cannot reach Maven Central through the proxy.
if ls "$local_cas"/*.crt >/dev/null 2>&1; then
    mkdir -p "$work/base/usr/local/share/ca-certificates"
    cp "$local_cas"/*.crt "$work/base/usr/local/share/ca-certificates/"
fi

# variant NAME IMAGE DESCRIPTION PACKAGES...: the base plus PACKAGES, imported as IMAGE
variant() {
    name=$1 image=$2 description=$3
    shift 3
    root="$work/$name"
    cp -a "$work/base" "$root"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    mount -t proc proc "$root/proc"
    chroot "$root" apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y -q --no-install-recommends "$@" >/dev/null
    chroot "$root" apt-get clean
    umount "$root/proc"
    rm -rf "$root"/var/lib/apt/lists/*
    : >"$root/etc/resolv.conf"
    tar -C "$root" -c . | "$engine" import \
        --change 'ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64' \
        --change "LABEL org.opencontainers.image.description=\"$description\"" \
        --change 'CMD ["/bin/bash"]' - "$image"
}

variant jdk "$build_image" \
    "local stand-in made by offline-base-images.sh: Debian bookworm, openjdk-17-jdk-headless, maven" \
    openjdk-17-jdk-headless maven
variant jre "$runtime_image" \
    "local stand-in made by offline-base-images.sh: Debian bookworm, openjdk-17-jre-headless" \
    openjdk-17-jre-headless
"$engine" images --filter reference="$build_image" --filter reference="$runtime_image"
