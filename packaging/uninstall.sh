#!/bin/sh
# Remove what install.sh put in place for the current user. Libraries (your fiches, the
# default library in ~/.local/share/kb_app) and settings are kept: delete them yourself.
set -eu

data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$HOME/.local/opt/kb_app
bin=$HOME/.local/bin

for name in kb kb-app; do
  # only our own links, never a kb that something else installed
  if [ -L "$bin/$name" ] && [ "$(readlink "$bin/$name")" = "$prefix/$name" ]; then
    rm -f "$bin/$name"
  fi
done
# every file install.sh copied from share/ (same relative path under the data folder)
if [ -d "$prefix/share" ]; then
  (cd "$prefix/share" && find . -type f) | while read -r file; do
    rm -f "$data/$file"
  done
fi
rm -rf "$prefix"
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data/applications" ]; then
  update-desktop-database -q "$data/applications" 2>/dev/null || true
fi
if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data/mime/packages" ]; then
  update-mime-database "$data/mime" 2>/dev/null || true
fi
echo "kb_app removed (libraries and settings kept)"
