# Generated from forms/honour_list_dialog.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_HonourListDialog(object):
    def setupUi(self, HonourListDialog: object) -> None:
        if not HonourListDialog.objectName():
            HonourListDialog.setObjectName(u"HonourListDialog")
        HonourListDialog.resize(620, 520)
        self.mainLayout = QVBoxLayout(HonourListDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.formGrid.setVerticalSpacing(3)
        self.yearLabel = QLabel(HonourListDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formGrid.addWidget(self.yearLabel, 0, 0, 1, 1)

        self.yearSpin = QSpinBox(HonourListDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1950)
        self.yearSpin.setMaximum(2100)

        self.formGrid.addWidget(self.yearSpin, 0, 1, 1, 1)

        self.ownCheck = QCheckBox(HonourListDialog)
        self.ownCheck.setObjectName(u"ownCheck")

        self.formGrid.addWidget(self.ownCheck, 1, 1, 1, 1)

        self.nameLabel = QLabel(HonourListDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formGrid.addWidget(self.nameLabel, 2, 0, 1, 1)

        self.nameEdit = QLineEdit(HonourListDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.formGrid.addWidget(self.nameEdit, 2, 1, 1, 1)

        self.levelLabel = QLabel(HonourListDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formGrid.addWidget(self.levelLabel, 3, 0, 1, 1)

        self.levelCombo = QComboBox(HonourListDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.formGrid.addWidget(self.levelCombo, 3, 1, 1, 1)

        self.issuerLabel = QLabel(HonourListDialog)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.formGrid.addWidget(self.issuerLabel, 4, 0, 1, 1)

        self.issuerEdit = QLineEdit(HonourListDialog)
        self.issuerEdit.setObjectName(u"issuerEdit")
        self.issuerEdit.setMaxLength(100)

        self.formGrid.addWidget(self.issuerEdit, 4, 1, 1, 1)

        self.regionLabel = QLabel(HonourListDialog)
        self.regionLabel.setObjectName(u"regionLabel")

        self.formGrid.addWidget(self.regionLabel, 5, 0, 1, 1)

        self.regionEdit = QLineEdit(HonourListDialog)
        self.regionEdit.setObjectName(u"regionEdit")
        self.regionEdit.setMaxLength(60)

        self.formGrid.addWidget(self.regionEdit, 5, 1, 1, 1)

        self.titleLabel = QLabel(HonourListDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formGrid.addWidget(self.titleLabel, 6, 0, 1, 1)

        self.titleEdit = QLineEdit(HonourListDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.formGrid.addWidget(self.titleEdit, 6, 1, 1, 1)

        self.bodyLabel = QLabel(HonourListDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.formGrid.addWidget(self.bodyLabel, 7, 0, 1, 1)

        self.bodyEdit = QPlainTextEdit(HonourListDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.formGrid.addWidget(self.bodyEdit, 7, 1, 1, 1)

        self.defaultTextButton = QPushButton(HonourListDialog)
        self.defaultTextButton.setObjectName(u"defaultTextButton")

        self.formGrid.addWidget(self.defaultTextButton, 8, 1, 1, 1)


        self.mainLayout.addLayout(self.formGrid)

        self.errorLabel = QLabel(HonourListDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(HonourListDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.nameLabel.setBuddy(self.nameEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.regionLabel.setBuddy(self.regionEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.ownCheck)
        QWidget.setTabOrder(self.ownCheck, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.issuerEdit)
        QWidget.setTabOrder(self.issuerEdit, self.regionEdit)
        QWidget.setTabOrder(self.regionEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.defaultTextButton)

        self.retranslateUi(HonourListDialog)

        QMetaObject.connectSlotsByName(HonourListDialog)
    # setupUi

    def retranslateUi(self, HonourListDialog: object) -> None:
        HonourListDialog.setWindowTitle(QCoreApplication.translate("HonourListDialog", u"Honour list", None))
        self.yearLabel.setText(QCoreApplication.translate("HonourListDialog", u"Year", None))
        self.ownCheck.setText(QCoreApplication.translate("HonourListDialog", u"Granted by this office (quota, decision and certificates)", None))
        self.nameLabel.setText(QCoreApplication.translate("HonourListDialog", u"Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("HonourListDialog", u"Blank: the default name", None))
        self.levelLabel.setText(QCoreApplication.translate("HonourListDialog", u"Level", None))
        self.issuerLabel.setText(QCoreApplication.translate("HonourListDialog", u"Granted by", None))
        self.issuerEdit.setPlaceholderText(QCoreApplication.translate("HonourListDialog", u"Blank: this office", None))
        self.regionLabel.setText(QCoreApplication.translate("HonourListDialog", u"Place name before each honour", None))
        self.regionEdit.setPlaceholderText(QCoreApplication.translate("HonourListDialog", u"Blank: from the granting body", None))
        self.titleLabel.setText(QCoreApplication.translate("HonourListDialog", u"Decision title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("HonourListDialog", u"Blank: the default title", None))
        self.bodyLabel.setText(QCoreApplication.translate("HonourListDialog", u"Decision text", None))
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("HonourListDialog", u"Blank: written from the honours on the list when printed", None))
        self.defaultTextButton.setText(QCoreApplication.translate("HonourListDialog", u"Start from the default text", None))
    # retranslateUi

