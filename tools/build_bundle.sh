#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle (dist/enterprise-ml-integration/) and prove it runs:
#   1. `pyinstaller build.spec --noconfirm`
#   2. the bundled executable with --smoke (every page, every control), with
#      --quit-when-shown (the first frame) and with --quit-when-ready (the course loaded
#      after it), all on Qt's offscreen platform, each must exit 0;
#   3. `validate` must find the editable content/ folder beside the executable;
#   4. the kiosk's way out: `kiosk set-pin` with a PIN on standard input into a fresh data
#      folder, then `kiosk self-test`, which starts that kiosk and leaves it through its PIN
#      pad (a wrong PIN refused, the right one opening the administrator panel, "Exit kiosk
#      mode"). A bundle without what the PIN hash needs fails here, not in a training room.
# Called by .ci/run; run it by hand the same way:  tools/build_bundle.sh
# Environment: PYTHON (default .venv/bin/python, else python3), BUNDLE_TIMEOUT (s, default 300).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-}
if [ -z "$PYTHON" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python
  elif [ -x .venv/Scripts/python.exe ]; then PYTHON=.venv/Scripts/python.exe
  else PYTHON=python3; fi
fi
TIMEOUT=${BUNDLE_TIMEOUT:-300}
NAME=enterprise-ml-integration

echo "== pyinstaller build.spec ($("$PYTHON" -m PyInstaller --version))"
start=$(date +%s)
"$PYTHON" -m PyInstaller build.spec --noconfirm --log-level WARN
EXE=dist/$NAME/$NAME
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) EXE=$EXE.exe ;; esac
echo "built in $(( $(date +%s) - start )) s: $(du -sh "dist/$NAME" | cut -f1) in dist/$NAME"

fail() { echo "build_bundle: $*" >&2; exit 1; }
[ -x "$EXE" ] || fail "no executable at $EXE"
[ -f "dist/$NAME/content/course.yaml" ] || fail "content/ is not beside the executable"
[ -d "dist/$NAME/_internal/licences" ] || fail "licences/ missing from the bundle"

run() {  # run the bundled app with a time limit; print its exit code; fail on non-zero
  local what=$1; shift
  local data rc=0
  data=$(mktemp -d)
  QT_QPA_PLATFORM=offscreen timeout "$TIMEOUT" "$EXE" "$@" --data-dir "$data" || rc=$?
  rm -rf "$data"
  echo "$what: exit code $rc"
  [ "$rc" -eq 0 ] || fail "$what failed (exit code $rc)"
}

echo "== bundled app: --smoke"
run "--smoke" --smoke
echo "== bundled app: --smoke in German (its catalogue and Qt's are in the bundle)"
run "--smoke --lang de" --smoke --lang de
echo "== bundled app: --quit-when-shown"
run "--quit-when-shown" --quit-when-shown
echo "== bundled app: --quit-when-ready"
run "--quit-when-ready" --quit-when-ready
echo "== bundled app: validate (content beside the executable)"
rc=0
QT_QPA_PLATFORM=offscreen timeout 60 "$EXE" validate || rc=$?
[ "$rc" -eq 0 ] || fail "validate of the bundled content failed (exit code $rc)"
echo "== bundled kiosk: set-pin, then the PIN pad (kiosk self-test)"
kiosk_data=$(mktemp -d)
trap 'rm -rf "$kiosk_data"' EXIT
PIN=482913
rc=0
echo "$PIN" | QT_QPA_PLATFORM=offscreen timeout 120 "$EXE" kiosk set-pin --data-dir "$kiosk_data" || rc=$?
[ "$rc" -eq 0 ] || fail "kiosk set-pin failed (exit code $rc)"
echo "$PIN" | QT_QPA_PLATFORM=offscreen timeout "$TIMEOUT" "$EXE" kiosk self-test --data-dir "$kiosk_data" \
  || rc=$?
[ "$rc" -eq 0 ] || fail "the bundled kiosk could not be unlocked with its PIN (exit code $rc)"
echo "bundle OK: dist/$NAME"
