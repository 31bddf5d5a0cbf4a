# Generated from forms/class_editor.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ClassEditor(object):
    def setupUi(self, ClassEditor: object) -> None:
        if not ClassEditor.objectName():
            ClassEditor.setObjectName(u"ClassEditor")
        ClassEditor.resize(900, 680)
        self.mainLayout = QVBoxLayout(ClassEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.formGrid.setVerticalSpacing(3)
        self.academyLabel = QLabel(ClassEditor)
        self.academyLabel.setObjectName(u"academyLabel")

        self.formGrid.addWidget(self.academyLabel, 0, 0, 1, 1)

        self.academyCombo = QComboBox(ClassEditor)
        self.academyCombo.setObjectName(u"academyCombo")

        self.formGrid.addWidget(self.academyCombo, 0, 1, 1, 3)

        self.nameLabel = QLabel(ClassEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formGrid.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(ClassEditor)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formGrid.addWidget(self.nameEdit, 1, 1, 1, 3)

        self.startLabel = QLabel(ClassEditor)
        self.startLabel.setObjectName(u"startLabel")

        self.formGrid.addWidget(self.startLabel, 2, 0, 1, 1)

        self.startEdit = QDateEdit(ClassEditor)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)
        self.startEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formGrid.addWidget(self.startEdit, 2, 1, 1, 1)

        self.endLabel = QLabel(ClassEditor)
        self.endLabel.setObjectName(u"endLabel")

        self.formGrid.addWidget(self.endLabel, 2, 2, 1, 1)

        self.endEdit = QDateEdit(ClassEditor)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)
        self.endEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formGrid.addWidget(self.endEdit, 2, 3, 1, 1)

        self.venueLabel = QLabel(ClassEditor)
        self.venueLabel.setObjectName(u"venueLabel")

        self.formGrid.addWidget(self.venueLabel, 3, 0, 1, 1)

        self.venueEdit = QLineEdit(ClassEditor)
        self.venueEdit.setObjectName(u"venueEdit")
        self.venueEdit.setMaxLength(200)

        self.formGrid.addWidget(self.venueEdit, 3, 1, 1, 1)

        self.organiserLabel = QLabel(ClassEditor)
        self.organiserLabel.setObjectName(u"organiserLabel")

        self.formGrid.addWidget(self.organiserLabel, 3, 2, 1, 1)

        self.organiserEdit = QLineEdit(ClassEditor)
        self.organiserEdit.setObjectName(u"organiserEdit")
        self.organiserEdit.setMaxLength(200)

        self.formGrid.addWidget(self.organiserEdit, 3, 3, 1, 1)

        self.teachersLabel = QLabel(ClassEditor)
        self.teachersLabel.setObjectName(u"teachersLabel")

        self.formGrid.addWidget(self.teachersLabel, 4, 0, 1, 1)

        self.teachersEdit = QLineEdit(ClassEditor)
        self.teachersEdit.setObjectName(u"teachersEdit")
        self.teachersEdit.setMaxLength(400)

        self.formGrid.addWidget(self.teachersEdit, 4, 1, 1, 1)

        self.capacityLabel = QLabel(ClassEditor)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.formGrid.addWidget(self.capacityLabel, 4, 2, 1, 1)

        self.capacitySpin = QSpinBox(ClassEditor)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(1)
        self.capacitySpin.setMaximum(5000)
        self.capacitySpin.setValue(50)

        self.formGrid.addWidget(self.capacitySpin, 4, 3, 1, 1)

        self.ruleLabel = QLabel(ClassEditor)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.formGrid.addWidget(self.ruleLabel, 5, 0, 1, 1)

        self.ruleLayout = QHBoxLayout()
        self.ruleLayout.setObjectName(u"ruleLayout")
        self.attendanceSpin = QSpinBox(ClassEditor)
        self.attendanceSpin.setObjectName(u"attendanceSpin")
        self.attendanceSpin.setMinimum(0)
        self.attendanceSpin.setMaximum(100)
        self.attendanceSpin.setValue(80)
        self.attendanceSpin.setSuffix(u" %")

        self.ruleLayout.addWidget(self.attendanceSpin)

        self.attendanceHint = QLabel(ClassEditor)
        self.attendanceHint.setObjectName(u"attendanceHint")

        self.ruleLayout.addWidget(self.attendanceHint)

        self.assessmentCheck = QCheckBox(ClassEditor)
        self.assessmentCheck.setObjectName(u"assessmentCheck")
        self.assessmentCheck.setChecked(True)

        self.ruleLayout.addWidget(self.assessmentCheck)

        self.lateLabel = QLabel(ClassEditor)
        self.lateLabel.setObjectName(u"lateLabel")

        self.ruleLayout.addWidget(self.lateLabel)

        self.lateSpin = QSpinBox(ClassEditor)
        self.lateSpin.setObjectName(u"lateSpin")
        self.lateSpin.setMinimum(0)
        self.lateSpin.setMaximum(100)
        self.lateSpin.setValue(100)
        self.lateSpin.setSuffix(u" %")

        self.ruleLayout.addWidget(self.lateSpin)

        self.ruleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ruleLayout.addItem(self.ruleSpacer)


        self.formGrid.addLayout(self.ruleLayout, 5, 1, 1, 3)

        self.noteLabel = QLabel(ClassEditor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formGrid.addWidget(self.noteLabel, 6, 0, 1, 1)

        self.noteEdit = QLineEdit(ClassEditor)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formGrid.addWidget(self.noteEdit, 6, 1, 1, 3)


        self.mainLayout.addLayout(self.formGrid)

        self.modulesLabel = QLabel(ClassEditor)
        self.modulesLabel.setObjectName(u"modulesLabel")

        self.mainLayout.addWidget(self.modulesLabel)

        self.modulesTable = QTableWidget(ClassEditor)
        self.modulesTable.setObjectName(u"modulesTable")

        self.mainLayout.addWidget(self.modulesTable)

        self.moduleButtons = QHBoxLayout()
        self.moduleButtons.setObjectName(u"moduleButtons")
        self.addModuleButton = QPushButton(ClassEditor)
        self.addModuleButton.setObjectName(u"addModuleButton")

        self.moduleButtons.addWidget(self.addModuleButton)

        self.removeModuleButton = QPushButton(ClassEditor)
        self.removeModuleButton.setObjectName(u"removeModuleButton")

        self.moduleButtons.addWidget(self.removeModuleButton)

        self.moduleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moduleButtons.addItem(self.moduleSpacer)

        self.rescheduleButton = QPushButton(ClassEditor)
        self.rescheduleButton.setObjectName(u"rescheduleButton")

        self.moduleButtons.addWidget(self.rescheduleButton)


        self.mainLayout.addLayout(self.moduleButtons)

        self.sessionsLabel = QLabel(ClassEditor)
        self.sessionsLabel.setObjectName(u"sessionsLabel")

        self.mainLayout.addWidget(self.sessionsLabel)

        self.sessionsTable = QTableWidget(ClassEditor)
        self.sessionsTable.setObjectName(u"sessionsTable")

        self.mainLayout.addWidget(self.sessionsTable)

        self.errorLabel = QLabel(ClassEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ClassEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.academyLabel.setBuddy(self.academyCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.venueLabel.setBuddy(self.venueEdit)
        self.organiserLabel.setBuddy(self.organiserEdit)
        self.teachersLabel.setBuddy(self.teachersEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.ruleLabel.setBuddy(self.attendanceSpin)
        self.lateLabel.setBuddy(self.lateSpin)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.academyCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.organiserEdit)
        QWidget.setTabOrder(self.organiserEdit, self.teachersEdit)
        QWidget.setTabOrder(self.teachersEdit, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.attendanceSpin)
        QWidget.setTabOrder(self.attendanceSpin, self.assessmentCheck)
        QWidget.setTabOrder(self.assessmentCheck, self.lateSpin)
        QWidget.setTabOrder(self.lateSpin, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.modulesTable)
        QWidget.setTabOrder(self.modulesTable, self.addModuleButton)
        QWidget.setTabOrder(self.addModuleButton, self.removeModuleButton)
        QWidget.setTabOrder(self.removeModuleButton, self.rescheduleButton)
        QWidget.setTabOrder(self.rescheduleButton, self.sessionsTable)

        self.retranslateUi(ClassEditor)

        QMetaObject.connectSlotsByName(ClassEditor)
    # setupUi

    def retranslateUi(self, ClassEditor: object) -> None:
        ClassEditor.setWindowTitle(QCoreApplication.translate("ClassEditor", u"Training class", None))
        self.academyLabel.setText(QCoreApplication.translate("ClassEditor", u"Academy", None))
        self.nameLabel.setText(QCoreApplication.translate("ClassEditor", u"Class name", None))
        self.startLabel.setText(QCoreApplication.translate("ClassEditor", u"Start date", None))
        self.endLabel.setText(QCoreApplication.translate("ClassEditor", u"End date", None))
        self.venueLabel.setText(QCoreApplication.translate("ClassEditor", u"Venue", None))
        self.organiserLabel.setText(QCoreApplication.translate("ClassEditor", u"Organiser", None))
        self.teachersLabel.setText(QCoreApplication.translate("ClassEditor", u"Teachers", None))
        self.capacityLabel.setText(QCoreApplication.translate("ClassEditor", u"Capacity", None))
        self.ruleLabel.setText(QCoreApplication.translate("ClassEditor", u"Completion rule", None))
        self.attendanceHint.setText(QCoreApplication.translate("ClassEditor", u"of the hours attended", None))
        self.assessmentCheck.setText(QCoreApplication.translate("ClassEditor", u"and assessment passed", None))
        self.lateLabel.setText(QCoreApplication.translate("ClassEditor", u"Late arrival earns", None))
        self.noteLabel.setText(QCoreApplication.translate("ClassEditor", u"Note", None))
        self.modulesLabel.setText(QCoreApplication.translate("ClassEditor", u"Modules (kind, course, teacher, hours, sessions)", None))
        self.addModuleButton.setText(QCoreApplication.translate("ClassEditor", u"Add module", None))
        self.removeModuleButton.setText(QCoreApplication.translate("ClassEditor", u"Remove module", None))
        self.rescheduleButton.setText(QCoreApplication.translate("ClassEditor", u"Spread sessions over the dates", None))
        self.sessionsLabel.setText(QCoreApplication.translate("ClassEditor", u"Sessions", None))
    # retranslateUi

