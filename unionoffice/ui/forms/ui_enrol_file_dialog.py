# Generated from forms/enrol_file_dialog.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHeaderView, QLabel, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_EnrolFileDialog(object):
    def setupUi(self, EnrolFileDialog: object) -> None:
        if not EnrolFileDialog.objectName():
            EnrolFileDialog.setObjectName(u"EnrolFileDialog")
        EnrolFileDialog.resize(760, 480)
        self.mainLayout = QVBoxLayout(EnrolFileDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(EnrolFileDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.problemsTable = QTableWidget(EnrolFileDialog)
        self.problemsTable.setObjectName(u"problemsTable")

        self.mainLayout.addWidget(self.problemsTable)

        self.hintLabel = QLabel(EnrolFileDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(EnrolFileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(EnrolFileDialog)

        QMetaObject.connectSlotsByName(EnrolFileDialog)
    # setupUi

    def retranslateUi(self, EnrolFileDialog: object) -> None:
        EnrolFileDialog.setWindowTitle(QCoreApplication.translate("EnrolFileDialog", u"Enrol from a list", None))
    # retranslateUi

