#!/bin/sh
# Regenerates the class list the launcher's class archive is made from (src/main/resources/org/leadline/startup/
# leadline.classlist): builds the jar, fills a throw-away workspace with demo leads and records every class a start
# to the unlocked main window loads. Run it after changing what the start-up loads; ClassArchiveTest names the classes
# the list lost. Needs a display (it uses xvfb-run when there is none).
set -eu
cd "$(dirname "$0")/.."
./mvnw -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LEADLINE_PASSPHRASE=classlist-passphrase-not-secret
java -jar target/leadline.jar --workspace "$work/ws" init --name Trainer --agency Leadline --country FR >/dev/null
java -jar target/leadline.jar --workspace "$work/ws" demo --leads 5000 --seed 1 >/dev/null
if [ -z "${DISPLAY:-}" ]; then
    set -- xvfb-run -a -s "-screen 0 1366x768x24"
else
    set --
fi
# The launcher's options (installer/jpackage-linux.txt), so that the same classes load.
"$@" java -Xmx4g -XX:+UseZGC -XX:DumpLoadedClassList="$work/classlist" \
    -cp target/leadline.jar org.leadline.ui.startup.StartupProbe app "$work/ws" >/dev/null 2>&1
# JFR's event handlers are generated with new names on every run: they cannot be archived.
grep -v '^jdk/jfr/internal/handlers/EventHandler' "$work/classlist" \
    > src/main/resources/org/leadline/startup/leadline.classlist
wc -l src/main/resources/org/leadline/startup/leadline.classlist
