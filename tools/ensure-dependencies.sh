#!/bin/sh
# Makes sure the C libraries that course builds against are installed: libcmark-gfm
# and its GFM extensions, found through pkg-config. Installs them with apt-get when
# they are missing (as root, or through sudo), and says plainly what to do when it
# cannot.
set -eu

packages="pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev"

have_cmark_gfm() {
    command -v pkg-config >/dev/null 2>&1 || return 1
    pkg-config --exists libcmark-gfm || return 1
    # Debian ships the extensions' headers in a package of their own.
    includedir=$(pkg-config --variable=includedir libcmark-gfm)
    [ -f "$includedir/cmark-gfm-core-extensions.h" ]
}

fail() {
    echo "course: error: $1" >&2
    echo "course: install cmark-gfm and its extensions by hand (Debian/Ubuntu: apt-get install $packages), then run make again." >&2
    exit 1
}

if have_cmark_gfm; then
    exit 0
fi

echo "course: libcmark-gfm with its GFM extensions was not found by pkg-config; installing $packages"
command -v apt-get >/dev/null 2>&1 || fail "apt-get is not available on this machine"
if [ "$(id -u)" -eq 0 ]; then
    run=""
elif command -v sudo >/dev/null 2>&1; then
    run="sudo"
else
    fail "installing packages needs root, and sudo is not available"
fi
$run apt-get update -qq || fail "apt-get update failed"
DEBIAN_FRONTEND=noninteractive $run apt-get install -y -qq $packages || fail "apt-get install failed"
have_cmark_gfm || fail "the packages were installed, but pkg-config still cannot find libcmark-gfm"
echo "course: libcmark-gfm $(pkg-config --modversion libcmark-gfm) installed"
