# Generated from forms/reason_dialog.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReasonDialog(object):
    def setupUi(self, ReasonDialog: object) -> None:
        if not ReasonDialog.objectName():
            ReasonDialog.setObjectName(u"ReasonDialog")
        ReasonDialog.resize(440, 200)
        self.mainLayout = QVBoxLayout(ReasonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.promptLabel = QLabel(ReasonDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setText(u"")
        self.promptLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.promptLabel)

        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.formGrid.setVerticalSpacing(3)
        self.choiceLabel = QLabel(ReasonDialog)
        self.choiceLabel.setObjectName(u"choiceLabel")

        self.formGrid.addWidget(self.choiceLabel, 0, 0, 1, 1)

        self.choiceCombo = QComboBox(ReasonDialog)
        self.choiceCombo.setObjectName(u"choiceCombo")

        self.formGrid.addWidget(self.choiceCombo, 0, 1, 1, 1)

        self.reasonLabel = QLabel(ReasonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formGrid.addWidget(self.reasonLabel, 1, 0, 1, 1)

        self.reasonEdit = QLineEdit(ReasonDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(200)

        self.formGrid.addWidget(self.reasonEdit, 1, 1, 1, 1)


        self.mainLayout.addLayout(self.formGrid)

        self.errorLabel = QLabel(ReasonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ReasonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.choiceLabel.setBuddy(self.choiceCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choiceCombo, self.reasonEdit)

        self.retranslateUi(ReasonDialog)

        QMetaObject.connectSlotsByName(ReasonDialog)
    # setupUi

    def retranslateUi(self, ReasonDialog: object) -> None:
        ReasonDialog.setWindowTitle(QCoreApplication.translate("ReasonDialog", u"Reason", None))
        self.choiceLabel.setText(QCoreApplication.translate("ReasonDialog", u"Decision", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReasonDialog", u"Reason", None))
    # retranslateUi

