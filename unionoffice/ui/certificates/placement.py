"""Free placement in the template editor: elements dragged on the live preview, or typed in millimetres.

The overlay lies over the preview picture and draws each element's box; dragging one moves it by the
distance in millimetres the mouse travelled on the picture. The panel lists the elements with their
position, size, text, typeface, size and alignment, and adds or removes elements.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionoffice.documents.elements import ELEMENT_NAMES, Element, ElementType
from unionoffice.documents.fonts import ROLE_NAMES, Role

SELECTED, OTHER = QColor("#C8102E"), QColor(30, 90, 200, 160)


class PlacementOverlay(QWidget):
    """Boxes of the elements over the preview label's picture; drag to move. `moved(index, element)`."""

    moved = Signal(int, object)
    selected = Signal(int)

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        self.elements: list[Element] = []
        self.sheet_mm = (297.0, 210.0)
        self.current = -1
        self._drag: tuple[int, QPointF, Element] | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setMouseTracking(False)

    def set_elements(self, elements: list[Element], sheet_mm: tuple[float, float]) -> None:
        self.elements, self.sheet_mm = list(elements), sheet_mm
        self.setGeometry(self.label.rect())
        self.setVisible(bool(elements))
        self.raise_()
        self.update()

    def picture(self) -> QRectF:
        """Where the page picture lies inside the label (it is centred)."""
        pixmap = self.label.pixmap()
        if pixmap.isNull():
            return QRectF()
        x = (self.label.width() - pixmap.width()) / 2
        y = (self.label.height() - pixmap.height()) / 2
        return QRectF(x, y, pixmap.width(), pixmap.height())

    def px_per_mm(self) -> float:
        area = self.picture()
        return area.width() / self.sheet_mm[0] if area.width() else 1.0

    def box(self, element: Element) -> QRectF:
        area, scale = self.picture(), self.px_per_mm()
        return QRectF(area.x() + element.x_mm * scale, area.y() + element.y_mm * scale,
                      element.w_mm * scale, element.h_mm * scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        for index, element in enumerate(self.elements):
            pen = QPen(SELECTED if index == self.current else OTHER)
            pen.setWidth(2 if index == self.current else 1)
            pen.setStyle(Qt.PenStyle.SolidLine if index == self.current else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(self.box(element))
        painter.end()

    def element_at(self, point: QPointF) -> int:
        """The smallest box under the point: a frame around the page never hides what lies inside it."""
        hits = [i for i, e in enumerate(self.elements) if self.box(e).contains(point)]
        return min(hits, key=lambda i: self.elements[i].w_mm * self.elements[i].h_mm, default=-1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.element_at(event.position())
        self.current = index
        self._drag = (index, event.position(), self.elements[index]) if index >= 0 else None
        self.selected.emit(index)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        index, start, original = self._drag
        delta = (event.position() - start) / self.px_per_mm()
        self.elements[index] = original.moved(original.x_mm + delta.x(), original.y_mm + delta.y())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        self.mouseMoveEvent(event)
        index = self._drag[0]
        self._drag = None
        self.moved.emit(index, self.elements[index])


class ElementPanel(QWidget):
    """The element list and the millimetre fields of the selected element. `changed()` after every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.elements: list[Element] = []
        self.list = QListWidget()
        self.list.setFixedHeight(130)
        self.list.currentRowChanged.connect(self._show)
        self.spins = {name: self._spin() for name in ("x_mm", "y_mm", "w_mm", "h_mm", "size")}
        self.spins["size"].setRange(4, 120)
        self.text = QLineEdit()
        self.color = QLineEdit()
        self.color.setPlaceholderText("#000000")
        self.color.setMaximumWidth(90)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(ROLE_NAMES[role], role.value)
        self.align = QComboBox()
        for value, name in (("left", "←"), ("center", "↔"), ("right", "→")):
            self.align.addItem(name, value)
        self.kind = QComboBox()
        for kind in ElementType:
            self.kind.addItem(ELEMENT_NAMES[kind], kind.value)
        add, remove = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
        add.clicked.connect(self.add)
        remove.clicked.connect(self.remove)
        self._build(add, remove)
        for spin in self.spins.values():
            spin.valueChanged.connect(self._edited)
        self.text.textChanged.connect(self._edited)
        self.color.textChanged.connect(self._edited)
        self.role.currentIndexChanged.connect(self._edited)
        self.align.currentIndexChanged.connect(self._edited)
        self._loading = False

    def _build(self, add: QPushButton, remove: QPushButton) -> None:
        adding = QHBoxLayout()
        for widget in (self.kind, add, remove):
            adding.addWidget(widget)
        form = QFormLayout()
        position = QHBoxLayout()
        size = QHBoxLayout()
        for name, box in (("x_mm", position), ("y_mm", position), ("w_mm", size), ("h_mm", size)):
            box.addWidget(self.spins[name])
        form.addRow(self.tr("Left, top (mm)"), position)
        form.addRow(self.tr("Width, height (mm)"), size)
        form.addRow(self.tr("Text or field"), self.text)
        style = QHBoxLayout()
        style.addWidget(self.role)
        style.addWidget(self.spins["size"])
        style.addWidget(self.align)
        style.addWidget(self.color)
        form.addRow(self.tr("Typeface, size, alignment, colour"), style)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(adding)
        layout.addLayout(form)

    @staticmethod
    def _spin() -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-5, 600)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        return spin

    def set_elements(self, elements: list[Element], select: int | None = None) -> None:
        self.elements = list(elements)
        row = self.list.currentRow() if select is None else select
        self.list.blockSignals(True)
        self.list.clear()
        for element in self.elements:
            self.list.addItem(f"{ELEMENT_NAMES[element.type]}  {element.text[:16]}")
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(max(row, 0), len(self.elements) - 1))
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.elements):
            return
        element = self.elements[row]
        self._loading = True
        for name, spin in self.spins.items():
            spin.setValue(float(getattr(element, name)))
        self.text.setText(element.text)
        self.color.setText(element.color)
        self.role.setCurrentIndex(self.role.findData(element.role.value))
        self.align.setCurrentIndex(self.align.findData(element.align))
        self._loading = False

    def _edited(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.elements):
            return
        spin = self.spins
        self.elements[row] = replace(self.elements[row], text=self.text.text(), color=self.color.text().strip(),
                                     role=Role(self.role.currentData()),
                                     align=str(self.align.currentData()), x_mm=spin["x_mm"].value(),
                                     y_mm=spin["y_mm"].value(), w_mm=spin["w_mm"].value(), h_mm=spin["h_mm"].value(),
                                     size=spin["size"].value())
        self.list.item(row).setText(f"{ELEMENT_NAMES[self.elements[row].type]}  {self.elements[row].text[:16]}")
        self.changed.emit()

    def add(self) -> None:
        kind = ElementType(self.kind.currentData())
        text = {ElementType.FIELD: "姓名", ElementType.TEXT: "{姓名}同志："}.get(kind, "")
        side = 30.0 if kind in (ElementType.QR, ElementType.SEAL) else 0.0
        self.elements.append(Element(kind, 20, 20, side or 80, side or 12, text=text))
        self.set_elements(self.elements, len(self.elements) - 1)
        self.changed.emit()

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.elements):
            del self.elements[row]
            self.set_elements(self.elements, row)
            self.changed.emit()
