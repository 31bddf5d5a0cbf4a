# Generated from forms/honour_finalise_dialog.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_HonourFinaliseDialog(object):
    def setupUi(self, HonourFinaliseDialog: object) -> None:
        if not HonourFinaliseDialog.objectName():
            HonourFinaliseDialog.setObjectName(u"HonourFinaliseDialog")
        HonourFinaliseDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(HonourFinaliseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.promptLabel = QLabel(HonourFinaliseDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setText(u"")
        self.promptLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.promptLabel)

        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.formGrid.setVerticalSpacing(3)
        self.dateLabel = QLabel(HonourFinaliseDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formGrid.addWidget(self.dateLabel, 0, 0, 1, 1)

        self.dateEdit = QDateEdit(HonourFinaliseDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formGrid.addWidget(self.dateEdit, 0, 1, 1, 1)

        self.serialLabel = QLabel(HonourFinaliseDialog)
        self.serialLabel.setObjectName(u"serialLabel")

        self.formGrid.addWidget(self.serialLabel, 1, 0, 1, 1)

        self.serialSpin = QSpinBox(HonourFinaliseDialog)
        self.serialSpin.setObjectName(u"serialSpin")
        self.serialSpin.setMinimum(1)
        self.serialSpin.setMaximum(9999)

        self.formGrid.addWidget(self.serialSpin, 1, 1, 1, 1)

        self.numberLabel = QLabel(HonourFinaliseDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formGrid.addWidget(self.numberLabel, 2, 0, 1, 1)

        self.numberEdit = QLineEdit(HonourFinaliseDialog)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(60)

        self.formGrid.addWidget(self.numberEdit, 2, 1, 1, 1)


        self.mainLayout.addLayout(self.formGrid)

        self.quotaLabel = QLabel(HonourFinaliseDialog)
        self.quotaLabel.setObjectName(u"quotaLabel")
        self.quotaLabel.setText(u"")
        self.quotaLabel.setWordWrap(True)
        self.quotaLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.quotaLabel)

        self.errorLabel = QLabel(HonourFinaliseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(HonourFinaliseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.serialLabel.setBuddy(self.serialSpin)
        self.numberLabel.setBuddy(self.numberEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.serialSpin)
        QWidget.setTabOrder(self.serialSpin, self.numberEdit)

        self.retranslateUi(HonourFinaliseDialog)

        QMetaObject.connectSlotsByName(HonourFinaliseDialog)
    # setupUi

    def retranslateUi(self, HonourFinaliseDialog: object) -> None:
        HonourFinaliseDialog.setWindowTitle(QCoreApplication.translate("HonourFinaliseDialog", u"Finalise the list", None))
        self.dateLabel.setText(QCoreApplication.translate("HonourFinaliseDialog", u"Decision date", None))
        self.serialLabel.setText(QCoreApplication.translate("HonourFinaliseDialog", u"Document serial (\u53d1\u6587\u5e8f\u53f7)", None))
        self.numberLabel.setText(QCoreApplication.translate("HonourFinaliseDialog", u"Document number (\u6587\u53f7)", None))
    # retranslateUi

