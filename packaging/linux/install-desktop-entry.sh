#!/bin/sh
# Adds KP Field to this user's application menu (no root needed): the .desktop file, pointing at this folder's
# kpfield-gui, and the icon. Run it again after moving the folder; remove both files to undo:
#   ~/.local/share/applications/kpfield.desktop  ~/.local/share/icons/hicolor/scalable/apps/kpfield.svg
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps"
cp "$here/kpfield.svg" "$data/icons/hicolor/scalable/apps/kpfield.svg"
sed "s|^Exec=kpfield-gui\$|Exec=\"$here/kpfield-gui\"|" "$here/kpfield.desktop" >"$data/applications/kpfield.desktop"
echo "KP Field added to the application menu ($data/applications/kpfield.desktop)."
