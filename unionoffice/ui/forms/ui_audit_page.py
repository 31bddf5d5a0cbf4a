# Generated from forms/audit_page.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage: object) -> None:
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(980, 620)
        self.mainLayout = QVBoxLayout(AuditPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.userLabel = QLabel(AuditPage)
        self.userLabel.setObjectName(u"userLabel")

        self.filterRow.addWidget(self.userLabel)

        self.userCombo = QComboBox(AuditPage)
        self.userCombo.setObjectName(u"userCombo")

        self.filterRow.addWidget(self.userCombo)

        self.actionLabel = QLabel(AuditPage)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterRow.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(AuditPage)
        self.actionCombo.setObjectName(u"actionCombo")

        self.filterRow.addWidget(self.actionCombo)

        self.sinceCheck = QCheckBox(AuditPage)
        self.sinceCheck.setObjectName(u"sinceCheck")

        self.filterRow.addWidget(self.sinceCheck)

        self.sinceDate = QDateEdit(AuditPage)
        self.sinceDate.setObjectName(u"sinceDate")
        self.sinceDate.setCalendarPopup(True)

        self.filterRow.addWidget(self.sinceDate)

        self.untilCheck = QCheckBox(AuditPage)
        self.untilCheck.setObjectName(u"untilCheck")

        self.filterRow.addWidget(self.untilCheck)

        self.untilDate = QDateEdit(AuditPage)
        self.untilDate.setObjectName(u"untilDate")
        self.untilDate.setCalendarPopup(True)

        self.filterRow.addWidget(self.untilDate)

        self.recordLabel = QLabel(AuditPage)
        self.recordLabel.setObjectName(u"recordLabel")

        self.filterRow.addWidget(self.recordLabel)

        self.recordEdit = QLineEdit(AuditPage)
        self.recordEdit.setObjectName(u"recordEdit")

        self.filterRow.addWidget(self.recordEdit)

        self.textEdit = QLineEdit(AuditPage)
        self.textEdit.setObjectName(u"textEdit")

        self.filterRow.addWidget(self.textEdit)

        self.searchButton = QPushButton(AuditPage)
        self.searchButton.setObjectName(u"searchButton")

        self.filterRow.addWidget(self.searchButton)

        self.clearButton = QPushButton(AuditPage)
        self.clearButton.setObjectName(u"clearButton")

        self.filterRow.addWidget(self.clearButton)


        self.mainLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(AuditPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.entriesView = QTableView(self.splitter)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesView.setAlternatingRowColors(True)
        self.entriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.splitter.addWidget(self.entriesView)
        self.detailsEdit = QPlainTextEdit(self.splitter)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setReadOnly(True)
        self.splitter.addWidget(self.detailsEdit)

        self.mainLayout.addWidget(self.splitter)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.countLabel = QLabel(AuditPage)
        self.countLabel.setObjectName(u"countLabel")

        self.statusRow.addWidget(self.countLabel)

        self.chainLabel = QLabel(AuditPage)
        self.chainLabel.setObjectName(u"chainLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.chainLabel.sizePolicy().hasHeightForWidth())
        self.chainLabel.setSizePolicy(sizePolicy)
        self.chainLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.chainLabel.setWordWrap(True)

        self.statusRow.addWidget(self.chainLabel)

        self.verifyButton = QPushButton(AuditPage)
        self.verifyButton.setObjectName(u"verifyButton")

        self.statusRow.addWidget(self.verifyButton)


        self.mainLayout.addLayout(self.statusRow)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.recordLabel.setBuddy(self.recordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.sinceCheck)
        QWidget.setTabOrder(self.sinceCheck, self.sinceDate)
        QWidget.setTabOrder(self.sinceDate, self.untilCheck)
        QWidget.setTabOrder(self.untilCheck, self.untilDate)
        QWidget.setTabOrder(self.untilDate, self.recordEdit)
        QWidget.setTabOrder(self.recordEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.entriesView)

        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage: object) -> None:
        self.userLabel.setText(QCoreApplication.translate("AuditPage", u"&User", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditPage", u"&Action", None))
        self.sinceCheck.setText(QCoreApplication.translate("AuditPage", u"&From", None))
        self.sinceDate.setDisplayFormat(QCoreApplication.translate("AuditPage", u"yyyy-MM-dd", None))
        self.untilCheck.setText(QCoreApplication.translate("AuditPage", u"&To", None))
        self.untilDate.setDisplayFormat(QCoreApplication.translate("AuditPage", u"yyyy-MM-dd", None))
        self.recordLabel.setText(QCoreApplication.translate("AuditPage", u"&Record", None))
        self.recordEdit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"member#12", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"Text in summary", None))
        self.searchButton.setText(QCoreApplication.translate("AuditPage", u"&Search", None))
        self.clearButton.setText(QCoreApplication.translate("AuditPage", u"C&lear", None))
        self.verifyButton.setText(QCoreApplication.translate("AuditPage", u"&Verify chain", None))
        pass
    # retranslateUi

