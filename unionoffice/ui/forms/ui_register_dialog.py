# Generated from forms/register_dialog.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_RegisterDialog(object):
    def setupUi(self, RegisterDialog: object) -> None:
        if not RegisterDialog.objectName():
            RegisterDialog.setObjectName(u"RegisterDialog")
        RegisterDialog.resize(720, 480)
        self.mainLayout = QVBoxLayout(RegisterDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(RegisterDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(RegisterDialog)
        self.searchEdit.setObjectName(u"searchEdit")

        self.searchLayout.addWidget(self.searchEdit)


        self.mainLayout.addLayout(self.searchLayout)

        self.listsLayout = QHBoxLayout()
        self.listsLayout.setObjectName(u"listsLayout")
        self.foundLayout = QVBoxLayout()
        self.foundLayout.setObjectName(u"foundLayout")
        self.foundLabel = QLabel(RegisterDialog)
        self.foundLabel.setObjectName(u"foundLabel")

        self.foundLayout.addWidget(self.foundLabel)

        self.foundList = QListWidget(RegisterDialog)
        self.foundList.setObjectName(u"foundList")

        self.foundLayout.addWidget(self.foundList)

        self.addButton = QPushButton(RegisterDialog)
        self.addButton.setObjectName(u"addButton")

        self.foundLayout.addWidget(self.addButton)


        self.listsLayout.addLayout(self.foundLayout)

        self.chosenLayout = QVBoxLayout()
        self.chosenLayout.setObjectName(u"chosenLayout")
        self.chosenLabel = QLabel(RegisterDialog)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.chosenLayout.addWidget(self.chosenLabel)

        self.chosenList = QListWidget(RegisterDialog)
        self.chosenList.setObjectName(u"chosenList")

        self.chosenLayout.addWidget(self.chosenList)

        self.removeButton = QPushButton(RegisterDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.chosenLayout.addWidget(self.removeButton)


        self.listsLayout.addLayout(self.chosenLayout)


        self.mainLayout.addLayout(self.listsLayout)

        self.countLabel = QLabel(RegisterDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.mainLayout.addWidget(self.countLabel)

        self.errorLabel = QLabel(RegisterDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RegisterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterDialog)

        QMetaObject.connectSlotsByName(RegisterDialog)
    # setupUi

    def retranslateUi(self, RegisterDialog: object) -> None:
        RegisterDialog.setWindowTitle(QCoreApplication.translate("RegisterDialog", u"Register entrants", None))
        self.searchLabel.setText(QCoreApplication.translate("RegisterDialog", u"Find members", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RegisterDialog", u"Name, pinyin initials, ID or phone digits", None))
        self.foundLabel.setText(QCoreApplication.translate("RegisterDialog", u"Found", None))
        self.addButton.setText(QCoreApplication.translate("RegisterDialog", u"Add \u2192", None))
        self.chosenLabel.setText(QCoreApplication.translate("RegisterDialog", u"To register", None))
        self.removeButton.setText(QCoreApplication.translate("RegisterDialog", u"\u2190 Remove", None))
    # retranslateUi

