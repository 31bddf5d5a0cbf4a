# Generated from forms/academy_editor.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AcademyEditor(object):
    def setupUi(self, AcademyEditor: object) -> None:
        if not AcademyEditor.objectName():
            AcademyEditor.setObjectName(u"AcademyEditor")
        AcademyEditor.resize(460, 260)
        self.mainLayout = QVBoxLayout(AcademyEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.formGrid.setVerticalSpacing(3)
        self.nameLabel = QLabel(AcademyEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(AcademyEditor)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formGrid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.sectorLabel = QLabel(AcademyEditor)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.formGrid.addWidget(self.sectorLabel, 1, 0, 1, 1)

        self.sectorCombo = QComboBox(AcademyEditor)
        self.sectorCombo.setObjectName(u"sectorCombo")

        self.formGrid.addWidget(self.sectorCombo, 1, 1, 1, 1)

        self.partnerLabel = QLabel(AcademyEditor)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.formGrid.addWidget(self.partnerLabel, 2, 0, 1, 1)

        self.partnerEdit = QLineEdit(AcademyEditor)
        self.partnerEdit.setObjectName(u"partnerEdit")
        self.partnerEdit.setMaxLength(200)

        self.formGrid.addWidget(self.partnerEdit, 2, 1, 1, 1)

        self.openedLabel = QLabel(AcademyEditor)
        self.openedLabel.setObjectName(u"openedLabel")

        self.formGrid.addWidget(self.openedLabel, 3, 0, 1, 1)

        self.openedEdit = QDateEdit(AcademyEditor)
        self.openedEdit.setObjectName(u"openedEdit")
        self.openedEdit.setCalendarPopup(True)
        self.openedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formGrid.addWidget(self.openedEdit, 3, 1, 1, 1)

        self.noteLabel = QLabel(AcademyEditor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formGrid.addWidget(self.noteLabel, 4, 0, 1, 1)

        self.noteEdit = QLineEdit(AcademyEditor)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formGrid.addWidget(self.noteEdit, 4, 1, 1, 1)


        self.mainLayout.addLayout(self.formGrid)

        self.errorLabel = QLabel(AcademyEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AcademyEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sectorLabel.setBuddy(self.sectorCombo)
        self.partnerLabel.setBuddy(self.partnerEdit)
        self.openedLabel.setBuddy(self.openedEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.sectorCombo)
        QWidget.setTabOrder(self.sectorCombo, self.partnerEdit)
        QWidget.setTabOrder(self.partnerEdit, self.openedEdit)
        QWidget.setTabOrder(self.openedEdit, self.noteEdit)

        self.retranslateUi(AcademyEditor)

        QMetaObject.connectSlotsByName(AcademyEditor)
    # setupUi

    def retranslateUi(self, AcademyEditor: object) -> None:
        AcademyEditor.setWindowTitle(QCoreApplication.translate("AcademyEditor", u"Craftsman academy", None))
        self.nameLabel.setText(QCoreApplication.translate("AcademyEditor", u"Name", None))
        self.sectorLabel.setText(QCoreApplication.translate("AcademyEditor", u"Sector", None))
        self.partnerLabel.setText(QCoreApplication.translate("AcademyEditor", u"Partner school or enterprise", None))
        self.openedLabel.setText(QCoreApplication.translate("AcademyEditor", u"Opened on", None))
        self.noteLabel.setText(QCoreApplication.translate("AcademyEditor", u"Note", None))
    # retranslateUi

