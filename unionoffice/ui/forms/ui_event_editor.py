# Generated from forms/event_editor.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_EventEditor(object):
    def setupUi(self, EventEditor: object) -> None:
        if not EventEditor.objectName():
            EventEditor.setObjectName(u"EventEditor")
        EventEditor.resize(640, 620)
        self.mainLayout = QVBoxLayout(EventEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.tradeLabel = QLabel(EventEditor)
        self.tradeLabel.setObjectName(u"tradeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tradeLabel)

        self.tradeEdit = QLineEdit(EventEditor)
        self.tradeEdit.setObjectName(u"tradeEdit")
        self.tradeEdit.setMaxLength(60)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tradeEdit)

        self.nameLabel = QLabel(EventEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(EventEditor)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.theoryLabel = QLabel(EventEditor)
        self.theoryLabel.setObjectName(u"theoryLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.theoryLabel)

        self.weightLayout = QHBoxLayout()
        self.weightLayout.setObjectName(u"weightLayout")
        self.theorySpin = QSpinBox(EventEditor)
        self.theorySpin.setObjectName(u"theorySpin")
        self.theorySpin.setMinimum(0)
        self.theorySpin.setMaximum(100)

        self.weightLayout.addWidget(self.theorySpin)

        self.practicalLabel = QLabel(EventEditor)
        self.practicalLabel.setObjectName(u"practicalLabel")
        self.practicalLabel.setText(u"")

        self.weightLayout.addWidget(self.practicalLabel)

        self.weightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weightLayout.addItem(self.weightSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.weightLayout)

        self.rulesLabel = QLabel(EventEditor)
        self.rulesLabel.setObjectName(u"rulesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rulesLabel)

        self.rulesLayout = QVBoxLayout()
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.housingCheck = QCheckBox(EventEditor)
        self.housingCheck.setObjectName(u"housingCheck")

        self.rulesLayout.addWidget(self.housingCheck)

        self.timedCheck = QCheckBox(EventEditor)
        self.timedCheck.setObjectName(u"timedCheck")

        self.rulesLayout.addWidget(self.timedCheck)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.rulesLayout)

        self.gradeLabel = QLabel(EventEditor)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.gradeLabel)

        self.gradeSpin = QSpinBox(EventEditor)
        self.gradeSpin.setObjectName(u"gradeSpin")
        self.gradeSpin.setMinimum(0)
        self.gradeSpin.setMaximum(1000)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.gradeSpin)


        self.mainLayout.addLayout(self.formLayout)

        self.stagesLabel = QLabel(EventEditor)
        self.stagesLabel.setObjectName(u"stagesLabel")

        self.mainLayout.addWidget(self.stagesLabel)

        self.stagesGrid = QGridLayout()
        self.stagesGrid.setObjectName(u"stagesGrid")
        self.stageHead = QLabel(EventEditor)
        self.stageHead.setObjectName(u"stageHead")

        self.stagesGrid.addWidget(self.stageHead, 0, 0, 1, 1)

        self.modeHead = QLabel(EventEditor)
        self.modeHead.setObjectName(u"modeHead")

        self.stagesGrid.addWidget(self.modeHead, 0, 1, 1, 1)

        self.placesHead = QLabel(EventEditor)
        self.placesHead.setObjectName(u"placesHead")

        self.stagesGrid.addWidget(self.placesHead, 0, 2, 1, 1)

        self.dateHead = QLabel(EventEditor)
        self.dateHead.setObjectName(u"dateHead")

        self.stagesGrid.addWidget(self.dateHead, 0, 3, 1, 1)

        self.prelimCheck = QCheckBox(EventEditor)
        self.prelimCheck.setObjectName(u"prelimCheck")

        self.stagesGrid.addWidget(self.prelimCheck, 1, 0, 1, 1)

        self.prelimModeCombo = QComboBox(EventEditor)
        self.prelimModeCombo.setObjectName(u"prelimModeCombo")

        self.stagesGrid.addWidget(self.prelimModeCombo, 1, 1, 1, 1)

        self.prelimPlacesSpin = QSpinBox(EventEditor)
        self.prelimPlacesSpin.setObjectName(u"prelimPlacesSpin")
        self.prelimPlacesSpin.setMinimum(1)
        self.prelimPlacesSpin.setMaximum(100000)

        self.stagesGrid.addWidget(self.prelimPlacesSpin, 1, 2, 1, 1)

        self.prelimDateEdit = QDateEdit(EventEditor)
        self.prelimDateEdit.setObjectName(u"prelimDateEdit")
        self.prelimDateEdit.setCalendarPopup(True)

        self.stagesGrid.addWidget(self.prelimDateEdit, 1, 3, 1, 1)

        self.semiCheck = QCheckBox(EventEditor)
        self.semiCheck.setObjectName(u"semiCheck")

        self.stagesGrid.addWidget(self.semiCheck, 2, 0, 1, 1)

        self.semiModeCombo = QComboBox(EventEditor)
        self.semiModeCombo.setObjectName(u"semiModeCombo")

        self.stagesGrid.addWidget(self.semiModeCombo, 2, 1, 1, 1)

        self.semiPlacesSpin = QSpinBox(EventEditor)
        self.semiPlacesSpin.setObjectName(u"semiPlacesSpin")
        self.semiPlacesSpin.setMinimum(1)
        self.semiPlacesSpin.setMaximum(100000)

        self.stagesGrid.addWidget(self.semiPlacesSpin, 2, 2, 1, 1)

        self.semiDateEdit = QDateEdit(EventEditor)
        self.semiDateEdit.setObjectName(u"semiDateEdit")
        self.semiDateEdit.setCalendarPopup(True)

        self.stagesGrid.addWidget(self.semiDateEdit, 2, 3, 1, 1)

        self.finalLabel = QLabel(EventEditor)
        self.finalLabel.setObjectName(u"finalLabel")

        self.stagesGrid.addWidget(self.finalLabel, 3, 0, 1, 1)

        self.finalDateEdit = QDateEdit(EventEditor)
        self.finalDateEdit.setObjectName(u"finalDateEdit")
        self.finalDateEdit.setCalendarPopup(True)

        self.stagesGrid.addWidget(self.finalDateEdit, 3, 3, 1, 1)


        self.mainLayout.addLayout(self.stagesGrid)

        self.bandsLabel = QLabel(EventEditor)
        self.bandsLabel.setObjectName(u"bandsLabel")

        self.mainLayout.addWidget(self.bandsLabel)

        self.bandsTable = QTableWidget(EventEditor)
        self.bandsTable.setObjectName(u"bandsTable")

        self.mainLayout.addWidget(self.bandsTable)

        self.bandButtons = QHBoxLayout()
        self.bandButtons.setObjectName(u"bandButtons")
        self.addBandButton = QPushButton(EventEditor)
        self.addBandButton.setObjectName(u"addBandButton")

        self.bandButtons.addWidget(self.addBandButton)

        self.removeBandButton = QPushButton(EventEditor)
        self.removeBandButton.setObjectName(u"removeBandButton")

        self.bandButtons.addWidget(self.removeBandButton)

        self.bandSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bandButtons.addItem(self.bandSpacer)


        self.mainLayout.addLayout(self.bandButtons)

        self.errorLabel = QLabel(EventEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EventEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.tradeLabel.setBuddy(self.tradeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.theoryLabel.setBuddy(self.theorySpin)
        self.gradeLabel.setBuddy(self.gradeSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventEditor)

        QMetaObject.connectSlotsByName(EventEditor)
    # setupUi

    def retranslateUi(self, EventEditor: object) -> None:
        EventEditor.setWindowTitle(QCoreApplication.translate("EventEditor", u"Event", None))
        self.tradeLabel.setText(QCoreApplication.translate("EventEditor", u"Trade (\u5de5\u79cd)", None))
        self.nameLabel.setText(QCoreApplication.translate("EventEditor", u"Event as printed (\u8d5b\u9879)", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("EventEditor", u"Same as the trade", None))
        self.theoryLabel.setText(QCoreApplication.translate("EventEditor", u"Theory weight", None))
        self.theorySpin.setSuffix(QCoreApplication.translate("EventEditor", u" %", None))
        self.rulesLabel.setText(QCoreApplication.translate("EventEditor", u"Rules", None))
        self.housingCheck.setText(QCoreApplication.translate("EventEditor", u"Under the housing ministry's rule (theory weight capped)", None))
        self.timedCheck.setText(QCoreApplication.translate("EventEditor", u"Timed: equal scores are ranked by time", None))
        self.gradeLabel.setText(QCoreApplication.translate("EventEditor", u"Grade-step places", None))
        self.stagesLabel.setText(QCoreApplication.translate("EventEditor", u"Stages", None))
        self.stageHead.setText(QCoreApplication.translate("EventEditor", u"Stage", None))
        self.modeHead.setText(QCoreApplication.translate("EventEditor", u"Advancement", None))
        self.placesHead.setText(QCoreApplication.translate("EventEditor", u"Places", None))
        self.dateHead.setText(QCoreApplication.translate("EventEditor", u"Date", None))
        self.prelimCheck.setText(QCoreApplication.translate("EventEditor", u"\u9884\u8d5b preliminary", None))
        self.prelimDateEdit.setDisplayFormat(QCoreApplication.translate("EventEditor", u"yyyy-MM-dd", None))
        self.semiCheck.setText(QCoreApplication.translate("EventEditor", u"\u590d\u8d5b semi-final", None))
        self.semiDateEdit.setDisplayFormat(QCoreApplication.translate("EventEditor", u"yyyy-MM-dd", None))
        self.finalLabel.setText(QCoreApplication.translate("EventEditor", u"\u51b3\u8d5b final", None))
        self.finalDateEdit.setDisplayFormat(QCoreApplication.translate("EventEditor", u"yyyy-MM-dd", None))
        self.bandsLabel.setText(QCoreApplication.translate("EventEditor", u"Prize bands of the final", None))
        self.addBandButton.setText(QCoreApplication.translate("EventEditor", u"Add band", None))
        self.removeBandButton.setText(QCoreApplication.translate("EventEditor", u"Remove band", None))
    # retranslateUi

