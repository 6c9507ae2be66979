#!/usr/bin/env bash
# macOS: sign (optional), package and notarise (optional) "dist/KP Field.app" made by PyInstaller from
# packaging/kpfield.spec. Run by .github/workflows/bundles.yml on a hosted macOS runner; not run on the project's
# Linux machines.
#   packaging/macos/make_dmg.sh VERSION        -> dist/kpfield-VERSION-macos.dmg
# Signing needs an Apple Developer ID Application certificate in the keychain (MACOS_SIGN_IDENTITY, e.g.
# "Developer ID Application: Org (TEAMID)"); notarisation needs an App Store Connect API key or an app-specific
# password (MACOS_NOTARY_PROFILE: a profile stored with `xcrun notarytool store-credentials`). Without them the
# .dmg is unsigned: Gatekeeper then refuses a double-click and the user must right-click > Open once.
set -euo pipefail
version=${1:?usage: make_dmg.sh VERSION}
cd "$(dirname "$0")/../.."
app="dist/KP Field.app"
dmg="dist/kpfield-$version-macos.dmg"
[ -d "$app" ] || { echo "missing $app: run pyinstaller packaging/kpfield.spec first" >&2; exit 1; }

# The CLI inside the .app for those who want it: "KP Field.app/Contents/MacOS/kpfield".
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
	codesign --force --deep --options runtime --timestamp \
		--entitlements packaging/macos/entitlements.plist --sign "$MACOS_SIGN_IDENTITY" "$app"
	codesign --verify --strict --verbose=2 "$app"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "KP Field $version" -srcfolder "$staging" -fs HFS+ -format UDZO "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
	codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
	xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
	xcrun stapler staple "$dmg"
fi
echo "$dmg"
