#!/bin/sh
# Removes what install.sh installed for the current user. Your Coach data (check-ins, sessions,
# settings, backups) stays where it is: `coach export` first if you want a copy elsewhere.
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/lib/coach
bin_dir=$HOME/.local/bin
app_id=io.github.coach.Coach

# The command link, only if it is Coach's.
if [ -L "$bin_dir/coach" ] && [ "$(readlink "$bin_dir/coach")" = "$app_dir/coach" ]; then
    rm -f "$bin_dir/coach"
fi
rm -f "$data_home/applications/coach.desktop" \
    "$data_home/metainfo/$app_id.metainfo.xml" \
    "$data_home/mime/packages/coach-plan.xml"
for icon in "$data_home"/icons/hicolor/*/apps/"$app_id".png "$data_home"/icons/hicolor/*/apps/"$app_id".svg; do
    if [ -e "$icon" ]; then
        rm -f "$icon"
    fi
done

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data_home/mime" ]; then
    update-mime-database "$data_home/mime"
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data_home/applications" ]; then
    update-desktop-database "$data_home/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$data_home/icons/hicolor" ]; then
    gtk-update-icon-cache --force --ignore-theme-index --quiet "$data_home/icons/hicolor" || true
fi

# Last, the app folder, which may hold this very script: the shell keeps reading it from the
# open file after it is removed.
if [ -x "$app_dir/coach" ]; then
    rm -rf "$app_dir"
fi
echo "Coach is uninstalled. Your data is kept; see 'Your data' in Coach's README to remove it."
