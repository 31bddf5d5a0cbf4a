"""The organisation tree: the district federation and its grassroots unions, with member counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from unionoffice.db.models.organisation import DISTRICT, GRASSROOTS
from unionoffice.services.members.organisations import OrgNode, get_union, organisation_tree
from unionoffice.ui.shell import tasks
from unionoffice.ui.shell.context import AppContext

UNION_ID_ROLE = Qt.ItemDataRole.UserRole
NAME_COLUMN, COUNT_COLUMN = 0, 1


class OrgTree(QWidget):
    """Selecting the district (or nothing) means all members; `union_id` is the selected grassroots union."""

    unionSelected = Signal(object)  # noqa: N815 - Qt naming; int | None
    editRequested = Signal(int)  # noqa: N815

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nodes: list[OrgNode] = []
        self._reload_task: tasks.Task | None = None
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Find a union…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Union"), self.tr("Members")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree)
        self.root = QTreeWidgetItem(self.tree, [self.tr("All members"), ""])
        self.root.setData(NAME_COLUMN, UNION_ID_ROLE, None)
        self.tree.setCurrentItem(self.root)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(self._activated)
        self.filter_edit.textChanged.connect(self._filter)

    @property
    def union_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(NAME_COLUMN, UNION_ID_ROLE) if item is not None else None

    def unions(self) -> list[tuple[int, str]]:
        return [(n.id, n.name) for n in self.nodes if n.kind == GRASSROOTS]

    def load(self) -> None:
        """Read the unions and their member counts (a GROUP BY over all members: run after the first paint)."""
        self._show(*self._read())

    def reload_in_background(self) -> None:
        """The same read off the GUI thread (after another client's save: a GROUP BY over millions of members on a
        server takes about a second); the tree keeps its counts until the new ones arrive."""
        self._reload_task = tasks.run_in_background(self._read, lambda read: self._show(*read), write=False,
                                                    parent=self, replacing=self._reload_task)

    def _read(self) -> tuple[list[OrgNode], str | None]:
        nodes = organisation_tree(self.ctx.db, self.ctx.actor)
        district = next((n for n in nodes if n.kind == DISTRICT), None)
        code = get_union(self.ctx.db, self.ctx.actor, district.id).admin_code if district else None
        return nodes, code

    def _show(self, nodes: list[OrgNode], code: str | None) -> None:
        selected = self.union_id
        self.nodes = nodes
        self.tree.blockSignals(True)
        try:
            self.root.takeChildren()
            district = next((n for n in self.nodes if n.kind == DISTRICT), None)
            total = sum(n.member_count for n in self.nodes)
            self.root.setText(NAME_COLUMN, district.name if district else self.tr("All members"))
            self.root.setToolTip(NAME_COLUMN, self.tr("All members of the district") + (f"（{code}）" if code else ""))
            self._set_count(self.root, total)
            current = self.root
            for node in self.nodes:
                if node.kind != GRASSROOTS:
                    continue
                item = QTreeWidgetItem(self.root, [node.name, ""])
                item.setToolTip(NAME_COLUMN, node.name)  # a narrow tree elides long names
                item.setData(NAME_COLUMN, UNION_ID_ROLE, node.id)
                self._set_count(item, node.member_count)
                if node.id == selected:
                    current = item
            self.root.setExpanded(True)
            self.tree.setCurrentItem(current)
        finally:
            self.tree.blockSignals(False)
        self._filter(self.filter_edit.text())

    @staticmethod
    def _set_count(item: QTreeWidgetItem, count: int) -> None:
        item.setText(COUNT_COLUMN, f"{count:,}")
        item.setTextAlignment(COUNT_COLUMN, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.unionSelected.emit(current.data(NAME_COLUMN, UNION_ID_ROLE) if current is not None else None)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        union_id = item.data(NAME_COLUMN, UNION_ID_ROLE)
        if union_id is not None:
            self.editRequested.emit(union_id)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.root.childCount()):
            child = self.root.child(i)
            if child is not None:
                child.setHidden(bool(needle) and needle not in child.text(NAME_COLUMN).casefold())
