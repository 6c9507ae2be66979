"""After unlock: offer to continue editing the reports whose editor did not close normally (crash, kill, lock).

The editor records the ids it edits in the store setting ``editing_reports`` and clears them on a normal close;
whatever is still there after an unlock was interrupted.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

EDITING_KEY = "editing_reports"


class ResumeEditsOffer(QObject):
    """Asks, one non-blocking question per interrupted report; emits :attr:`accepted` with the ids to reopen."""

    accepted = Signal(str)

    def __init__(self, session, parent: QWidget):
        super().__init__(parent)
        self._session = session
        self._parent = parent
        self._prompts: list[QMessageBox] = []

    @property
    def prompts(self) -> list[QMessageBox]:
        return list(self._prompts)

    def offer(self) -> None:
        """Read the interrupted ids on the store thread, then ask about each one still in the store."""
        def work(profile):
            ids = [i for i in (profile.settings.get(EDITING_KEY) or []) if isinstance(i, str)]
            found = [(rid, profile.reports.get(rid).title) for rid in ids if profile.reports.exists(rid)]
            if len(found) != len(ids):  # a new report closed before its first save: nothing to continue
                profile.settings.set(EDITING_KEY, [rid for rid, _ in found])
            return found

        self._session.op(work, on_done=self._on_found)

    def _on_found(self, found: list[tuple[str, str]]) -> None:
        if not self._session.is_unlocked:
            return
        for report_id, title in found:
            name = title or self.tr("untitled draft")
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Continue editing?"),
                              self.tr("KP Field closed while a report was being edited. Continue editing "
                                      "“{title}”?").format(title=name),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self._parent)
            box.finished.connect(lambda result, box=box, rid=report_id: self._on_prompt_finished(box, rid, result))
            self._prompts.append(box)
            box.open()

    def _on_prompt_finished(self, box: QMessageBox, report_id: str, result: int) -> None:
        if box in self._prompts:
            self._prompts.remove(box)
        box.deleteLater()
        if not self._session.is_unlocked or result == QMessageBox.StandardButton.Cancel:
            return
        if result == QMessageBox.StandardButton.Yes:
            self.accepted.emit(report_id)
            return

        def forget(profile):
            ids = profile.settings.get(EDITING_KEY) or []
            profile.settings.set(EDITING_KEY, [rid for rid in ids if rid != report_id])

        self._session.op(forget)

    def close_all(self) -> None:
        """On lock: the questions name reports, so they go at once (and change nothing)."""
        for box in self._prompts:
            box.done(QMessageBox.StandardButton.Cancel)
            box.deleteLater()
        self._prompts.clear()
