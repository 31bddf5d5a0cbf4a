# Generated from forms/competition_settings_dialog.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_CompetitionSettingsDialog(object):
    def setupUi(self, CompetitionSettingsDialog: object) -> None:
        if not CompetitionSettingsDialog.objectName():
            CompetitionSettingsDialog.setObjectName(u"CompetitionSettingsDialog")
        CompetitionSettingsDialog.resize(480, 240)
        self.mainLayout = QVBoxLayout(CompetitionSettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.theoryLabel = QLabel(CompetitionSettingsDialog)
        self.theoryLabel.setObjectName(u"theoryLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.theoryLabel)

        self.theorySpin = QSpinBox(CompetitionSettingsDialog)
        self.theorySpin.setObjectName(u"theorySpin")
        self.theorySpin.setMinimum(0)
        self.theorySpin.setMaximum(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.theorySpin)

        self.capLabel = QLabel(CompetitionSettingsDialog)
        self.capLabel.setObjectName(u"capLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.capLabel)

        self.capSpin = QSpinBox(CompetitionSettingsDialog)
        self.capSpin.setObjectName(u"capSpin")
        self.capSpin.setMinimum(0)
        self.capSpin.setMaximum(100)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.capSpin)

        self.ruleLabel = QLabel(CompetitionSettingsDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ruleLabel)

        self.ruleCombo = QComboBox(CompetitionSettingsDialog)
        self.ruleCombo.setObjectName(u"ruleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ruleCombo)

        self.placesLabel = QLabel(CompetitionSettingsDialog)
        self.placesLabel.setObjectName(u"placesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placesLabel)

        self.placesSpin = QSpinBox(CompetitionSettingsDialog)
        self.placesSpin.setObjectName(u"placesSpin")
        self.placesSpin.setMinimum(0)
        self.placesSpin.setMaximum(1000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placesSpin)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CompetitionSettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CompetitionSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.theoryLabel.setBuddy(self.theorySpin)
        self.capLabel.setBuddy(self.capSpin)
        self.ruleLabel.setBuddy(self.ruleCombo)
        self.placesLabel.setBuddy(self.placesSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompetitionSettingsDialog)

        QMetaObject.connectSlotsByName(CompetitionSettingsDialog)
    # setupUi

    def retranslateUi(self, CompetitionSettingsDialog: object) -> None:
        CompetitionSettingsDialog.setWindowTitle(QCoreApplication.translate("CompetitionSettingsDialog", u"Competition settings", None))
        self.theoryLabel.setText(QCoreApplication.translate("CompetitionSettingsDialog", u"Default theory weight", None))
        self.theorySpin.setSuffix(QCoreApplication.translate("CompetitionSettingsDialog", u" %", None))
        self.capLabel.setText(QCoreApplication.translate("CompetitionSettingsDialog", u"Housing ministry's theory cap", None))
        self.capSpin.setSuffix(QCoreApplication.translate("CompetitionSettingsDialog", u" %", None))
        self.ruleLabel.setText(QCoreApplication.translate("CompetitionSettingsDialog", u"Grade-step rule", None))
        self.placesLabel.setText(QCoreApplication.translate("CompetitionSettingsDialog", u"Grade-step places per event", None))
    # retranslateUi

