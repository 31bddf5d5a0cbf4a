# Generated from forms/verify_dialog.ui by tools/build_forms.py (pyside6-uic) — do not edit.
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog: object) -> None:
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.resize(460, 340)
        self.mainLayout = QVBoxLayout(VerifyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(VerifyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.codeLayout = QHBoxLayout()
        self.codeLayout.setObjectName(u"codeLayout")
        self.codeLabel = QLabel(VerifyDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.codeLayout.addWidget(self.codeLabel)

        self.codeEdit = QLineEdit(VerifyDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setClearButtonEnabled(True)

        self.codeLayout.addWidget(self.codeEdit)

        self.verifyButton = QPushButton(VerifyDialog)
        self.verifyButton.setObjectName(u"verifyButton")

        self.codeLayout.addWidget(self.verifyButton)


        self.mainLayout.addLayout(self.codeLayout)

        self.resultLabel = QLabel(VerifyDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.resultLabel)

        self.recordLayout = QFormLayout()
        self.recordLayout.setObjectName(u"recordLayout")
        self.numberCaption = QLabel(VerifyDialog)
        self.numberCaption.setObjectName(u"numberCaption")

        self.recordLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberCaption)

        self.numberValue = QLabel(VerifyDialog)
        self.numberValue.setObjectName(u"numberValue")
        self.numberValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recordLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberValue)

        self.kindCaption = QLabel(VerifyDialog)
        self.kindCaption.setObjectName(u"kindCaption")

        self.recordLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindValue = QLabel(VerifyDialog)
        self.kindValue.setObjectName(u"kindValue")

        self.recordLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.nameCaption = QLabel(VerifyDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.recordLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameValue = QLabel(VerifyDialog)
        self.nameValue.setObjectName(u"nameValue")
        self.nameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recordLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameValue)

        self.issuerCaption = QLabel(VerifyDialog)
        self.issuerCaption.setObjectName(u"issuerCaption")

        self.recordLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuerCaption)

        self.issuerValue = QLabel(VerifyDialog)
        self.issuerValue.setObjectName(u"issuerValue")

        self.recordLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuerValue)

        self.dateCaption = QLabel(VerifyDialog)
        self.dateCaption.setObjectName(u"dateCaption")

        self.recordLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateValue = QLabel(VerifyDialog)
        self.dateValue.setObjectName(u"dateValue")

        self.recordLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateValue)

        self.reprintCaption = QLabel(VerifyDialog)
        self.reprintCaption.setObjectName(u"reprintCaption")

        self.recordLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reprintCaption)

        self.reprintValue = QLabel(VerifyDialog)
        self.reprintValue.setObjectName(u"reprintValue")

        self.recordLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reprintValue)


        self.mainLayout.addLayout(self.recordLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(VerifyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.verifyButton)

        self.retranslateUi(VerifyDialog)
        self.buttonBox.rejected.connect(VerifyDialog.reject)

        self.verifyButton.setDefault(True)


        QMetaObject.connectSlotsByName(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog: object) -> None:
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"Verify a certificate", None))
        self.introLabel.setText(QCoreApplication.translate("VerifyDialog", u"Type the verification code printed on the certificate, or scan its QR code.", None))
        self.codeLabel.setText(QCoreApplication.translate("VerifyDialog", u"&Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("VerifyDialog", u"ABCDE-12345", None))
        self.verifyButton.setText(QCoreApplication.translate("VerifyDialog", u"&Verify", None))
        self.numberCaption.setText(QCoreApplication.translate("VerifyDialog", u"Certificate number", None))
        self.kindCaption.setText(QCoreApplication.translate("VerifyDialog", u"Kind", None))
        self.nameCaption.setText(QCoreApplication.translate("VerifyDialog", u"Name", None))
        self.issuerCaption.setText(QCoreApplication.translate("VerifyDialog", u"Issued by", None))
        self.dateCaption.setText(QCoreApplication.translate("VerifyDialog", u"Issue date", None))
        self.reprintCaption.setText(QCoreApplication.translate("VerifyDialog", u"Reprints (\u8865\u53d1)", None))
    # retranslateUi

