"""The GUI's own settings (Qt's QSettings for ``KP Field`` / ``kpfield-gui``), found and removed without Qt.

The GUI keeps a few things outside the encrypted store (window layout, the language, the remembered-key choice);
their existence alone says KP Field was used on this computer. The app's quick delete removes them; ``kpfield wipe``
does the same through this module, which computes the place Qt uses for ``QSettings(ORGANIZATION, APPLICATION)``
in its native format:

- Linux and other Unix: ``$XDG_CONFIG_HOME/KP Field/kpfield-gui.conf`` (``~/.config`` when unset);
- macOS: ``~/Library/Preferences/com.kp-field.kpfield-gui.plist``;
- Windows: the registry key ``HKEY_CURRENT_USER\\Software\\KP Field\\kpfield-gui``.

Qt's own file dialog also remembers the last folders visited (``FileDialog/lastVisited`` and ``history`` in
``QtProject.conf``), which could show where a key backup was saved; those two keys are removed too, the rest of that
shared file is left alone.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANIZATION = "KP Field"
APPLICATION = "kpfield-gui"
_QT_FILE_DIALOG_KEYS = ("lastVisited=", "history=")


def _config_home() -> Path:
    xdg = os.environ.get("XDG_CONFIG_HOME")
    return Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".config"


def settings_file() -> Path | None:
    """Where the GUI's settings file is on this platform (None on Windows, where they live in the registry)."""
    if sys.platform == "win32":
        return None
    if sys.platform == "darwin":
        domain = "com." + "".join(c if c.isalnum() else "-" for c in ORGANIZATION.lower())
        return Path.home() / "Library" / "Preferences" / f"{domain}.{APPLICATION}.plist"
    return _config_home() / ORGANIZATION / f"{APPLICATION}.conf"


def forget_app_settings() -> list[str]:
    """Remove the GUI's settings (file or registry key) and Qt's file-dialog history; returns what was removed."""
    removed = []
    path = settings_file()
    if path is None:
        removed += _forget_registry()
    elif path.is_file():
        path.unlink()
        removed.append(str(path))
        if path.parent.name == ORGANIZATION:
            try:
                path.parent.rmdir()  # the organisation's folder, only when nothing else is in it
                removed.append(str(path.parent))
            except OSError:
                pass
    if sys.platform not in ("win32", "darwin"):
        qt = _config_home() / "QtProject.conf"
        if _drop_file_dialog_history(qt):
            removed.append(f"{qt} [FileDialog]")
    return removed


def _drop_file_dialog_history(path: Path) -> bool:
    """Remove the file dialog's last-visited folders from Qt's shared INI file (one key per line)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    except (OSError, UnicodeDecodeError):
        return False
    kept, section, dropped = [], "", False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped
        elif section == "[FileDialog]" and stripped.startswith(_QT_FILE_DIALOG_KEYS):
            dropped = True
            continue
        kept.append(line)
    if dropped:
        path.write_text("".join(kept), encoding="utf-8")
    return dropped


def _forget_registry() -> list[str]:  # pragma: no cover - Windows only
    import winreg

    key = f"Software\\{ORGANIZATION}\\{APPLICATION}"
    removed = []

    def delete_tree(root, sub: str) -> None:
        with winreg.OpenKey(root, sub, 0, winreg.KEY_ALL_ACCESS) as handle:
            while True:
                try:
                    child = winreg.EnumKey(handle, 0)
                except OSError:
                    break
                delete_tree(root, f"{sub}\\{child}")
        winreg.DeleteKey(root, sub)

    try:
        delete_tree(winreg.HKEY_CURRENT_USER, key)
        removed.append(f"HKEY_CURRENT_USER\\{key}")
        winreg.DeleteKey(winreg.HKEY_CURRENT_USER, f"Software\\{ORGANIZATION}")  # only if now empty
    except OSError:
        pass
    return removed
