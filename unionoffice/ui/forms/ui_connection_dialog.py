# Generated from forms/connection_dialog.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ConnectionDialog(object):
    def setupUi(self, ConnectionDialog: object) -> None:
        if not ConnectionDialog.objectName():
            ConnectionDialog.setObjectName(u"ConnectionDialog")
        ConnectionDialog.resize(480, 340)
        self.mainLayout = QVBoxLayout(ConnectionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ConnectionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.hostLabel = QLabel(ConnectionDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(ConnectionDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(ConnectionDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portEdit = QLineEdit(ConnectionDialog)
        self.portEdit.setObjectName(u"portEdit")
        self.portEdit.setText(u"5432")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portEdit)

        self.databaseLabel = QLabel(ConnectionDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(ConnectionDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(ConnectionDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(ConnectionDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(ConnectionDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ConnectionDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.pgDumpLabel = QLabel(ConnectionDialog)
        self.pgDumpLabel.setObjectName(u"pgDumpLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pgDumpLabel)

        self.pgDumpEdit = QLineEdit(ConnectionDialog)
        self.pgDumpEdit.setObjectName(u"pgDumpEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pgDumpEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.resultLabel = QLabel(ConnectionDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.resultLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.testButton = QPushButton(ConnectionDialog)
        self.testButton.setObjectName(u"testButton")

        self.buttonLayout.addWidget(self.testButton)

        self.forgetButton = QPushButton(ConnectionDialog)
        self.forgetButton.setObjectName(u"forgetButton")

        self.buttonLayout.addWidget(self.forgetButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(ConnectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portEdit)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.pgDumpLabel.setBuddy(self.pgDumpEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConnectionDialog)

        QMetaObject.connectSlotsByName(ConnectionDialog)
    # setupUi

    def retranslateUi(self, ConnectionDialog: object) -> None:
        ConnectionDialog.setWindowTitle(QCoreApplication.translate("ConnectionDialog", u"Database server connection", None))
        self.introLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Several clerks can work on one PostgreSQL database. This PC connects to it from the next start on; the password is kept in the system keyring, never in a file.", None))
        self.hostLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Server", None))
        self.portLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Port", None))
        self.databaseLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Database", None))
        self.userLabel.setText(QCoreApplication.translate("ConnectionDialog", u"User", None))
        self.passwordLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Password", None))
        self.pgDumpLabel.setText(QCoreApplication.translate("ConnectionDialog", u"pg_dump (when not on PATH)", None))
        self.testButton.setText(QCoreApplication.translate("ConnectionDialog", u"&Test connection", None))
        self.forgetButton.setText(QCoreApplication.translate("ConnectionDialog", u"&Forget saved connection", None))
    # retranslateUi

