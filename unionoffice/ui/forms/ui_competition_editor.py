# Generated from forms/competition_editor.ui by tools/build_forms.py (pyside6-uic) — do not edit.
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_CompetitionEditor(object):
    def setupUi(self, CompetitionEditor: object) -> None:
        if not CompetitionEditor.objectName():
            CompetitionEditor.setObjectName(u"CompetitionEditor")
        CompetitionEditor.resize(520, 380)
        self.mainLayout = QVBoxLayout(CompetitionEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(CompetitionEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CompetitionEditor)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.levelLabel = QLabel(CompetitionEditor)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(CompetitionEditor)
        self.levelCombo.setObjectName(u"levelCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.yearLabel = QLabel(CompetitionEditor)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(CompetitionEditor)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.organisersLabel = QLabel(CompetitionEditor)
        self.organisersLabel.setObjectName(u"organisersLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisersLabel)

        self.organisersEdit = QLineEdit(CompetitionEditor)
        self.organisersEdit.setObjectName(u"organisersEdit")
        self.organisersEdit.setMaxLength(400)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisersEdit)

        self.placeLabel = QLabel(CompetitionEditor)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(CompetitionEditor)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(200)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.deadlineLabel = QLabel(CompetitionEditor)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineLayout = QHBoxLayout()
        self.deadlineLayout.setObjectName(u"deadlineLayout")
        self.deadlineCheck = QCheckBox(CompetitionEditor)
        self.deadlineCheck.setObjectName(u"deadlineCheck")

        self.deadlineLayout.addWidget(self.deadlineCheck)

        self.deadlineEdit = QDateEdit(CompetitionEditor)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)

        self.deadlineLayout.addWidget(self.deadlineEdit)

        self.deadlineSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deadlineLayout.addItem(self.deadlineSpacer)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.deadlineLayout)

        self.noteLabel = QLabel(CompetitionEditor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(CompetitionEditor)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CompetitionEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CompetitionEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.organisersLabel.setBuddy(self.organisersEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.organisersEdit)
        QWidget.setTabOrder(self.organisersEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.deadlineCheck)
        QWidget.setTabOrder(self.deadlineCheck, self.deadlineEdit)
        QWidget.setTabOrder(self.deadlineEdit, self.noteEdit)

        self.retranslateUi(CompetitionEditor)

        QMetaObject.connectSlotsByName(CompetitionEditor)
    # setupUi

    def retranslateUi(self, CompetitionEditor: object) -> None:
        CompetitionEditor.setWindowTitle(QCoreApplication.translate("CompetitionEditor", u"Competition", None))
        self.nameLabel.setText(QCoreApplication.translate("CompetitionEditor", u"Name", None))
        self.levelLabel.setText(QCoreApplication.translate("CompetitionEditor", u"Level", None))
        self.yearLabel.setText(QCoreApplication.translate("CompetitionEditor", u"Year", None))
        self.organisersLabel.setText(QCoreApplication.translate("CompetitionEditor", u"Organisers", None))
        self.placeLabel.setText(QCoreApplication.translate("CompetitionEditor", u"Where awards are collected", None))
        self.deadlineLabel.setText(QCoreApplication.translate("CompetitionEditor", u"Collect by", None))
        self.deadlineCheck.setText(QCoreApplication.translate("CompetitionEditor", u"Set", None))
        self.deadlineEdit.setDisplayFormat(QCoreApplication.translate("CompetitionEditor", u"yyyy-MM-dd", None))
        self.noteLabel.setText(QCoreApplication.translate("CompetitionEditor", u"Note", None))
    # retranslateUi

