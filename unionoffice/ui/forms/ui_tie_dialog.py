# Generated from forms/tie_dialog.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_TieDialog(object):
    def setupUi(self, TieDialog: object) -> None:
        if not TieDialog.objectName():
            TieDialog.setObjectName(u"TieDialog")
        TieDialog.resize(520, 460)
        self.mainLayout = QVBoxLayout(TieDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.promptLabel = QLabel(TieDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setText(u"")
        self.promptLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.promptLabel)

        self.shareRadio = QRadioButton(TieDialog)
        self.shareRadio.setObjectName(u"shareRadio")
        self.shareRadio.setChecked(True)

        self.mainLayout.addWidget(self.shareRadio)

        self.lineList = QListWidget(TieDialog)
        self.lineList.setObjectName(u"lineList")
        self.lineList.setMaximumSize(QSize(16777215, 80))

        self.mainLayout.addWidget(self.lineList)

        self.orderRadio = QRadioButton(TieDialog)
        self.orderRadio.setObjectName(u"orderRadio")

        self.mainLayout.addWidget(self.orderRadio)

        self.orderLayout = QHBoxLayout()
        self.orderLayout.setObjectName(u"orderLayout")
        self.orderList = QListWidget(TieDialog)
        self.orderList.setObjectName(u"orderList")

        self.orderLayout.addWidget(self.orderList)

        self.moveButtons = QVBoxLayout()
        self.moveButtons.setObjectName(u"moveButtons")
        self.upButton = QPushButton(TieDialog)
        self.upButton.setObjectName(u"upButton")

        self.moveButtons.addWidget(self.upButton)

        self.downButton = QPushButton(TieDialog)
        self.downButton.setObjectName(u"downButton")

        self.moveButtons.addWidget(self.downButton)

        self.moveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveButtons.addItem(self.moveSpacer)


        self.orderLayout.addLayout(self.moveButtons)


        self.mainLayout.addLayout(self.orderLayout)

        self.reasonForm = QFormLayout()
        self.reasonForm.setObjectName(u"reasonForm")
        self.reasonLabel = QLabel(TieDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(TieDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(200)

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.reasonForm)

        self.errorLabel = QLabel(TieDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TieDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.shareRadio, self.lineList)
        QWidget.setTabOrder(self.lineList, self.orderRadio)
        QWidget.setTabOrder(self.orderRadio, self.orderList)
        QWidget.setTabOrder(self.orderList, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.reasonEdit)

        self.retranslateUi(TieDialog)

        QMetaObject.connectSlotsByName(TieDialog)
    # setupUi

    def retranslateUi(self, TieDialog: object) -> None:
        TieDialog.setWindowTitle(QCoreApplication.translate("TieDialog", u"Decide a tie", None))
        self.shareRadio.setText(QCoreApplication.translate("TieDialog", u"All of them on the better side of the line", None))
        self.orderRadio.setText(QCoreApplication.translate("TieDialog", u"Break the tie in this order (first = better place)", None))
        self.upButton.setText(QCoreApplication.translate("TieDialog", u"Up", None))
        self.downButton.setText(QCoreApplication.translate("TieDialog", u"Down", None))
        self.reasonLabel.setText(QCoreApplication.translate("TieDialog", u"Reason", None))
    # retranslateUi

