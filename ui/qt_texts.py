"""Texts of Qt's own dialogs that Qt's shipped catalogues leave in English (or in Brazilian Portuguese).

Qt's qtbase_fr and qtbase_pt_BR do not translate the file dialog's "&Look in:" and "Files of &type:", so the dialog
was half English. They are listed here under Qt's own contexts so that lupdate puts them in KP Field's catalogues;
:func:`ui.i18n.install` installs KP Field's catalogue after Qt's, so these entries win (the Portuguese ones use the
European words KP Field uses elsewhere: ficheiro, not arquivo). Nothing imports this module at run time.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
)
