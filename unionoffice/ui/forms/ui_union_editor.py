# Generated from forms/union_editor.ui by tools/build_forms.py (pyside6-uic) — do not edit.
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

class Ui_UnionEditor(object):
    def setupUi(self, UnionEditor: object) -> None:
        if not UnionEditor.objectName():
            UnionEditor.setObjectName(u"UnionEditor")
        UnionEditor.resize(520, 360)
        self.mainLayout = QVBoxLayout(UnionEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.formGrid.setVerticalSpacing(3)
        self.nameLabel = QLabel(UnionEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(UnionEditor)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formGrid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(UnionEditor)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)
        self.nameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formGrid.addWidget(self.nameError, 1, 1, 1, 1)

        self.employerLabel = QLabel(UnionEditor)
        self.employerLabel.setObjectName(u"employerLabel")

        self.formGrid.addWidget(self.employerLabel, 2, 0, 1, 1)

        self.employerEdit = QLineEdit(UnionEditor)
        self.employerEdit.setObjectName(u"employerEdit")
        self.employerEdit.setMaxLength(100)

        self.formGrid.addWidget(self.employerEdit, 2, 1, 1, 1)

        self.creditCodeLabel = QLabel(UnionEditor)
        self.creditCodeLabel.setObjectName(u"creditCodeLabel")

        self.formGrid.addWidget(self.creditCodeLabel, 3, 0, 1, 1)

        self.creditCodeEdit = QLineEdit(UnionEditor)
        self.creditCodeEdit.setObjectName(u"creditCodeEdit")
        self.creditCodeEdit.setMaxLength(24)

        self.formGrid.addWidget(self.creditCodeEdit, 3, 1, 1, 1)

        self.creditCodeError = QLabel(UnionEditor)
        self.creditCodeError.setObjectName(u"creditCodeError")
        self.creditCodeError.setText(u"")
        self.creditCodeError.setWordWrap(True)
        self.creditCodeError.setVisible(False)
        self.creditCodeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formGrid.addWidget(self.creditCodeError, 4, 1, 1, 1)

        self.unitNatureLabel = QLabel(UnionEditor)
        self.unitNatureLabel.setObjectName(u"unitNatureLabel")

        self.formGrid.addWidget(self.unitNatureLabel, 5, 0, 1, 1)

        self.unitNatureCombo = QComboBox(UnionEditor)
        self.unitNatureCombo.setObjectName(u"unitNatureCombo")

        self.formGrid.addWidget(self.unitNatureCombo, 5, 1, 1, 1)

        self.economicTypeLabel = QLabel(UnionEditor)
        self.economicTypeLabel.setObjectName(u"economicTypeLabel")

        self.formGrid.addWidget(self.economicTypeLabel, 6, 0, 1, 1)

        self.economicTypeCombo = QComboBox(UnionEditor)
        self.economicTypeCombo.setObjectName(u"economicTypeCombo")

        self.formGrid.addWidget(self.economicTypeCombo, 6, 1, 1, 1)

        self.industryLabel = QLabel(UnionEditor)
        self.industryLabel.setObjectName(u"industryLabel")

        self.formGrid.addWidget(self.industryLabel, 7, 0, 1, 1)

        self.industryCombo = QComboBox(UnionEditor)
        self.industryCombo.setObjectName(u"industryCombo")

        self.formGrid.addWidget(self.industryCombo, 7, 1, 1, 1)

        self.contactPersonLabel = QLabel(UnionEditor)
        self.contactPersonLabel.setObjectName(u"contactPersonLabel")

        self.formGrid.addWidget(self.contactPersonLabel, 8, 0, 1, 1)

        self.contactPersonEdit = QLineEdit(UnionEditor)
        self.contactPersonEdit.setObjectName(u"contactPersonEdit")
        self.contactPersonEdit.setMaxLength(50)

        self.formGrid.addWidget(self.contactPersonEdit, 8, 1, 1, 1)

        self.contactPhoneLabel = QLabel(UnionEditor)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.formGrid.addWidget(self.contactPhoneLabel, 9, 0, 1, 1)

        self.contactPhoneEdit = QLineEdit(UnionEditor)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")
        self.contactPhoneEdit.setMaxLength(20)

        self.formGrid.addWidget(self.contactPhoneEdit, 9, 1, 1, 1)


        self.mainLayout.addLayout(self.formGrid)

        self.generalError = QLabel(UnionEditor)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)
        self.generalError.setVisible(False)
        self.generalError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.vSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(UnionEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.employerLabel.setBuddy(self.employerEdit)
        self.creditCodeLabel.setBuddy(self.creditCodeEdit)
        self.unitNatureLabel.setBuddy(self.unitNatureCombo)
        self.economicTypeLabel.setBuddy(self.economicTypeCombo)
        self.industryLabel.setBuddy(self.industryCombo)
        self.contactPersonLabel.setBuddy(self.contactPersonEdit)
        self.contactPhoneLabel.setBuddy(self.contactPhoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.employerEdit)
        QWidget.setTabOrder(self.employerEdit, self.creditCodeEdit)
        QWidget.setTabOrder(self.creditCodeEdit, self.unitNatureCombo)
        QWidget.setTabOrder(self.unitNatureCombo, self.economicTypeCombo)
        QWidget.setTabOrder(self.economicTypeCombo, self.industryCombo)
        QWidget.setTabOrder(self.industryCombo, self.contactPersonEdit)
        QWidget.setTabOrder(self.contactPersonEdit, self.contactPhoneEdit)
        QWidget.setTabOrder(self.contactPhoneEdit, self.buttonBox)

        self.retranslateUi(UnionEditor)

        QMetaObject.connectSlotsByName(UnionEditor)
    # setupUi

    def retranslateUi(self, UnionEditor: object) -> None:
        UnionEditor.setWindowTitle(QCoreApplication.translate("UnionEditor", u"Grassroots union", None))
        self.nameLabel.setText(QCoreApplication.translate("UnionEditor", u"Name", None))
        self.employerLabel.setText(QCoreApplication.translate("UnionEditor", u"Employer", None))
        self.creditCodeLabel.setText(QCoreApplication.translate("UnionEditor", u"Unified social credit code", None))
        self.creditCodeEdit.setPlaceholderText(QCoreApplication.translate("UnionEditor", u"18 characters", None))
        self.unitNatureLabel.setText(QCoreApplication.translate("UnionEditor", u"Unit nature", None))
        self.economicTypeLabel.setText(QCoreApplication.translate("UnionEditor", u"Economic type", None))
        self.industryLabel.setText(QCoreApplication.translate("UnionEditor", u"Industry", None))
        self.contactPersonLabel.setText(QCoreApplication.translate("UnionEditor", u"Contact person", None))
        self.contactPhoneLabel.setText(QCoreApplication.translate("UnionEditor", u"Contact phone", None))
    # retranslateUi

