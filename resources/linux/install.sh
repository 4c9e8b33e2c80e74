#!/bin/sh
# Installs Coach for the current user (no root needed), from the unpacked Linux download:
#   ./install.sh
# Puts the app in ~/.local/lib/coach, the command in ~/.local/bin/coach, and the menu entry, icons
# and the .coachplan file type under ~/.local/share. Running it again replaces the installed app.
# ~/.local/lib/coach/uninstall.sh removes it all again; your Coach data is kept either way.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/lib/coach
bin_dir=$HOME/.local/bin
app_id=io.github.coach.Coach

if [ ! -x "$here/coach/coach" ]; then
    echo "install.sh: $here/coach/coach is missing; run install.sh from the unpacked download" >&2
    exit 1
fi
if [ -e "$bin_dir/coach" ] && [ ! -L "$bin_dir/coach" ]; then
    echo "install.sh: $bin_dir/coach exists and is not Coach's link; move it away first" >&2
    exit 1
fi

# The app: replaced whole, but only if what is there is a Coach installed by this script.
if [ -e "$app_dir" ]; then
    if [ ! -x "$app_dir/coach" ] || [ ! -e "$app_dir/uninstall.sh" ]; then
        echo "install.sh: $app_dir exists but is not an installed Coach; move it away first" >&2
        exit 1
    fi
    rm -rf "$app_dir"
fi
mkdir -p "$(dirname "$app_dir")" "$bin_dir"
cp -RP "$here/coach" "$app_dir"
cp "$here/uninstall.sh" "$app_dir/uninstall.sh"
chmod +x "$app_dir/uninstall.sh"
ln -sfn "$app_dir/coach" "$bin_dir/coach"

# The menu entry runs the app by its full path: ~/.local/bin is not on every desktop's PATH.
# Desktop Entry quoting: the path in double quotes with \ " ` $ escaped by a backslash, and then
# every backslash doubled (the string rule), so an odd home folder name still works.
quoted=$(printf '%s' "$app_dir/coach" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')
plain=$(printf '%s' "$app_dir/coach" | sed -e 's/\\/\\\\/g')
mkdir -p "$data_home/applications"
while IFS= read -r line; do
    case $line in
        "Exec=coach "*) printf 'Exec="%s" %s\n' "$quoted" "${line#Exec=coach }" ;;
        "TryExec=coach") printf 'TryExec=%s\n' "$plain" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/coach.desktop" > "$data_home/applications/coach.desktop"

mkdir -p "$data_home/metainfo" "$data_home/mime/packages"
cp "$here/$app_id.metainfo.xml" "$data_home/metainfo/$app_id.metainfo.xml"
cp "$here/coach-plan.xml" "$data_home/mime/packages/coach-plan.xml"

for icon in "$here"/icons/hicolor/*/apps/*; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$data_home/icons/hicolor/$size/apps"
    cp "$icon" "$data_home/icons/hicolor/$size/apps/"
done

# Caches the desktop reads; each tool is optional, and without it the desktop finds the files later.
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data_home/mime"
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data_home/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache --force --ignore-theme-index --quiet "$data_home/icons/hicolor" || true
fi

echo "Coach is installed in $app_dir."
echo "Start it from the applications menu, or run: $bin_dir/coach"
case ":${PATH:-}:" in
    *":$bin_dir:"*) ;;
    *) echo "($bin_dir is not on your PATH, so plain 'coach' works only after you add it.)" ;;
esac
echo "To remove it: $app_dir/uninstall.sh"
