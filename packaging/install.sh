#!/bin/sh
# Install kb_app for the current user (no root): run from the unpacked tarball's folder.
#   ./install.sh            copies the programs to ~/.local/opt/kb_app, links kb and kb-app
#                           in ~/.local/bin, adds the menu entry, icons and metainfo.
# Undo with ~/.local/opt/kb_app/uninstall.sh (your libraries are never touched).
set -eu

APP_ID=io.github.kb_app.KbApp
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$HOME/.local/opt/kb_app
bin=$HOME/.local/bin

if [ ! -x "$here/kb" ] || [ ! -x "$here/kb-app" ]; then
  echo "install.sh: run it from the unpacked kb_app folder (kb and kb-app not found in $here)" >&2
  exit 1
fi

# A fresh copy: the old programs go first, so that no stale library stays behind.
mkdir -p "$prefix.new"
cp -a "$here/." "$prefix.new/"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"

mkdir -p "$bin"
ln -sfn "$prefix/kb" "$bin/kb"
ln -sfn "$prefix/kb-app" "$bin/kb-app"

# Desktop integration, when the tarball carries it (share/ beside the programs).
share=$prefix/share
if [ -f "$share/applications/$APP_ID.desktop" ]; then
  mkdir -p "$data/applications"
  # The launcher runs the installed program by its full path (~/.local/bin may not be on PATH).
  sed "s|^Exec=kb-app|Exec=$prefix/kb-app|; s|^TryExec=kb-app|TryExec=$prefix/kb-app|" \
    "$share/applications/$APP_ID.desktop" > "$data/applications/$APP_ID.desktop"
fi
if [ -d "$share/icons/hicolor" ]; then
  (cd "$share/icons/hicolor" && find . -name "$APP_ID.*" -type f) | while read -r icon; do
    mkdir -p "$data/icons/hicolor/$(dirname "$icon")"
    cp "$share/icons/hicolor/$icon" "$data/icons/hicolor/$icon"
  done
fi
if [ -f "$share/metainfo/$APP_ID.metainfo.xml" ]; then
  mkdir -p "$data/metainfo"
  cp "$share/metainfo/$APP_ID.metainfo.xml" "$data/metainfo/"
fi
if [ -f "$share/mime/packages/$APP_ID.xml" ]; then  # the RIS file type, unknown to some systems
  mkdir -p "$data/mime/packages"
  cp "$share/mime/packages/$APP_ID.xml" "$data/mime/packages/"
fi
if [ -f "$share/man/man1/kb.1" ]; then
  mkdir -p "$data/man/man1"
  cp "$share/man/man1/kb.1" "$data/man/man1/kb.1"
fi
if [ -f "$share/bash-completion/completions/kb" ]; then
  mkdir -p "$data/bash-completion/completions"
  cp "$share/bash-completion/completions/kb" "$data/bash-completion/completions/kb"
fi
if [ -f "$share/zsh/site-functions/_kb" ]; then
  mkdir -p "$data/zsh/site-functions"
  cp "$share/zsh/site-functions/_kb" "$data/zsh/site-functions/_kb"
fi
# Refresh the menus and icon caches when the tools are there (they are optional).
command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$data/applications" 2>/dev/null || true
command -v update-mime-database >/dev/null 2>&1 \
  && update-mime-database "$data/mime" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
  && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true

echo "kb_app installed in $prefix"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "note: $bin is not on your PATH; add it to run kb and kb-app by name" ;;
esac
