# Generated from forms/membership_dialog.ui by tools/build_forms.py (pyside6-uic) — do not edit.
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

class Ui_MembershipDialog(object):
    def setupUi(self, MembershipDialog: object) -> None:
        if not MembershipDialog.objectName():
            MembershipDialog.setObjectName(u"MembershipDialog")
        MembershipDialog.resize(480, 300)
        self.mainLayout = QVBoxLayout(MembershipDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.formGrid.setVerticalSpacing(3)
        self.memberValueLabel = QLabel(MembershipDialog)
        self.memberValueLabel.setObjectName(u"memberValueLabel")

        self.formGrid.addWidget(self.memberValueLabel, 0, 0, 1, 1)

        self.memberValue = QLabel(MembershipDialog)
        self.memberValue.setObjectName(u"memberValue")
        self.memberValue.setText(u"")

        self.formGrid.addWidget(self.memberValue, 0, 1, 1, 1)

        self.statusValueLabel = QLabel(MembershipDialog)
        self.statusValueLabel.setObjectName(u"statusValueLabel")

        self.formGrid.addWidget(self.statusValueLabel, 1, 0, 1, 1)

        self.statusValue = QLabel(MembershipDialog)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"")

        self.formGrid.addWidget(self.statusValue, 1, 1, 1, 1)

        self.kindLabel = QLabel(MembershipDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formGrid.addWidget(self.kindLabel, 2, 0, 1, 1)

        self.kindCombo = QComboBox(MembershipDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formGrid.addWidget(self.kindCombo, 2, 1, 1, 1)

        self.dateLabel = QLabel(MembershipDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formGrid.addWidget(self.dateLabel, 3, 0, 1, 1)

        self.dateEdit = QDateEdit(MembershipDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formGrid.addWidget(self.dateEdit, 3, 1, 1, 1)

        self.unionLabel = QLabel(MembershipDialog)
        self.unionLabel.setObjectName(u"unionLabel")

        self.formGrid.addWidget(self.unionLabel, 4, 0, 1, 1)

        self.unionCombo = QComboBox(MembershipDialog)
        self.unionCombo.setObjectName(u"unionCombo")
        self.unionCombo.setEditable(True)

        self.formGrid.addWidget(self.unionCombo, 4, 1, 1, 1)

        self.reasonLabel = QLabel(MembershipDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formGrid.addWidget(self.reasonLabel, 5, 0, 1, 1)

        self.reasonEdit = QLineEdit(MembershipDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(200)

        self.formGrid.addWidget(self.reasonEdit, 5, 1, 1, 1)


        self.mainLayout.addLayout(self.formGrid)

        self.hintLabel = QLabel(MembershipDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(MembershipDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.vSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        self.buttonBox = QDialogButtonBox(MembershipDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberValueLabel.setBuddy(self.memberValue)
        self.statusValueLabel.setBuddy(self.statusValue)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.unionLabel.setBuddy(self.unionCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.unionCombo)
        QWidget.setTabOrder(self.unionCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(MembershipDialog)

        QMetaObject.connectSlotsByName(MembershipDialog)
    # setupUi

    def retranslateUi(self, MembershipDialog: object) -> None:
        MembershipDialog.setWindowTitle(QCoreApplication.translate("MembershipDialog", u"Membership change", None))
        self.memberValueLabel.setText(QCoreApplication.translate("MembershipDialog", u"Member", None))
        self.statusValueLabel.setText(QCoreApplication.translate("MembershipDialog", u"Current status", None))
        self.kindLabel.setText(QCoreApplication.translate("MembershipDialog", u"Change", None))
        self.dateLabel.setText(QCoreApplication.translate("MembershipDialog", u"Date", None))
        self.unionLabel.setText(QCoreApplication.translate("MembershipDialog", u"To union", None))
        self.reasonLabel.setText(QCoreApplication.translate("MembershipDialog", u"Reason", None))
    # retranslateUi

