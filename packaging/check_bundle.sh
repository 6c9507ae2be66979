#!/usr/bin/env bash
# Checks a built desktop bundle (default dist/kpfield) the way a user's machine would run it: each executable in an
# empty environment (env -i, a fresh HOME, no Python, no virtualenv, no checkout on any path).
#   - the frozen server: `kpfield server run` on 127.0.0.1, invitations for a coordinator and a monitor;
#   - the frozen CLI: a coordinator and a monitor profile (the monitor's in the default per-user folder), enrolment,
#     a report with a type, a location and a photo, marked ready, synced; the coordinator's sync verifies it
#     (signature, chain, receipt, photo hash) and shows it with its photo;
#   - nothing readable of the report anywhere in the fresh HOME;
#   - the frozen GUI starts offscreen (and under Xvfb with Qt's xcb plugin when xvfb-run is installed) and shows
#     its unlock window;
#   - the Qt plugins wanted are there, and no SQL driver.
# Usage: packaging/check_bundle.sh [BUNDLE_DIR]   (PYTHON: an interpreter for the harness only; default python3)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
[ -d "${1:-$here/../dist/kpfield}" ] || { echo "check_bundle: no bundle at ${1:-dist/kpfield}: run make bundle" >&2; exit 1; }
bundle=$(cd "${1:-$here/../dist/kpfield}" && pwd)
python=${PYTHON:-python3}
work=$(mktemp -d)
server_pid=""
cleanup() {
	if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "check_bundle: FAILED: $*" >&2; exit 1; }
step() { echo "check_bundle: $*"; }

mkdir -p "$work/home" "$work/outside"
# Everything below runs with only these variables. KPFIELD_INSECURE_FAST_KDF keeps the check quick; the KDF code
# path is the same as with calibrated parameters.
clean() { env -i HOME="$work/home" PATH=/usr/bin:/bin KPFIELD_INSECURE_FAST_KDF=1 "$@"; }
kp() { clean "$bundle/kpfield" "$@"; }

for exe in kpfield kpfield-gui; do [ -x "$bundle/$exe" ] || fail "$bundle/$exe is missing"; done
qt=$(find "$bundle" -type d -path "*PySide6/Qt/plugins" | head -n 1)
[ -n "$qt" ] || fail "no Qt plugins folder in the bundle"
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so imageformats/libqsvg.so imageformats/libqjpeg.so \
	iconengines/libqsvgicon.so position multimedia; do
	[ -e "$qt/$plugin" ] || fail "Qt plugin $plugin is missing"
done
[ ! -e "$qt/sqldrivers" ] || fail "Qt SQL drivers are in the bundle (the store is SQLCipher, never Qt SQL)"
find "$bundle" -name "_sqlite3*.so" -path "*sqlcipher3*" | grep -q . || fail "sqlcipher3 is missing"
[ -f "$bundle/kpfield.desktop" ] && [ -f "$bundle/kpfield.svg" ] || fail "the .desktop file or its icon is missing"

# The harness's own inputs: a passphrase file, a free port, a photo (a real camera photo when the shared fixtures
# are there, else one made with Pillow).
printf 'a passphrase for the bundle check 9\n' >"$work/outside/pass"
port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fixtures=${KPFIELD_FIXTURES:-$here/../../shared/fixtures}
photo="$fixtures/photos/DSCN0010.jpg"
if [ ! -f "$photo" ]; then
	photo="$work/outside/made.jpg"
	"$python" -c "import sys; from PIL import Image; Image.new('RGB', (640, 480), (120, 90, 60)).save(sys.argv[1])" \
		"$photo"
fi

step "server on 127.0.0.1:$port"
(exec env -i HOME="$work/home" PATH=/usr/bin:/bin "$bundle/kpfield" server run --data "$work/srv" \
	--host 127.0.0.1 --port "$port" 2>"$work/outside/server.log") &
server_pid=$!  # the server itself (exec), so that cleanup stops it
# Wait for uvicorn's own "running" line (no sleeps); give up after a minute.
timeout 60 grep -q -m 1 "Uvicorn running" <(tail --pid="$server_pid" -n +1 -f "$work/outside/server.log") \
	|| { cat "$work/outside/server.log" >&2; fail "the server did not start"; }

step "coordinator profile and enrolment"
pass=(--passphrase-file "$work/outside/pass")
coord="$work/home/coordinator"
kp server invite --data "$work/srv" --role coordinator --label "Harare desk" >"$work/outside/coord.txt"
kp init --role coordinator --home "$coord" "${pass[@]}" >/dev/null
kp enroll --home "$coord" "${pass[@]}" "$work/outside/coord.txt" >/dev/null

step "monitor profile in the default folder, a report with a photo, sync"
kp server invite --data "$work/srv" --role monitor --label "Mutare laptop" >"$work/outside/monitor.txt"
kp init "${pass[@]}" >/dev/null
[ -f "$work/home/.local/share/kpfield/profile.key" ] || fail "the monitor profile is not in the per-user data folder"
kp enroll "${pass[@]}" "$work/outside/monitor.txt" >/dev/null
narrative="Bundle check narrative $RANDOM$RANDOM: guards fired at diggers."
id=$(kp report add "${pass[@]}" --title "Shots at the fence" --narrative "$narrative" --type shooting \
	--site Marange --occurred 2026-03-14T09:30 --location "17°38'52\"S 31°29'10\"E" --photo "$photo" --ready)
kp sync "${pass[@]}" | grep -q "^sent 1, failed 0" || fail "the monitor's sync did not send the report"
kp sync --home "$coord" "${pass[@]}" | grep -q "^verified 1, quarantined 0" || fail "the coordinator did not verify it"
shown=$(kp report show --home "$coord" "${pass[@]}" --json "$id")
# Every check passed (signature, chain, receipt, and the photo against the SHA-256 in the signed manifest: the
# device sends a reduced copy, re-encoded without metadata, and keeps the original).
"$python" -c '
import json, sys
report, name = json.load(sys.stdin), sys.argv[1]
received = report["received"]
assert received["status"] == "verified", received
assert all(check["ok"] for check in received["verification"].values()), received["verification"]
assert [p["filename"] for p in report["photos"]] == [name], report["photos"]
assert len(report["photos"][0]["sha256"]) == 64' "$(basename "$photo")" <<<"$shown" \
	|| { echo "$shown" >&2; fail "the coordinator's copy did not verify, or lacks the photo"; }
grep -q "$narrative" <<<"$shown" || fail "the coordinator's copy lacks the narrative"

step "nothing readable of the report in HOME"
if grep -r -l -a -F "$narrative" "$work/home"; then fail "the narrative is readable in the files above"; fi

step "GUI, offscreen"
expect="kpfield-gui started: UnlockDialog visible=True resources=$bundle/"
out=$(clean QT_QPA_PLATFORM=offscreen timeout 120 "$bundle/kpfield-gui" --check-start 2>"$work/outside/gui.log") \
	|| { cat "$work/outside/gui.log" >&2; fail "the GUI did not start offscreen"; }
grep -q -F "$expect" <<<"$out" || fail "the GUI did not show its unlock window: $out"
if command -v xvfb-run >/dev/null 2>&1; then
	step "GUI, X11 (Xvfb, Qt's xcb plugin)"
	out=$(clean xvfb-run -a timeout 120 "$bundle/kpfield-gui" --check-start 2>"$work/outside/gui.log") \
		|| { cat "$work/outside/gui.log" >&2; fail "the GUI did not start under X11"; }
	grep -q -F "$expect" <<<"$out" || fail "the GUI did not show its unlock window under X11: $out"
fi
step "OK ($(du -sh "$bundle" | cut -f 1) in $bundle)"
