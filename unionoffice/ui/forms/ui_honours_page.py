# Generated from forms/honours_page.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_HonoursPage(object):
    def setupUi(self, HonoursPage: object) -> None:
        if not HonoursPage.objectName():
            HonoursPage.setObjectName(u"HonoursPage")
        HonoursPage.resize(1000, 640)
        self.mainLayout = QVBoxLayout(HonoursPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.yearLabel = QLabel(HonoursPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topBar.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(HonoursPage)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumContentsLength(6)

        self.topBar.addWidget(self.yearCombo)

        self.newListButton = QPushButton(HonoursPage)
        self.newListButton.setObjectName(u"newListButton")

        self.topBar.addWidget(self.newListButton)

        self.editListButton = QPushButton(HonoursPage)
        self.editListButton.setObjectName(u"editListButton")

        self.topBar.addWidget(self.editListButton)

        self.deleteListButton = QPushButton(HonoursPage)
        self.deleteListButton.setObjectName(u"deleteListButton")

        self.topBar.addWidget(self.deleteListButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBar.addItem(self.topSpacer)

        self.outputBar = QHBoxLayout()
        self.outputBar.setObjectName(u"outputBar")

        self.topBar.addLayout(self.outputBar)


        self.mainLayout.addLayout(self.topBar)

        self.splitter = QSplitter(HonoursPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.listView = QTableView(self.splitter)
        self.listView.setObjectName(u"listView")
        self.splitter.addWidget(self.listView)
        self.rightPanel = QWidget(self.splitter)
        self.rightPanel.setObjectName(u"rightPanel")
        self.rightLayout = QVBoxLayout(self.rightPanel)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.listTitle = QLabel(self.rightPanel)
        self.listTitle.setObjectName(u"listTitle")
        self.listTitle.setText(u"")
        self.listTitle.setWordWrap(True)

        self.rightLayout.addWidget(self.listTitle)

        self.quotaLabel = QLabel(self.rightPanel)
        self.quotaLabel.setObjectName(u"quotaLabel")
        self.quotaLabel.setText(u"")
        self.quotaLabel.setWordWrap(True)
        self.quotaLabel.setTextFormat(Qt.TextFormat.RichText)

        self.rightLayout.addWidget(self.quotaLabel)

        self.honourView = QTableView(self.rightPanel)
        self.honourView.setObjectName(u"honourView")

        self.rightLayout.addWidget(self.honourView)

        self.honourBar = QHBoxLayout()
        self.honourBar.setObjectName(u"honourBar")
        self.addButton = QPushButton(self.rightPanel)
        self.addButton.setObjectName(u"addButton")

        self.honourBar.addWidget(self.addButton)

        self.editButton = QPushButton(self.rightPanel)
        self.editButton.setObjectName(u"editButton")

        self.honourBar.addWidget(self.editButton)

        self.removeButton = QPushButton(self.rightPanel)
        self.removeButton.setObjectName(u"removeButton")

        self.honourBar.addWidget(self.removeButton)

        self.honourSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.honourBar.addItem(self.honourSpacer)

        self.finaliseButton = QPushButton(self.rightPanel)
        self.finaliseButton.setObjectName(u"finaliseButton")

        self.honourBar.addWidget(self.finaliseButton)

        self.revokeButton = QPushButton(self.rightPanel)
        self.revokeButton.setObjectName(u"revokeButton")

        self.honourBar.addWidget(self.revokeButton)

        self.certificatesButton = QPushButton(self.rightPanel)
        self.certificatesButton.setObjectName(u"certificatesButton")

        self.honourBar.addWidget(self.certificatesButton)

        self.decisionButton = QPushButton(self.rightPanel)
        self.decisionButton.setObjectName(u"decisionButton")

        self.honourBar.addWidget(self.decisionButton)


        self.rightLayout.addLayout(self.honourBar)

        self.honourCount = QLabel(self.rightPanel)
        self.honourCount.setObjectName(u"honourCount")
        self.honourCount.setText(u"")

        self.rightLayout.addWidget(self.honourCount)

        self.rightLayout.setStretch(2, 1)
        self.splitter.addWidget(self.rightPanel)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.listView)
        QWidget.setTabOrder(self.listView, self.honourView)
        QWidget.setTabOrder(self.honourView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)

        self.retranslateUi(HonoursPage)

        QMetaObject.connectSlotsByName(HonoursPage)
    # setupUi

    def retranslateUi(self, HonoursPage: object) -> None:
        self.yearLabel.setText(QCoreApplication.translate("HonoursPage", u"Year", None))
        self.newListButton.setText(QCoreApplication.translate("HonoursPage", u"New list\u2026", None))
#if QT_CONFIG(tooltip)
        self.newListButton.setToolTip(QCoreApplication.translate("HonoursPage", u"Draft a new honour list (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editListButton.setText(QCoreApplication.translate("HonoursPage", u"Edit list\u2026", None))
        self.deleteListButton.setText(QCoreApplication.translate("HonoursPage", u"Delete list\u2026", None))
        self.addButton.setText(QCoreApplication.translate("HonoursPage", u"Add honour\u2026", None))
        self.editButton.setText(QCoreApplication.translate("HonoursPage", u"Edit\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("HonoursPage", u"Remove\u2026", None))
        self.finaliseButton.setText(QCoreApplication.translate("HonoursPage", u"Finalise\u2026", None))
#if QT_CONFIG(tooltip)
        self.finaliseButton.setToolTip(QCoreApplication.translate("HonoursPage", u"Grant every honour on the list; the quota is checked", None))
#endif // QT_CONFIG(tooltip)
        self.revokeButton.setText(QCoreApplication.translate("HonoursPage", u"Revoke\u2026", None))
        self.certificatesButton.setText(QCoreApplication.translate("HonoursPage", u"Certificates", None))
        self.decisionButton.setText(QCoreApplication.translate("HonoursPage", u"Decision\u2026", None))
#if QT_CONFIG(tooltip)
        self.decisionButton.setToolTip(QCoreApplication.translate("HonoursPage", u"The commendation decision as a PDF (GB/T 9704 layout)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

