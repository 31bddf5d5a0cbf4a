# Generated from forms/first_admin_dialog.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstAdminDialog(object):
    def setupUi(self, FirstAdminDialog: object) -> None:
        if not FirstAdminDialog.objectName():
            FirstAdminDialog.setObjectName(u"FirstAdminDialog")
        FirstAdminDialog.resize(460, 420)
        self.mainLayout = QVBoxLayout(FirstAdminDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(FirstAdminDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.districtGroup = QGroupBox(FirstAdminDialog)
        self.districtGroup.setObjectName(u"districtGroup")
        self.districtForm = QFormLayout(self.districtGroup)
        self.districtForm.setObjectName(u"districtForm")
        self.districtNameLabel = QLabel(self.districtGroup)
        self.districtNameLabel.setObjectName(u"districtNameLabel")

        self.districtForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.districtNameLabel)

        self.districtNameEdit = QLineEdit(self.districtGroup)
        self.districtNameEdit.setObjectName(u"districtNameEdit")
        self.districtNameEdit.setMaxLength(100)

        self.districtForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.districtNameEdit)

        self.districtCodeLabel = QLabel(self.districtGroup)
        self.districtCodeLabel.setObjectName(u"districtCodeLabel")

        self.districtForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.districtCodeLabel)

        self.districtCodeEdit = QLineEdit(self.districtGroup)
        self.districtCodeEdit.setObjectName(u"districtCodeEdit")
        self.districtCodeEdit.setMaxLength(6)

        self.districtForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.districtCodeEdit)


        self.mainLayout.addWidget(self.districtGroup)

        self.adminGroup = QGroupBox(FirstAdminDialog)
        self.adminGroup.setObjectName(u"adminGroup")
        self.adminForm = QFormLayout(self.adminGroup)
        self.adminForm.setObjectName(u"adminForm")
        self.usernameLabel = QLabel(self.adminGroup)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.adminGroup)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(50)

        self.adminForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameLabel = QLabel(self.adminGroup)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(self.adminGroup)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(50)

        self.adminForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.passwordLabel = QLabel(self.adminGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.adminForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.adminGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(self.adminGroup)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.adminForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.adminGroup)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.mainLayout.addWidget(self.adminGroup)

        self.errorLabel = QLabel(FirstAdminDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(FirstAdminDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.districtNameLabel.setBuddy(self.districtNameEdit)
        self.districtCodeLabel.setBuddy(self.districtCodeEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.districtNameEdit, self.districtCodeEdit)
        QWidget.setTabOrder(self.districtCodeEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)

        self.retranslateUi(FirstAdminDialog)

        QMetaObject.connectSlotsByName(FirstAdminDialog)
    # setupUi

    def retranslateUi(self, FirstAdminDialog: object) -> None:
        FirstAdminDialog.setWindowTitle(QCoreApplication.translate("FirstAdminDialog", u"Set up UnionOffice", None))
        self.introLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"This database has no users yet. Create the administrator account; the administrator then adds the other users. There is no built-in password.", None))
        self.districtGroup.setTitle(QCoreApplication.translate("FirstAdminDialog", u"District federation", None))
        self.districtNameLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&Name", None))
        self.districtNameEdit.setPlaceholderText(QCoreApplication.translate("FirstAdminDialog", u"e.g. \u5357\u5173\u533a\u603b\u5de5\u4f1a", None))
        self.districtCodeLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"Area &code", None))
        self.districtCodeEdit.setPlaceholderText(QCoreApplication.translate("FirstAdminDialog", u"6 digits (GB/T 2260)", None))
        self.adminGroup.setTitle(QCoreApplication.translate("FirstAdminDialog", u"Administrator", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&User name", None))
        self.displayNameLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&Full name", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&Password", None))
        self.confirmLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&Repeat password", None))
    # retranslateUi

