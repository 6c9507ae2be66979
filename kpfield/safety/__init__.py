"""Field safety: quick wipe, duress passphrase, failed-unlock guard and key backup/recovery (Qt-free)."""
