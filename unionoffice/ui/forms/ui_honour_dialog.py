# Generated from forms/honour_dialog.ui by tools/build_forms.py (pyside6-uic) — do not edit.
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
    QListWidget, QListWidgetItem, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_HonourDialog(object):
    def setupUi(self, HonourDialog: object) -> None:
        if not HonourDialog.objectName():
            HonourDialog.setObjectName(u"HonourDialog")
        HonourDialog.resize(520, 460)
        self.mainLayout = QVBoxLayout(HonourDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.listLabel = QLabel(HonourDialog)
        self.listLabel.setObjectName(u"listLabel")
        self.listLabel.setText(u"")
        self.listLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.listLabel)

        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.formGrid.setVerticalSpacing(3)
        self.typeLabel = QLabel(HonourDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formGrid.addWidget(self.typeLabel, 0, 0, 1, 1)

        self.typeCombo = QComboBox(HonourDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formGrid.addWidget(self.typeCombo, 0, 1, 1, 1)

        self.memberLabel = QLabel(HonourDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formGrid.addWidget(self.memberLabel, 1, 0, 1, 1)

        self.memberEdit = QLineEdit(HonourDialog)
        self.memberEdit.setObjectName(u"memberEdit")

        self.formGrid.addWidget(self.memberEdit, 1, 1, 1, 1)

        self.memberList = QListWidget(HonourDialog)
        self.memberList.setObjectName(u"memberList")
        self.memberList.setMaximumSize(QSize(16777215, 130))

        self.formGrid.addWidget(self.memberList, 2, 1, 1, 1)

        self.unionLabel = QLabel(HonourDialog)
        self.unionLabel.setObjectName(u"unionLabel")

        self.formGrid.addWidget(self.unionLabel, 3, 0, 1, 1)

        self.unionCombo = QComboBox(HonourDialog)
        self.unionCombo.setObjectName(u"unionCombo")

        self.formGrid.addWidget(self.unionCombo, 3, 1, 1, 1)

        self.teamLabel = QLabel(HonourDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.formGrid.addWidget(self.teamLabel, 4, 0, 1, 1)

        self.teamEdit = QLineEdit(HonourDialog)
        self.teamEdit.setObjectName(u"teamEdit")
        self.teamEdit.setMaxLength(60)

        self.formGrid.addWidget(self.teamEdit, 4, 1, 1, 1)

        self.basisLabel = QLabel(HonourDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.formGrid.addWidget(self.basisLabel, 5, 0, 1, 1)

        self.basisCombo = QComboBox(HonourDialog)
        self.basisCombo.setObjectName(u"basisCombo")

        self.formGrid.addWidget(self.basisCombo, 5, 1, 1, 1)

        self.prizeLabel = QLabel(HonourDialog)
        self.prizeLabel.setObjectName(u"prizeLabel")

        self.formGrid.addWidget(self.prizeLabel, 6, 0, 1, 1)

        self.prizeCombo = QComboBox(HonourDialog)
        self.prizeCombo.setObjectName(u"prizeCombo")

        self.formGrid.addWidget(self.prizeCombo, 6, 1, 1, 1)

        self.detailLabel = QLabel(HonourDialog)
        self.detailLabel.setObjectName(u"detailLabel")

        self.formGrid.addWidget(self.detailLabel, 7, 0, 1, 1)

        self.detailEdit = QLineEdit(HonourDialog)
        self.detailEdit.setObjectName(u"detailEdit")
        self.detailEdit.setMaxLength(200)

        self.formGrid.addWidget(self.detailEdit, 7, 1, 1, 1)

        self.eventLabel = QLabel(HonourDialog)
        self.eventLabel.setObjectName(u"eventLabel")

        self.formGrid.addWidget(self.eventLabel, 8, 0, 1, 1)

        self.eventEdit = QLineEdit(HonourDialog)
        self.eventEdit.setObjectName(u"eventEdit")
        self.eventEdit.setMaxLength(120)

        self.formGrid.addWidget(self.eventEdit, 8, 1, 1, 1)


        self.mainLayout.addLayout(self.formGrid)

        self.errorLabel = QLabel(HonourDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(HonourDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
        self.memberLabel.setBuddy(self.memberEdit)
        self.unionLabel.setBuddy(self.unionCombo)
        self.teamLabel.setBuddy(self.teamEdit)
        self.basisLabel.setBuddy(self.basisCombo)
        self.prizeLabel.setBuddy(self.prizeCombo)
        self.detailLabel.setBuddy(self.detailEdit)
        self.eventLabel.setBuddy(self.eventEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.typeCombo, self.memberEdit)
        QWidget.setTabOrder(self.memberEdit, self.memberList)
        QWidget.setTabOrder(self.memberList, self.unionCombo)
        QWidget.setTabOrder(self.unionCombo, self.teamEdit)
        QWidget.setTabOrder(self.teamEdit, self.basisCombo)
        QWidget.setTabOrder(self.basisCombo, self.prizeCombo)
        QWidget.setTabOrder(self.prizeCombo, self.detailEdit)
        QWidget.setTabOrder(self.detailEdit, self.eventEdit)

        self.retranslateUi(HonourDialog)

        QMetaObject.connectSlotsByName(HonourDialog)
    # setupUi

    def retranslateUi(self, HonourDialog: object) -> None:
        HonourDialog.setWindowTitle(QCoreApplication.translate("HonourDialog", u"Honour", None))
        self.typeLabel.setText(QCoreApplication.translate("HonourDialog", u"Honour", None))
        self.memberLabel.setText(QCoreApplication.translate("HonourDialog", u"Member", None))
        self.memberEdit.setPlaceholderText(QCoreApplication.translate("HonourDialog", u"Name, pinyin or ID number", None))
        self.unionLabel.setText(QCoreApplication.translate("HonourDialog", u"Union", None))
        self.teamLabel.setText(QCoreApplication.translate("HonourDialog", u"Team", None))
        self.teamEdit.setPlaceholderText(QCoreApplication.translate("HonourDialog", u"e.g. \u68c0\u4fee\u4e00\u73ed", None))
        self.basisLabel.setText(QCoreApplication.translate("HonourDialog", u"Basis", None))
        self.prizeLabel.setText(QCoreApplication.translate("HonourDialog", u"Recorded prize", None))
        self.detailLabel.setText(QCoreApplication.translate("HonourDialog", u"Details", None))
        self.eventLabel.setText(QCoreApplication.translate("HonourDialog", u"Competition event", None))
    # retranslateUi

