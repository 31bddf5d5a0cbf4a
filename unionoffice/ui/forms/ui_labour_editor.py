# Generated from forms/labour_editor.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_LabourEditor(object):
    def setupUi(self, LabourEditor: object) -> None:
        if not LabourEditor.objectName():
            LabourEditor.setObjectName(u"LabourEditor")
        LabourEditor.resize(640, 560)
        self.mainLayout = QVBoxLayout(LabourEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(LabourEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(LabourEditor)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.levelLabel = QLabel(LabourEditor)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(LabourEditor)
        self.levelCombo.setObjectName(u"levelCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.yearsLabel = QLabel(LabourEditor)
        self.yearsLabel.setObjectName(u"yearsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearsLabel)

        self.yearsLayout = QHBoxLayout()
        self.yearsLayout.setObjectName(u"yearsLayout")
        self.startSpin = QSpinBox(LabourEditor)
        self.startSpin.setObjectName(u"startSpin")
        self.startSpin.setMinimum(2000)
        self.startSpin.setMaximum(2100)

        self.yearsLayout.addWidget(self.startSpin)

        self.toLabel = QLabel(LabourEditor)
        self.toLabel.setObjectName(u"toLabel")

        self.yearsLayout.addWidget(self.toLabel)

        self.endSpin = QSpinBox(LabourEditor)
        self.endSpin.setObjectName(u"endSpin")
        self.endSpin.setMinimum(2000)
        self.endSpin.setMaximum(2100)

        self.yearsLayout.addWidget(self.endSpin)

        self.yearsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearsLayout.addItem(self.yearsSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.yearsLayout)

        self.organisersLabel = QLabel(LabourEditor)
        self.organisersLabel.setObjectName(u"organisersLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisersLabel)

        self.organisersEdit = QLineEdit(LabourEditor)
        self.organisersEdit.setObjectName(u"organisersEdit")
        self.organisersEdit.setMaxLength(400)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisersEdit)

        self.noteLabel = QLabel(LabourEditor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(LabourEditor)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.enterprisesLabel = QLabel(LabourEditor)
        self.enterprisesLabel.setObjectName(u"enterprisesLabel")

        self.mainLayout.addWidget(self.enterprisesLabel)

        self.enterprisesTable = QTableWidget(LabourEditor)
        self.enterprisesTable.setObjectName(u"enterprisesTable")

        self.mainLayout.addWidget(self.enterprisesTable)

        self.enterpriseButtons = QHBoxLayout()
        self.enterpriseButtons.setObjectName(u"enterpriseButtons")
        self.addButton = QPushButton(LabourEditor)
        self.addButton.setObjectName(u"addButton")

        self.enterpriseButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(LabourEditor)
        self.removeButton.setObjectName(u"removeButton")

        self.enterpriseButtons.addWidget(self.removeButton)

        self.entSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.enterpriseButtons.addItem(self.entSpacer)

        self.totalsLabel = QLabel(LabourEditor)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")

        self.enterpriseButtons.addWidget(self.totalsLabel)


        self.mainLayout.addLayout(self.enterpriseButtons)

        self.errorLabel = QLabel(LabourEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(LabourEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.yearsLabel.setBuddy(self.startSpin)
        self.organisersLabel.setBuddy(self.organisersEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LabourEditor)

        QMetaObject.connectSlotsByName(LabourEditor)
    # setupUi

    def retranslateUi(self, LabourEditor: object) -> None:
        LabourEditor.setWindowTitle(QCoreApplication.translate("LabourEditor", u"Labour and skill competition", None))
        self.nameLabel.setText(QCoreApplication.translate("LabourEditor", u"Project", None))
        self.levelLabel.setText(QCoreApplication.translate("LabourEditor", u"Level", None))
        self.yearsLabel.setText(QCoreApplication.translate("LabourEditor", u"Years", None))
        self.toLabel.setText(QCoreApplication.translate("LabourEditor", u"to", None))
        self.organisersLabel.setText(QCoreApplication.translate("LabourEditor", u"Organisers", None))
        self.noteLabel.setText(QCoreApplication.translate("LabourEditor", u"Note", None))
        self.enterprisesLabel.setText(QCoreApplication.translate("LabourEditor", u"Participating enterprises and the workers each covers", None))
        self.addButton.setText(QCoreApplication.translate("LabourEditor", u"Add enterprise", None))
        self.removeButton.setText(QCoreApplication.translate("LabourEditor", u"Remove", None))
    # retranslateUi

