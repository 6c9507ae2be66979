"""No traces: after a full GUI session (create, write, attach and view a photo, autosave, lock, unlock, quit) no
report text and no photo bytes are anywhere on disk outside the encrypted store.

The session runs in a child process (tests/ui/no_traces_session.py) whose HOME, TMPDIR, XDG folders and profile
folder all lie in tmp_path, so every file it could write — settings, caches, temp files, the profile — is
scanned: for the marker texts in UTF-8 and UTF-16-LE, for slices of the photo, and for image file signatures.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PHOTO = "jolla.jpg"  # 3264x2448: viewing it at full resolution reads and decodes the original
SIGNATURES = {  # file signatures of the image formats KP Field reads
    "JPEG": b"\xff\xd8\xff",
    "PNG": b"\x89PNG\r\n\x1a\n",
    "WebP": b"WEBP",  # after "RIFF" and a length
    "HEIC": b"ftypheic",
    "HEIF": b"ftypmif1",
}


STATS: dict = {}  # read by bench/security_report.py for docs/SECURITY_TESTS.md


def _needles(markers: dict, photo: bytes) -> dict[str, bytes]:
    needles = {}
    for field, text in markers.items():
        needles[f"{field} (UTF-8)"] = text.encode("utf-8")
        needles[f"{field} (UTF-16-LE)"] = text.encode("utf-16-le")
    for i, start in enumerate((len(photo) // 4, len(photo) // 2, 3 * len(photo) // 4)):  # inside the JPEG data
        needles[f"photo slice {i + 1}"] = photo[start:start + 64]
    return needles


def _is_store(path: Path, home: Path) -> bool:
    return path.parent == home and path.name.startswith("store-") and path.name.endswith(".db")


def test_a_full_session_leaves_no_report_text_or_photo_bytes_on_disk(tmp_path, photos_dir):
    folders = {name: tmp_path / name.lower() for name in
               ("HOME", "TMPDIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR")}
    folders["KPFIELD_HOME"] = tmp_path / "home" / "kpfield-profile"
    for name, folder in folders.items():
        if name != "KPFIELD_HOME":
            folder.mkdir(mode=0o700, parents=True)
    tag = secrets.token_hex(4)
    markers = {"title": f"Tracemark title {tag} beating at the sluice",
               "narrative": f"Tracemark narrative {tag}: guards beat two diggers near the washing plant",
               "witness": f"Tracemark witness {tag}",
               "caption": f"Tracemark caption {tag} truck at the gate"}
    photo_path = photos_dir / PHOTO
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "KPFIELD_"))}
    env.update({name: str(folder) for name, folder in folders.items()})
    env.update(QT_QPA_PLATFORM="offscreen", KPFIELD_INSECURE_FAST_KDF="1", PYTHONDONTWRITEBYTECODE="1",
               TMP=str(folders["TMPDIR"]), TEMP=str(folders["TMPDIR"]))
    child = subprocess.run([sys.executable, str(HERE / "no_traces_session.py"), str(photo_path), json.dumps(markers)],
                           env=env, cwd=str(tmp_path), capture_output=True, text=True, timeout=120)
    assert child.returncode == 0, child.stdout + child.stderr
    outcome = json.loads(child.stdout.strip().splitlines()[-1])
    child_temp = Path(outcome["tempdir"])
    assert child_temp == folders["TMPDIR"]  # the child's system temp folder is one we scan
    assert (folders["KPFIELD_HOME"] / "profile.key").exists()  # the session really ran there

    needles = _needles(markers, photo_path.read_bytes())
    found, files, total, stores = scan(tmp_path, folders["KPFIELD_HOME"], needles)
    print(f"\nno-traces scan: {len(files)} files, {total} bytes ({stores} encrypted stores) under {tmp_path}: "
          f"{', '.join(files)}; {len(needles)} needles; found: {found or 'nothing'}")
    STATS.update(files=len(files), bytes=total, stores=stores, needles=len(needles), signatures=len(SIGNATURES),
                 found=len(found), names=sorted(Path(f).name for f in files))
    assert stores >= 1 and len(files) > stores  # the stores, the key file, the unlock counter, Qt's settings
    assert found == []


def scan(root: Path, home: Path, needles: dict[str, bytes]) -> tuple[list[str], list[str], int, int]:
    """Every file under ``root``: (what was found where, the files, bytes scanned, encrypted stores)."""
    found, files, total, stores = [], [], 0, 0
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
        data = path.read_bytes()
        name = str(path.relative_to(root))
        files.append(name)
        total += len(data)
        found += [f"{what} in {name}" for what, needle in needles.items() if needle in data]
        if _is_store(path, home):
            stores += 1  # ciphertext: three-byte signatures occur in random data by chance
            continue
        found += [f"a {kind} signature in {name}" for kind, sig in SIGNATURES.items() if sig in data]
    return found, files, total, stores


def test_the_scan_finds_planted_traces(tmp_path, photos_dir):
    """The scanner itself is not blind: a UTF-16 marker, a photo slice and a PNG thumbnail are all found."""
    photo = (photos_dir / PHOTO).read_bytes()
    needles = _needles({"title": "Tracemark planted"}, photo)
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "qml.bin").write_bytes(b"x" + "Tracemark planted".encode("utf-16-le") + b"y")
    (tmp_path / "slice.bin").write_bytes(photo[len(photo) // 2 - 10: len(photo) // 2 + 100])
    (tmp_path / "thumb.dat").write_bytes(b"\x00\x89PNG\r\n\x1a\n...")
    found, files, total, stores = scan(tmp_path, tmp_path / "profile", needles)
    assert sorted(found) == ["a PNG signature in thumb.dat", "photo slice 2 in slice.bin",
                             "title (UTF-16-LE) in cache/qml.bin"]
    assert len(files) == 3 and stores == 0 and total > 100
