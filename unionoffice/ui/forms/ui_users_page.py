# Generated from forms/users_page.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_UsersPage(object):
    def setupUi(self, UsersPage: object) -> None:
        if not UsersPage.objectName():
            UsersPage.setObjectName(u"UsersPage")
        UsersPage.resize(760, 480)
        self.mainLayout = QVBoxLayout(UsersPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.addButton = QPushButton(UsersPage)
        self.addButton.setObjectName(u"addButton")

        self.toolbar.addWidget(self.addButton)

        self.resetButton = QPushButton(UsersPage)
        self.resetButton.setObjectName(u"resetButton")

        self.toolbar.addWidget(self.resetButton)

        self.roleButton = QPushButton(UsersPage)
        self.roleButton.setObjectName(u"roleButton")

        self.toolbar.addWidget(self.roleButton)

        self.disableButton = QPushButton(UsersPage)
        self.disableButton.setObjectName(u"disableButton")

        self.toolbar.addWidget(self.disableButton)

        self.enableButton = QPushButton(UsersPage)
        self.enableButton.setObjectName(u"enableButton")

        self.toolbar.addWidget(self.enableButton)

        self.toolbarSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.changeOwnButton = QPushButton(UsersPage)
        self.changeOwnButton.setObjectName(u"changeOwnButton")

        self.toolbar.addWidget(self.changeOwnButton)


        self.mainLayout.addLayout(self.toolbar)

        self.usersTable = QTableWidget(UsersPage)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setAlternatingRowColors(True)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.mainLayout.addWidget(self.usersTable)

        self.hintLabel = QLabel(UsersPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)


        self.retranslateUi(UsersPage)

        QMetaObject.connectSlotsByName(UsersPage)
    # setupUi

    def retranslateUi(self, UsersPage: object) -> None:
        self.addButton.setText(QCoreApplication.translate("UsersPage", u"&Add user\u2026", None))
        self.resetButton.setText(QCoreApplication.translate("UsersPage", u"&Reset password\u2026", None))
        self.roleButton.setText(QCoreApplication.translate("UsersPage", u"Change r&ole\u2026", None))
        self.disableButton.setText(QCoreApplication.translate("UsersPage", u"&Disable", None))
        self.enableButton.setText(QCoreApplication.translate("UsersPage", u"&Enable", None))
        self.changeOwnButton.setText(QCoreApplication.translate("UsersPage", u"Change &my password\u2026", None))
        self.hintLabel.setText(QCoreApplication.translate("UsersPage", u"New users and users whose password was reset must choose their own password at their next sign-in.", None))
        pass
    # retranslateUi

