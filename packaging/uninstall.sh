#!/bin/sh
# Remove what install.sh put in place for the current user. Libraries (your fiches, the
# default library in ~/.local/share/kb_app) and settings are kept: delete them yourself.
set -eu

APP_ID=io.github.kb_app.KbApp
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$HOME/.local/opt/kb_app
bin=$HOME/.local/bin

for link in "$bin/kb" "$bin/kb-app"; do
  # only our own links, never a kb that something else installed
  if [ -L "$link" ] && [ "$(readlink "$link")" = "$prefix/$(basename "$link")" ]; then
    rm -f "$link"
  fi
done
rm -f "$data/applications/$APP_ID.desktop" "$data/metainfo/$APP_ID.metainfo.xml" \
  "$data/mime/packages/$APP_ID.xml"
find "$data/icons/hicolor" -name "$APP_ID.*" -type f -delete 2>/dev/null || true
if [ -f "$prefix/share/man/man1/kb.1" ]; then rm -f "$data/man/man1/kb.1"; fi
if [ -f "$prefix/share/bash-completion/completions/kb" ]; then
  rm -f "$data/bash-completion/completions/kb"
fi
if [ -f "$prefix/share/zsh/site-functions/_kb" ]; then rm -f "$data/zsh/site-functions/_kb"; fi
rm -rf "$prefix"
command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$data/applications" 2>/dev/null || true
command -v update-mime-database >/dev/null 2>&1 && [ -d "$data/mime" ] \
  && update-mime-database "$data/mime" 2>/dev/null || true
echo "kb_app removed (libraries and settings kept)"
