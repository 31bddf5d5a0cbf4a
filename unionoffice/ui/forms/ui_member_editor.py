# Generated from forms/member_editor.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_MemberEditor(object):
    def setupUi(self, MemberEditor: object) -> None:
        if not MemberEditor.objectName():
            MemberEditor.setObjectName(u"MemberEditor")
        MemberEditor.resize(860, 620)
        self.mainLayout = QVBoxLayout(MemberEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(MemberEditor)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.headerLabel)

        self.tabs = QTabWidget(MemberEditor)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsTab.setWindowTitle(u"")
        self.detailsLayout = QHBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.identityGroup = QGroupBox(self.detailsTab)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityGrid = QGridLayout(self.identityGroup)
        self.identityGrid.setObjectName(u"identityGrid")
        self.identityGrid.setVerticalSpacing(3)
        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(60)

        self.identityGrid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(self.identityGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)
        self.nameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityGrid.addWidget(self.nameError, 1, 1, 1, 1)

        self.idNumberLabel = QLabel(self.identityGroup)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.identityGrid.addWidget(self.idNumberLabel, 2, 0, 1, 1)

        self.idNumberEdit = QLineEdit(self.identityGroup)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(24)

        self.identityGrid.addWidget(self.idNumberEdit, 2, 1, 1, 1)

        self.idNumberError = QLabel(self.identityGroup)
        self.idNumberError.setObjectName(u"idNumberError")
        self.idNumberError.setText(u"")
        self.idNumberError.setWordWrap(True)
        self.idNumberError.setVisible(False)
        self.idNumberError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityGrid.addWidget(self.idNumberError, 3, 1, 1, 1)

        self.birthDateValueLabel = QLabel(self.identityGroup)
        self.birthDateValueLabel.setObjectName(u"birthDateValueLabel")

        self.identityGrid.addWidget(self.birthDateValueLabel, 4, 0, 1, 1)

        self.birthDateValue = QLabel(self.identityGroup)
        self.birthDateValue.setObjectName(u"birthDateValue")
        self.birthDateValue.setText(u"")

        self.identityGrid.addWidget(self.birthDateValue, 4, 1, 1, 1)

        self.sexLabel = QLabel(self.identityGroup)
        self.sexLabel.setObjectName(u"sexLabel")

        self.identityGrid.addWidget(self.sexLabel, 5, 0, 1, 1)

        self.sexCombo = QComboBox(self.identityGroup)
        self.sexCombo.setObjectName(u"sexCombo")

        self.identityGrid.addWidget(self.sexCombo, 5, 1, 1, 1)

        self.sexError = QLabel(self.identityGroup)
        self.sexError.setObjectName(u"sexError")
        self.sexError.setText(u"")
        self.sexError.setWordWrap(True)
        self.sexError.setVisible(False)
        self.sexError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityGrid.addWidget(self.sexError, 6, 1, 1, 1)

        self.ethnicityLabel = QLabel(self.identityGroup)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.identityGrid.addWidget(self.ethnicityLabel, 7, 0, 1, 1)

        self.ethnicityCombo = QComboBox(self.identityGroup)
        self.ethnicityCombo.setObjectName(u"ethnicityCombo")

        self.identityGrid.addWidget(self.ethnicityCombo, 7, 1, 1, 1)

        self.ethnicityError = QLabel(self.identityGroup)
        self.ethnicityError.setObjectName(u"ethnicityError")
        self.ethnicityError.setText(u"")
        self.ethnicityError.setWordWrap(True)
        self.ethnicityError.setVisible(False)
        self.ethnicityError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityGrid.addWidget(self.ethnicityError, 8, 1, 1, 1)

        self.idTypeLabel = QLabel(self.identityGroup)
        self.idTypeLabel.setObjectName(u"idTypeLabel")

        self.identityGrid.addWidget(self.idTypeLabel, 9, 0, 1, 1)

        self.idTypeCombo = QComboBox(self.identityGroup)
        self.idTypeCombo.setObjectName(u"idTypeCombo")

        self.identityGrid.addWidget(self.idTypeCombo, 9, 1, 1, 1)

        self.idTypeError = QLabel(self.identityGroup)
        self.idTypeError.setObjectName(u"idTypeError")
        self.idTypeError.setText(u"")
        self.idTypeError.setWordWrap(True)
        self.idTypeError.setVisible(False)
        self.idTypeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityGrid.addWidget(self.idTypeError, 10, 1, 1, 1)

        self.phoneLabel = QLabel(self.identityGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.identityGrid.addWidget(self.phoneLabel, 11, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.identityGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.identityGrid.addWidget(self.phoneEdit, 11, 1, 1, 1)

        self.phoneError = QLabel(self.identityGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setText(u"")
        self.phoneError.setWordWrap(True)
        self.phoneError.setVisible(False)
        self.phoneError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityGrid.addWidget(self.phoneError, 12, 1, 1, 1)

        self.educationLabel = QLabel(self.identityGroup)
        self.educationLabel.setObjectName(u"educationLabel")

        self.identityGrid.addWidget(self.educationLabel, 13, 0, 1, 1)

        self.educationCombo = QComboBox(self.identityGroup)
        self.educationCombo.setObjectName(u"educationCombo")

        self.identityGrid.addWidget(self.educationCombo, 13, 1, 1, 1)

        self.educationError = QLabel(self.identityGroup)
        self.educationError.setObjectName(u"educationError")
        self.educationError.setText(u"")
        self.educationError.setWordWrap(True)
        self.educationError.setVisible(False)
        self.educationError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityGrid.addWidget(self.educationError, 14, 1, 1, 1)

        self.politicalLabel = QLabel(self.identityGroup)
        self.politicalLabel.setObjectName(u"politicalLabel")

        self.identityGrid.addWidget(self.politicalLabel, 15, 0, 1, 1)

        self.politicalCombo = QComboBox(self.identityGroup)
        self.politicalCombo.setObjectName(u"politicalCombo")

        self.identityGrid.addWidget(self.politicalCombo, 15, 1, 1, 1)

        self.politicalError = QLabel(self.identityGroup)
        self.politicalError.setObjectName(u"politicalError")
        self.politicalError.setText(u"")
        self.politicalError.setWordWrap(True)
        self.politicalError.setVisible(False)
        self.politicalError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityGrid.addWidget(self.politicalError, 16, 1, 1, 1)

        self.hukouTypeLabel = QLabel(self.identityGroup)
        self.hukouTypeLabel.setObjectName(u"hukouTypeLabel")

        self.identityGrid.addWidget(self.hukouTypeLabel, 17, 0, 1, 1)

        self.hukouTypeCombo = QComboBox(self.identityGroup)
        self.hukouTypeCombo.setObjectName(u"hukouTypeCombo")

        self.identityGrid.addWidget(self.hukouTypeCombo, 17, 1, 1, 1)

        self.hukouTypeError = QLabel(self.identityGroup)
        self.hukouTypeError.setObjectName(u"hukouTypeError")
        self.hukouTypeError.setText(u"")
        self.hukouTypeError.setWordWrap(True)
        self.hukouTypeError.setVisible(False)
        self.hukouTypeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityGrid.addWidget(self.hukouTypeError, 18, 1, 1, 1)

        self.hukouPlaceLabel = QLabel(self.identityGroup)
        self.hukouPlaceLabel.setObjectName(u"hukouPlaceLabel")

        self.identityGrid.addWidget(self.hukouPlaceLabel, 19, 0, 1, 1)

        self.hukouPlaceEdit = QLineEdit(self.identityGroup)
        self.hukouPlaceEdit.setObjectName(u"hukouPlaceEdit")
        self.hukouPlaceEdit.setMaxLength(100)

        self.identityGrid.addWidget(self.hukouPlaceEdit, 19, 1, 1, 1)

        self.identityGridSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.identityGrid.addItem(self.identityGridSpacer, 20, 0, 1, 2)


        self.detailsLayout.addWidget(self.identityGroup)

        self.membershipGroup = QGroupBox(self.detailsTab)
        self.membershipGroup.setObjectName(u"membershipGroup")
        self.membershipGrid = QGridLayout(self.membershipGroup)
        self.membershipGrid.setObjectName(u"membershipGrid")
        self.membershipGrid.setVerticalSpacing(3)
        self.unionLabel = QLabel(self.membershipGroup)
        self.unionLabel.setObjectName(u"unionLabel")

        self.membershipGrid.addWidget(self.unionLabel, 0, 0, 1, 1)

        self.unionCombo = QComboBox(self.membershipGroup)
        self.unionCombo.setObjectName(u"unionCombo")
        self.unionCombo.setEditable(True)

        self.membershipGrid.addWidget(self.unionCombo, 0, 1, 1, 1)

        self.unionError = QLabel(self.membershipGroup)
        self.unionError.setObjectName(u"unionError")
        self.unionError.setText(u"")
        self.unionError.setWordWrap(True)
        self.unionError.setVisible(False)
        self.unionError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.membershipGrid.addWidget(self.unionError, 1, 1, 1, 1)

        self.employerLabel = QLabel(self.membershipGroup)
        self.employerLabel.setObjectName(u"employerLabel")

        self.membershipGrid.addWidget(self.employerLabel, 2, 0, 1, 1)

        self.employerEdit = QLineEdit(self.membershipGroup)
        self.employerEdit.setObjectName(u"employerEdit")
        self.employerEdit.setMaxLength(100)

        self.membershipGrid.addWidget(self.employerEdit, 2, 1, 1, 1)

        self.joinDateLabel = QLabel(self.membershipGroup)
        self.joinDateLabel.setObjectName(u"joinDateLabel")

        self.membershipGrid.addWidget(self.joinDateLabel, 3, 0, 1, 1)

        self.joinDateEdit = QDateEdit(self.membershipGroup)
        self.joinDateEdit.setObjectName(u"joinDateEdit")
        self.joinDateEdit.setCalendarPopup(True)
        self.joinDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.membershipGrid.addWidget(self.joinDateEdit, 3, 1, 1, 1)

        self.joinDateError = QLabel(self.membershipGroup)
        self.joinDateError.setObjectName(u"joinDateError")
        self.joinDateError.setText(u"")
        self.joinDateError.setWordWrap(True)
        self.joinDateError.setVisible(False)
        self.joinDateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.membershipGrid.addWidget(self.joinDateError, 4, 1, 1, 1)

        self.cardNumberLabel = QLabel(self.membershipGroup)
        self.cardNumberLabel.setObjectName(u"cardNumberLabel")

        self.membershipGrid.addWidget(self.cardNumberLabel, 5, 0, 1, 1)

        self.cardNumberEdit = QLineEdit(self.membershipGroup)
        self.cardNumberEdit.setObjectName(u"cardNumberEdit")
        self.cardNumberEdit.setMaxLength(32)

        self.membershipGrid.addWidget(self.cardNumberEdit, 5, 1, 1, 1)

        self.cardNumberError = QLabel(self.membershipGroup)
        self.cardNumberError.setObjectName(u"cardNumberError")
        self.cardNumberError.setText(u"")
        self.cardNumberError.setWordWrap(True)
        self.cardNumberError.setVisible(False)
        self.cardNumberError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.membershipGrid.addWidget(self.cardNumberError, 6, 1, 1, 1)

        self.internalCardLabel = QLabel(self.membershipGroup)
        self.internalCardLabel.setObjectName(u"internalCardLabel")

        self.membershipGrid.addWidget(self.internalCardLabel, 7, 0, 1, 1)

        self.internalCardEdit = QLineEdit(self.membershipGroup)
        self.internalCardEdit.setObjectName(u"internalCardEdit")
        self.internalCardEdit.setMaxLength(32)

        self.membershipGrid.addWidget(self.internalCardEdit, 7, 1, 1, 1)

        self.internalCardError = QLabel(self.membershipGroup)
        self.internalCardError.setObjectName(u"internalCardError")
        self.internalCardError.setText(u"")
        self.internalCardError.setWordWrap(True)
        self.internalCardError.setVisible(False)
        self.internalCardError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.membershipGrid.addWidget(self.internalCardError, 8, 1, 1, 1)

        self.employmentLabel = QLabel(self.membershipGroup)
        self.employmentLabel.setObjectName(u"employmentLabel")

        self.membershipGrid.addWidget(self.employmentLabel, 9, 0, 1, 1)

        self.employmentCombo = QComboBox(self.membershipGroup)
        self.employmentCombo.setObjectName(u"employmentCombo")

        self.membershipGrid.addWidget(self.employmentCombo, 9, 1, 1, 1)

        self.employmentError = QLabel(self.membershipGroup)
        self.employmentError.setObjectName(u"employmentError")
        self.employmentError.setText(u"")
        self.employmentError.setWordWrap(True)
        self.employmentError.setVisible(False)
        self.employmentError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.membershipGrid.addWidget(self.employmentError, 10, 1, 1, 1)

        self.skillGradeLabel = QLabel(self.membershipGroup)
        self.skillGradeLabel.setObjectName(u"skillGradeLabel")

        self.membershipGrid.addWidget(self.skillGradeLabel, 11, 0, 1, 1)

        self.skillGradeCombo = QComboBox(self.membershipGroup)
        self.skillGradeCombo.setObjectName(u"skillGradeCombo")

        self.membershipGrid.addWidget(self.skillGradeCombo, 11, 1, 1, 1)

        self.skillGradeError = QLabel(self.membershipGroup)
        self.skillGradeError.setObjectName(u"skillGradeError")
        self.skillGradeError.setText(u"")
        self.skillGradeError.setWordWrap(True)
        self.skillGradeError.setVisible(False)
        self.skillGradeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.membershipGrid.addWidget(self.skillGradeError, 12, 1, 1, 1)

        self.migrantLabel = QLabel(self.membershipGroup)
        self.migrantLabel.setObjectName(u"migrantLabel")

        self.membershipGrid.addWidget(self.migrantLabel, 13, 0, 1, 1)

        self.migrantCheck = QCheckBox(self.membershipGroup)
        self.migrantCheck.setObjectName(u"migrantCheck")

        self.membershipGrid.addWidget(self.migrantCheck, 13, 1, 1, 1)

        self.hardshipLabel = QLabel(self.membershipGroup)
        self.hardshipLabel.setObjectName(u"hardshipLabel")

        self.membershipGrid.addWidget(self.hardshipLabel, 14, 0, 1, 1)

        self.hardshipCombo = QComboBox(self.membershipGroup)
        self.hardshipCombo.setObjectName(u"hardshipCombo")

        self.membershipGrid.addWidget(self.hardshipCombo, 14, 1, 1, 1)

        self.hardshipError = QLabel(self.membershipGroup)
        self.hardshipError.setObjectName(u"hardshipError")
        self.hardshipError.setText(u"")
        self.hardshipError.setWordWrap(True)
        self.hardshipError.setVisible(False)
        self.hardshipError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.membershipGrid.addWidget(self.hardshipError, 15, 1, 1, 1)

        self.hardshipFileLabel = QLabel(self.membershipGroup)
        self.hardshipFileLabel.setObjectName(u"hardshipFileLabel")

        self.membershipGrid.addWidget(self.hardshipFileLabel, 16, 0, 1, 1)

        self.hardshipFileEdit = QLineEdit(self.membershipGroup)
        self.hardshipFileEdit.setObjectName(u"hardshipFileEdit")
        self.hardshipFileEdit.setMaxLength(32)

        self.membershipGrid.addWidget(self.hardshipFileEdit, 16, 1, 1, 1)

        self.hardshipFileError = QLabel(self.membershipGroup)
        self.hardshipFileError.setObjectName(u"hardshipFileError")
        self.hardshipFileError.setText(u"")
        self.hardshipFileError.setWordWrap(True)
        self.hardshipFileError.setVisible(False)
        self.hardshipFileError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.membershipGrid.addWidget(self.hardshipFileError, 17, 1, 1, 1)

        self.noteLabel = QLabel(self.membershipGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.membershipGrid.addWidget(self.noteLabel, 18, 0, 1, 1)

        self.noteEdit = QPlainTextEdit(self.membershipGroup)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 60))
        self.noteEdit.setTabChangesFocus(True)

        self.membershipGrid.addWidget(self.noteEdit, 18, 1, 1, 1)

        self.membershipGridSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.membershipGrid.addItem(self.membershipGridSpacer, 19, 0, 1, 2)


        self.detailsLayout.addWidget(self.membershipGroup)

        self.tabs.addTab(self.detailsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.historyLayout.addWidget(self.historyTable)

        self.tabs.addTab(self.historyTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.generalError = QLabel(MemberEditor)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)
        self.generalError.setVisible(False)
        self.generalError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.generalError)

        self.warningLabel = QLabel(MemberEditor)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setVisible(False)

        self.mainLayout.addWidget(self.warningLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.membershipButton = QPushButton(MemberEditor)
        self.membershipButton.setObjectName(u"membershipButton")
        self.membershipButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.membershipButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(MemberEditor)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(MemberEditor)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.birthDateValueLabel.setBuddy(self.birthDateValue)
        self.sexLabel.setBuddy(self.sexCombo)
        self.ethnicityLabel.setBuddy(self.ethnicityCombo)
        self.idTypeLabel.setBuddy(self.idTypeCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.educationLabel.setBuddy(self.educationCombo)
        self.politicalLabel.setBuddy(self.politicalCombo)
        self.hukouTypeLabel.setBuddy(self.hukouTypeCombo)
        self.hukouPlaceLabel.setBuddy(self.hukouPlaceEdit)
        self.unionLabel.setBuddy(self.unionCombo)
        self.employerLabel.setBuddy(self.employerEdit)
        self.joinDateLabel.setBuddy(self.joinDateEdit)
        self.cardNumberLabel.setBuddy(self.cardNumberEdit)
        self.internalCardLabel.setBuddy(self.internalCardEdit)
        self.employmentLabel.setBuddy(self.employmentCombo)
        self.skillGradeLabel.setBuddy(self.skillGradeCombo)
        self.migrantLabel.setBuddy(self.migrantCheck)
        self.hardshipLabel.setBuddy(self.hardshipCombo)
        self.hardshipFileLabel.setBuddy(self.hardshipFileEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.ethnicityCombo)
        QWidget.setTabOrder(self.ethnicityCombo, self.idTypeCombo)
        QWidget.setTabOrder(self.idTypeCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.educationCombo)
        QWidget.setTabOrder(self.educationCombo, self.politicalCombo)
        QWidget.setTabOrder(self.politicalCombo, self.hukouTypeCombo)
        QWidget.setTabOrder(self.hukouTypeCombo, self.hukouPlaceEdit)
        QWidget.setTabOrder(self.hukouPlaceEdit, self.unionCombo)
        QWidget.setTabOrder(self.unionCombo, self.employerEdit)
        QWidget.setTabOrder(self.employerEdit, self.joinDateEdit)
        QWidget.setTabOrder(self.joinDateEdit, self.cardNumberEdit)
        QWidget.setTabOrder(self.cardNumberEdit, self.internalCardEdit)
        QWidget.setTabOrder(self.internalCardEdit, self.employmentCombo)
        QWidget.setTabOrder(self.employmentCombo, self.skillGradeCombo)
        QWidget.setTabOrder(self.skillGradeCombo, self.migrantCheck)
        QWidget.setTabOrder(self.migrantCheck, self.hardshipCombo)
        QWidget.setTabOrder(self.hardshipCombo, self.hardshipFileEdit)
        QWidget.setTabOrder(self.hardshipFileEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.membershipButton)
        QWidget.setTabOrder(self.membershipButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.historyTable)

        self.retranslateUi(MemberEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MemberEditor)
    # setupUi

    def retranslateUi(self, MemberEditor: object) -> None:
        MemberEditor.setWindowTitle(QCoreApplication.translate("MemberEditor", u"Member", None))
        self.identityGroup.setTitle(QCoreApplication.translate("MemberEditor", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("MemberEditor", u"Name", None))
        self.idNumberLabel.setText(QCoreApplication.translate("MemberEditor", u"ID number", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("MemberEditor", u"18 characters (or an old 15-digit number)", None))
        self.birthDateValueLabel.setText(QCoreApplication.translate("MemberEditor", u"Birth date", None))
        self.sexLabel.setText(QCoreApplication.translate("MemberEditor", u"Sex", None))
        self.ethnicityLabel.setText(QCoreApplication.translate("MemberEditor", u"Ethnicity", None))
        self.idTypeLabel.setText(QCoreApplication.translate("MemberEditor", u"ID type", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberEditor", u"Mobile", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("MemberEditor", u"11 digits", None))
        self.educationLabel.setText(QCoreApplication.translate("MemberEditor", u"Education", None))
        self.politicalLabel.setText(QCoreApplication.translate("MemberEditor", u"Political status", None))
        self.hukouTypeLabel.setText(QCoreApplication.translate("MemberEditor", u"Household type", None))
        self.hukouPlaceLabel.setText(QCoreApplication.translate("MemberEditor", u"Registered residence", None))
        self.membershipGroup.setTitle(QCoreApplication.translate("MemberEditor", u"Membership", None))
        self.unionLabel.setText(QCoreApplication.translate("MemberEditor", u"Grassroots union", None))
        self.employerLabel.setText(QCoreApplication.translate("MemberEditor", u"Employer", None))
        self.joinDateLabel.setText(QCoreApplication.translate("MemberEditor", u"Joined", None))
        self.cardNumberLabel.setText(QCoreApplication.translate("MemberEditor", u"Card number", None))
        self.internalCardLabel.setText(QCoreApplication.translate("MemberEditor", u"Internal card number", None))
        self.employmentLabel.setText(QCoreApplication.translate("MemberEditor", u"Employment", None))
        self.skillGradeLabel.setText(QCoreApplication.translate("MemberEditor", u"Skill grade", None))
        self.migrantLabel.setText(QCoreApplication.translate("MemberEditor", u"Migrant worker", None))
        self.migrantCheck.setText(QCoreApplication.translate("MemberEditor", u"Yes", None))
        self.hardshipLabel.setText(QCoreApplication.translate("MemberEditor", u"Hardship category", None))
        self.hardshipFileLabel.setText(QCoreApplication.translate("MemberEditor", u"Hardship file no.", None))
        self.noteLabel.setText(QCoreApplication.translate("MemberEditor", u"Note", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("MemberEditor", u"Details", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("MemberEditor", u"Membership history", None))
        self.membershipButton.setText(QCoreApplication.translate("MemberEditor", u"Membership change\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("MemberEditor", u"Save", None))
        self.closeButton.setText(QCoreApplication.translate("MemberEditor", u"Close", None))
    # retranslateUi

