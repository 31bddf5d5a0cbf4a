# Generated from forms/enrol_dialog.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_EnrolDialog(object):
    def setupUi(self, EnrolDialog: object) -> None:
        if not EnrolDialog.objectName():
            EnrolDialog.setObjectName(u"EnrolDialog")
        EnrolDialog.resize(980, 600)
        self.mainLayout = QVBoxLayout(EnrolDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.classLabel = QLabel(EnrolDialog)
        self.classLabel.setObjectName(u"classLabel")
        self.classLabel.setText(u"")
        self.classLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.classLabel)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(EnrolDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(EnrolDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.fileButton = QPushButton(EnrolDialog)
        self.fileButton.setObjectName(u"fileButton")

        self.searchLayout.addWidget(self.fileButton)


        self.mainLayout.addLayout(self.searchLayout)

        self.listsLayout = QHBoxLayout()
        self.listsLayout.setObjectName(u"listsLayout")
        self.resultsLayout = QVBoxLayout()
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLabel = QLabel(EnrolDialog)
        self.resultsLabel.setObjectName(u"resultsLabel")

        self.resultsLayout.addWidget(self.resultsLabel)

        self.resultsView = QTableView(EnrolDialog)
        self.resultsView.setObjectName(u"resultsView")

        self.resultsLayout.addWidget(self.resultsView)


        self.listsLayout.addLayout(self.resultsLayout)

        self.moveLayout = QVBoxLayout()
        self.moveLayout.setObjectName(u"moveLayout")
        self.moveTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveLayout.addItem(self.moveTopSpacer)

        self.addButton = QPushButton(EnrolDialog)
        self.addButton.setObjectName(u"addButton")

        self.moveLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(EnrolDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.moveLayout.addWidget(self.removeButton)

        self.moveBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveLayout.addItem(self.moveBottomSpacer)


        self.listsLayout.addLayout(self.moveLayout)

        self.chosenLayout = QVBoxLayout()
        self.chosenLayout.setObjectName(u"chosenLayout")
        self.chosenLabel = QLabel(EnrolDialog)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.chosenLayout.addWidget(self.chosenLabel)

        self.chosenView = QTableView(EnrolDialog)
        self.chosenView.setObjectName(u"chosenView")

        self.chosenLayout.addWidget(self.chosenView)


        self.listsLayout.addLayout(self.chosenLayout)


        self.mainLayout.addLayout(self.listsLayout)

        self.placesLabel = QLabel(EnrolDialog)
        self.placesLabel.setObjectName(u"placesLabel")
        self.placesLabel.setText(u"")
        self.placesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.placesLabel)

        self.errorLabel = QLabel(EnrolDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EnrolDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.resultsView)
        QWidget.setTabOrder(self.resultsView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.chosenView)
        QWidget.setTabOrder(self.chosenView, self.fileButton)

        self.retranslateUi(EnrolDialog)

        QMetaObject.connectSlotsByName(EnrolDialog)
    # setupUi

    def retranslateUi(self, EnrolDialog: object) -> None:
        EnrolDialog.setWindowTitle(QCoreApplication.translate("EnrolDialog", u"Enrol members", None))
        self.searchLabel.setText(QCoreApplication.translate("EnrolDialog", u"Find", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EnrolDialog", u"Name, pinyin, initials, last digits of ID, phone or card; Enter adds the one found", None))
        self.fileButton.setText(QCoreApplication.translate("EnrolDialog", u"From file\u2026", None))
        self.resultsLabel.setText(QCoreApplication.translate("EnrolDialog", u"Search results (Enter or double-click adds; Ctrl/Shift select several)", None))
        self.addButton.setText(QCoreApplication.translate("EnrolDialog", u"Add \u2192", None))
        self.removeButton.setText(QCoreApplication.translate("EnrolDialog", u"\u2190 Remove", None))
        self.chosenLabel.setText(QCoreApplication.translate("EnrolDialog", u"To enrol", None))
    # retranslateUi

