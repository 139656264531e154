#!/bin/sh
# Add Enterprise ML Integration to the Linux desktop's application menu.
#
# build.spec copies this script beside the executable in the one-folder bundle. Run it from
# there after unpacking the bundle where it will stay (e.g. ~/Apps/enterprise-ml-integration):
#
#   ./install-desktop-entry.sh            # for this user (~/.local/share)
#   sudo ./install-desktop-entry.sh --system   # for every user (/usr/local/share)
#   ./install-desktop-entry.sh --uninstall [--system]
#
# It installs resources/app/enterprise-ml-integration.desktop with Exec= pointing at this
# bundle's executable, and the icon (PNG 256 px and SVG) into the hicolor icon theme.
set -eu
NAME=enterprise-ml-integration
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${XDG_DATA_HOME:-$HOME/.local/share}
ACTION=install
for arg in "$@"; do
  case "$arg" in
    --system) PREFIX=/usr/local/share ;;
    --uninstall) ACTION=uninstall ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

# The bundle keeps resources under _internal/; a source checkout has them at the top.
APPDIR="$HERE/_internal/resources/app"
[ -d "$APPDIR" ] || APPDIR="$HERE/resources/app"
[ -d "$APPDIR" ] || APPDIR="$HERE/../../resources/app"
EXE="$HERE/$NAME"

DESKTOP_DIR="$PREFIX/applications"
ICON_DIR="$PREFIX/icons/hicolor"

if [ "$ACTION" = uninstall ]; then
  rm -f "$DESKTOP_DIR/$NAME.desktop" "$ICON_DIR/256x256/apps/$NAME.png" \
        "$ICON_DIR/scalable/apps/$NAME.svg"
  echo "removed $NAME from $PREFIX"
else
  [ -f "$APPDIR/$NAME.desktop" ] || { echo "cannot find $NAME.desktop under $APPDIR" >&2; exit 1; }
  [ -x "$EXE" ] || { echo "cannot find the executable $EXE" >&2; exit 1; }
  mkdir -p "$DESKTOP_DIR" "$ICON_DIR/256x256/apps" "$ICON_DIR/scalable/apps"
  # Exec= gets the absolute path of this bundle's executable (quoted for spaces).
  sed -e "s|^Exec=.*|Exec=\"$EXE\"|" -e "s|^TryExec=.*||" "$APPDIR/$NAME.desktop" \
    > "$DESKTOP_DIR/$NAME.desktop"
  chmod 644 "$DESKTOP_DIR/$NAME.desktop"
  cp "$APPDIR/app-icon.png" "$ICON_DIR/256x256/apps/$NAME.png"
  cp "$APPDIR/app-icon.svg" "$ICON_DIR/scalable/apps/$NAME.svg"
  echo "installed $DESKTOP_DIR/$NAME.desktop (Exec=$EXE) and the icon"
fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DESKTOP_DIR" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICON_DIR" || true
