#!/usr/bin/env bash
# Install the Debian/Ubuntu packages a fresh machine lacks for kb_app:
# python3-venv (to create the virtual environment) and the libraries Qt needs
# offscreen (tests) or in a window. Does nothing when everything is present.
set -euo pipefail

packages=(python3-venv libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
          libxkbcommon0 libx11-6 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
          libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 strace
          binutils)  # binutils: objdump, which PyInstaller runs to find shared libraries
# PyInstaller (`make dist`) bundles the interpreter's shared library, libpythonX.Y
packages+=("libpython$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')")
# `make check-desktop`: the validators of the desktop file and of the AppStream metainfo
packages+=(desktop-file-utils appstream)
if [ "${KB_WITH_XVFB:-0}" = "1" ]; then packages+=(xvfb xauth imagemagick); fi
# node and npm run citeproc-js for `make check-citations`: only when node is missing
if ! command -v node >/dev/null 2>&1; then packages+=(nodejs npm); fi

command -v dpkg-query >/dev/null 2>&1 || { echo "bootstrap: not a Debian-like system, skipping apt packages"; exit 0; }

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# python3-venv is only needed when the interpreter cannot create a venv with pip.
if python3 -c "import venv, ensurepip" 2>/dev/null; then
  missing=("${missing[@]/python3-venv}")
fi
read -r -a missing <<< "${missing[*]}"
[ ${#missing[@]} -eq 0 ] && exit 0

echo "bootstrap: installing system packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "bootstrap: please install as root: apt-get install -y ${missing[*]}" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
