#!/bin/sh
# Install kb_app for the current user (no root): run from the unpacked tarball's folder.
#   ./install.sh     copies the programs to ~/.local/opt/kb_app, links kb and kb-app in
#                    ~/.local/bin, and adds what share/ holds: the menu entry, icons, metainfo,
#                    the .ris file type, man pages and shell completions.
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
if [ "$here" != "$prefix" ]; then
  rm -rf "$prefix.new"
  mkdir -p "$prefix.new"
  cp -a "$here/." "$prefix.new/"
  rm -rf "$prefix"
  mv "$prefix.new" "$prefix"
fi

mkdir -p "$bin"
ln -sfn "$prefix/kb" "$bin/kb"
ln -sfn "$prefix/kb-app" "$bin/kb-app"

# share/ mirrors the user's data folder: each file goes to the same place under it. The menu
# entry runs the installed program by its full path (~/.local/bin may not be on PATH).
share=$prefix/share
if [ -d "$share" ]; then
  (cd "$share" && find . -type f) | while read -r file; do
    mkdir -p "$data/$(dirname "$file")"
    case "$file" in
      */applications/*.desktop)
        sed "s|^Exec=kb-app|Exec=$prefix/kb-app|; s|^TryExec=kb-app|TryExec=$prefix/kb-app|" \
          "$share/$file" > "$data/$file" ;;
      *) cp "$share/$file" "$data/$file" ;;
    esac
  done
fi
# Refresh the menus, file types and icon caches when the tools are there (all optional).
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data/applications" ]; then
  update-desktop-database -q "$data/applications" 2>/dev/null || true
fi
if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data/mime/packages" ]; then
  update-mime-database "$data/mime" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
  gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
fi

echo "kb_app installed in $prefix ($APP_ID)"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "note: $bin is not on your PATH; add it to run kb and kb-app by name" ;;
esac
if [ -f "$share/zsh/site-functions/_kb" ]; then
  echo "zsh: add $data/zsh/site-functions to fpath for kb's completion"
fi
