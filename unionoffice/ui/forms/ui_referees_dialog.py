# Generated from forms/referees_dialog.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RefereesDialog(object):
    def setupUi(self, RefereesDialog: object) -> None:
        if not RefereesDialog.objectName():
            RefereesDialog.setObjectName(u"RefereesDialog")
        RefereesDialog.resize(560, 380)
        self.mainLayout = QVBoxLayout(RefereesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.eventLabel = QLabel(RefereesDialog)
        self.eventLabel.setObjectName(u"eventLabel")
        self.eventLabel.setText(u"")

        self.mainLayout.addWidget(self.eventLabel)

        self.refereesTable = QTableWidget(RefereesDialog)
        self.refereesTable.setObjectName(u"refereesTable")

        self.mainLayout.addWidget(self.refereesTable)

        self.refereeButtons = QHBoxLayout()
        self.refereeButtons.setObjectName(u"refereeButtons")
        self.addButton = QPushButton(RefereesDialog)
        self.addButton.setObjectName(u"addButton")

        self.refereeButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(RefereesDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.refereeButtons.addWidget(self.removeButton)

        self.refSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.refereeButtons.addItem(self.refSpacer)


        self.mainLayout.addLayout(self.refereeButtons)

        self.errorLabel = QLabel(RefereesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RefereesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(RefereesDialog)

        QMetaObject.connectSlotsByName(RefereesDialog)
    # setupUi

    def retranslateUi(self, RefereesDialog: object) -> None:
        RefereesDialog.setWindowTitle(QCoreApplication.translate("RefereesDialog", u"Referees", None))
        self.addButton.setText(QCoreApplication.translate("RefereesDialog", u"Add referee", None))
        self.removeButton.setText(QCoreApplication.translate("RefereesDialog", u"Remove", None))
    # retranslateUi

