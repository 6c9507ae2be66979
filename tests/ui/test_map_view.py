"""The offline map: points drawn in their colours, clusters by zoom level, clicks and keys open reports, and the
dock in the real app loads the list's reports and forgets them on lock."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QToolTip
from ui_helpers import PASSPHRASE, sample_report, unlock

from kpfield.geo.cluster import project
from kpfield.geo.location import Location, LocationSource
from kpfield.geo.map_points import MapPoint, MapPoints
from ui.map_dock import MapPanel
from ui.map_layers import colour_for
from ui.map_view import MAX_ZOOM, MapView

MARANGE = (-20.10, 32.35)


def _spread(n: int, centre=MARANGE, km: float = 20, seed: int = 1, **fields) -> list[MapPoint]:
    rng = random.Random(seed)
    types = ("shooting", "child_labour", "smuggling")
    return [MapPoint(f"r{i}", centre[0] + rng.uniform(-km, km) / 111, centre[1] + rng.uniform(-km, km) / 111,
                     fields.get("primary_type", types[i % 3]), "ready", fields.get("review_state"), f"Report {i}")
            for i in range(n)]


@pytest.fixture
def view(qtbot):
    view = MapView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def _zoom_on(view, lat, lon, zoom):
    view.set_zoom(zoom, QPointF(*project(lon, lat)))


def test_points_are_drawn_in_their_type_colour(view):
    point = MapPoint("a", -20.1, 32.35, "smuggling", "ready", None, "Lorry at the checkpoint")
    view.set_points([point])
    _zoom_on(view, -20.1, 32.35, 10)
    pos = view.viewport_pos_of("a").toPoint()
    image = view.viewport().grab().toImage()
    assert image.pixelColor(pos) == colour_for("smuggling", "type")
    assert image.pixelColor(pos + QPoint(40, 40)) != colour_for("smuggling", "type")


def test_clusters_follow_the_zoom_level_and_are_computed_once_per_level(view):
    view.set_points(_spread(300))
    _zoom_on(view, *MARANGE, 4)
    assert [c.count for c in view.clusters()] == [300]
    _zoom_on(view, *MARANGE, 12)
    assert len(view.clusters()) > 100
    assert sum(c.count for c in view.clusters()) == 300
    computed = view.recluster_count
    _zoom_on(view, *MARANGE, 12.6)  # same level: no new clustering
    assert view.recluster_count == computed
    _zoom_on(view, *MARANGE, 4.2)  # a level seen before: kept, not recomputed
    assert view.recluster_count == computed and len(view.clusters()) == 1


def test_clicking_a_point_emits_its_report_id(qtbot, view):
    points = _spread(40)
    view.set_points(points)
    _zoom_on(view, *MARANGE, 13)
    single = next(c for c in view.clusters() if c.count == 1 and view.viewport().rect().contains(
        view.mapFromScene(QPointF(c.x, c.y))))
    target = points[single.ids[0]].report_id
    with qtbot.waitSignal(view.report_activated, timeout=2_000) as signal:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport_pos_of(target).toPoint())
    assert signal.args == [target]


def test_clicking_a_cluster_zooms_in_on_it(qtbot, view):
    view.set_points(_spread(50, km=5))
    _zoom_on(view, *MARANGE, 5)
    [cluster] = view.clusters()
    pos = view.mapFromScene(QPointF(cluster.x, cluster.y))
    with qtbot.assertNotEmitted(view.report_activated):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.zoom_level >= 9 and len(view.clusters()) > 1
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(QPointF(cluster.x, cluster.y))


def test_reports_at_one_spot_are_listed_in_a_menu(qtbot, view):
    points = [MapPoint(f"s{i}", -9.41, 20.30, "shooting", "ready", None, f"Catoca report {i}") for i in range(3)]
    view.set_points(points)
    _zoom_on(view, -9.41, 20.30, MAX_ZOOM)
    [cluster] = view.clusters()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport_pos_of("s1").toPoint())
    menu = view.cluster_menu
    assert [a.text() for a in menu.actions()] == ["Catoca report 0", "Catoca report 1", "Catoca report 2"]
    with qtbot.waitSignal(view.report_activated) as signal:
        menu.actions()[1].trigger()
    assert signal.args == ["s1"]


def test_keyboard_zooms_pans_selects_and_opens(qtbot, view):
    view.set_points(_spread(5, km=30))
    _zoom_on(view, *MARANGE, 11)
    view.setFocus()
    level = view.zoom_level
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom_level == level - 1
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom_level == level
    before = view.mapToScene(view.viewport().rect().center())
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.mapToScene(view.viewport().rect().center()).x() > before.x()
    QTest.keyClick(view, Qt.Key.Key_Home)  # all points in view again
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert all(visible.contains(c.x, c.y) for c in view.clusters())
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert view.selected is not None
    for _ in range(int(MAX_ZOOM)):  # Enter on a cluster zooms in; keep going to a single point
        if view.selected.count == 1:
            break
        QTest.keyClick(view, Qt.Key.Key_Return)
        QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert view.selected.count == 1
    with qtbot.waitSignal(view.report_activated) as signal:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [view.points[view.selected.ids[0]].report_id]


def test_the_tooltip_shows_the_title_only(view):
    point = MapPoint("a", -20.1, 32.35, "smuggling", "ready", "verified", "Lorry at the checkpoint")
    view.set_points([point])
    _zoom_on(view, -20.1, 32.35, 10)
    pos = view.viewport_pos_of("a").toPoint()
    view.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    assert QToolTip.text() == "Lorry at the checkpoint"
    QToolTip.hideText()


def test_the_legend_follows_the_colour_mode(qtbot):
    panel = MapPanel()
    qtbot.addWidget(panel)
    points = _spread(3, primary_type="killing", review_state="verified") + _spread(1, seed=2)
    panel.show_points(MapPoints(points, 2))
    assert panel.legend.rows[0] == ("Killing", 3)
    assert "4" in panel.count_label.text() and "2" in panel.count_label.text()
    panel.colour_combo.setCurrentIndex(panel.colour_combo.findData("review"))
    assert panel.legend.rows == [("Verified", 3), ("Not reviewed", 1)]
    panel.clear()
    assert panel.view.points == [] and panel.legend.rows == [] and panel.count_label.text() == ""


def _located_reports(profile):
    for i, (lat, lon) in enumerate([(-20.10, 32.35), (-20.12, 32.30), (8.64, -10.97)]):
        profile.reports.create(sample_report(500 + i, types=["smuggling" if i == 2 else "shooting"],
                                             location=Location(lat, lon, LocationSource.GPS)))


def test_the_dock_shows_the_lists_reports_opens_them_and_forgets_them_on_lock(qtbot, make_profile, make_app):
    make_profile(n=2, setup=_located_reports)  # two reports without a location, three with
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    dock = window.findChild(QDockWidget, "map_dock")
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and dock.action in a.menu().actions())
    assert dock.action.shortcut().toString() == "Ctrl+Shift+M" and not dock.isVisible()
    map_view = dock.panel.view
    with qtbot.waitSignal(map_view.points_changed, timeout=5_000) as loaded:
        view_menu.actions()[view_menu.actions().index(dock.action)].trigger()
    assert dock.isVisible() and loaded.args == [3]
    assert dock.panel.count_label.text() == "Reports on the map: 3; without a location: 2"

    with qtbot.waitSignal(map_view.points_changed, timeout=5_000) as filtered:  # the list's filter applies
        window.filter_widget.type_combo.setCurrentIndex(window.filter_widget.type_combo.findData("smuggling"))
    assert filtered.args == [1]
    [point] = map_view.points
    _zoom_on(map_view, point.lat, point.lon, 12)
    QTest.mouseClick(map_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=map_view.viewport_pos_of(point.report_id).toPoint())
    qtbot.waitUntil(lambda: point.report_id in window.editors, timeout=5_000)

    with qtbot.waitSignal(map_view.points_changed, timeout=5_000) as changed:  # a new report shows up
        app.session.op(lambda profile: profile.reports.create(sample_report(
            600, types=["smuggling"], location=Location(-9.41, 20.30, LocationSource.GPS))), changes="reports")
    assert changed.args == [2]

    app.lock()
    assert map_view.points == [] and map_view.clusters() == [] and map_view.selected is None
    assert dock.panel.legend.rows == [] and dock.panel.count_label.text() == ""
    with qtbot.waitSignal(map_view.points_changed, timeout=10_000) as reloaded:  # open again after unlocking
        app.dialog.passphrase_edit.setText(PASSPHRASE)
        app.dialog.unlock_button.click()
    assert reloaded.args == [4] and dock.isVisible()


def test_the_map_code_cannot_reach_the_network():
    """No online tiles: the map's modules import no Qt network, web-engine or location (tile) module and no HTTP
    client (the stdlib urllib.request comes with keyring, which the store imports, and is not used)."""
    code = ("import sys, ui.map_dock, kpfield.geo.map_points, kpfield.geo.basemap; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtNetwork', 'PySide6.QtWebEngine', "
            "'PySide6.QtLocation', 'PySide6.QtPositioning', 'httpx', 'urllib3', 'requests'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]"


def test_an_open_map_dock_is_open_again_next_time(qtbot, make_profile, make_app):
    make_profile(n=1)
    first = make_app()
    dock = first.window.findChild(QDockWidget, "map_dock")
    dock.action.trigger()
    assert dock.isVisibleTo(first.window)
    first.window.save_geometry()  # what closing the window does
    second = make_app()
    again = second.window.findChild(QDockWidget, "map_dock")
    assert again.isVisibleTo(second.window) and not second.window.findChild(QDockWidget, "charts_dock").isVisibleTo(
        second.window)


def test_show_all_with_one_report_shows_its_surroundings(view):
    """One report: "Show all" shows about a degree around it, with the nearby mining area, not an empty 10 km."""
    from kpfield.geo.cluster import project
    from ui.map_view import FIT_MIN_DEGREES

    view.set_points([MapPoint("a", -19.66, 32.34, "smuggling", "ready", None, "Lorry at the checkpoint")])
    view.fit_all()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    west, _ = project(32.34 - FIT_MIN_DEGREES / 2, -19.66)
    east, _ = project(32.34 + FIT_MIN_DEGREES / 2, -19.66)
    assert visible.width() >= (east - west) * 0.99
    assert visible.contains(*project(32.35, -20.10))  # the Marange (Chiadzwa) area's centre, 49 km away
    assert visible.contains(*project(32.34, -19.66))
