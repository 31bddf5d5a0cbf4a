# Generated from forms/training_page.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_TrainingPage(object):
    def setupUi(self, TrainingPage: object) -> None:
        if not TrainingPage.objectName():
            TrainingPage.setObjectName(u"TrainingPage")
        TrainingPage.resize(1200, 760)
        self.pageLayout = QVBoxLayout(TrainingPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(TrainingPage)
        self.tabs.setObjectName(u"tabs")
        self.classesTab = QWidget()
        self.classesTab.setObjectName(u"classesTab")
        self.classesLayout = QHBoxLayout(self.classesTab)
        self.classesLayout.setObjectName(u"classesLayout")
        self.splitter = QSplitter(self.classesTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.classListPane = QWidget(self.splitter)
        self.classListPane.setObjectName(u"classListPane")
        self.classListLayout = QVBoxLayout(self.classListPane)
        self.classListLayout.setObjectName(u"classListLayout")
        self.classListLayout.setContentsMargins(0, 0, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearLabel = QLabel(self.classListPane)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.classListPane)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterLayout.addWidget(self.yearCombo)

        self.academyLabel = QLabel(self.classListPane)
        self.academyLabel.setObjectName(u"academyLabel")

        self.filterLayout.addWidget(self.academyLabel)

        self.academyCombo = QComboBox(self.classListPane)
        self.academyCombo.setObjectName(u"academyCombo")

        self.filterLayout.addWidget(self.academyCombo)


        self.classListLayout.addLayout(self.filterLayout)

        self.classView = QTableView(self.classListPane)
        self.classView.setObjectName(u"classView")

        self.classListLayout.addWidget(self.classView)

        self.classButtons = QHBoxLayout()
        self.classButtons.setObjectName(u"classButtons")
        self.newClassButton = QPushButton(self.classListPane)
        self.newClassButton.setObjectName(u"newClassButton")

        self.classButtons.addWidget(self.newClassButton)

        self.editClassButton = QPushButton(self.classListPane)
        self.editClassButton.setObjectName(u"editClassButton")

        self.classButtons.addWidget(self.editClassButton)

        self.academiesButton = QPushButton(self.classListPane)
        self.academiesButton.setObjectName(u"academiesButton")

        self.classButtons.addWidget(self.academiesButton)


        self.classListLayout.addLayout(self.classButtons)

        self.splitter.addWidget(self.classListPane)
        self.classPane = QWidget(self.splitter)
        self.classPane.setObjectName(u"classPane")
        self.classPaneLayout = QVBoxLayout(self.classPane)
        self.classPaneLayout.setObjectName(u"classPaneLayout")
        self.classPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.classTitle = QLabel(self.classPane)
        self.classTitle.setObjectName(u"classTitle")
        self.classTitle.setText(u"")
        self.classTitle.setWordWrap(True)

        self.classPaneLayout.addWidget(self.classTitle)

        self.classTabs = QTabWidget(self.classPane)
        self.classTabs.setObjectName(u"classTabs")
        self.traineesTab = QWidget()
        self.traineesTab.setObjectName(u"traineesTab")
        self.traineesLayout = QVBoxLayout(self.traineesTab)
        self.traineesLayout.setObjectName(u"traineesLayout")
        self.traineesLayout.setContentsMargins(0, -1, 0, 0)
        self.traineeButtons = QHBoxLayout()
        self.traineeButtons.setObjectName(u"traineeButtons")
        self.enrolButton = QPushButton(self.traineesTab)
        self.enrolButton.setObjectName(u"enrolButton")

        self.traineeButtons.addWidget(self.enrolButton)

        self.withdrawButton = QPushButton(self.traineesTab)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.traineeButtons.addWidget(self.withdrawButton)

        self.assessmentButton = QToolButton(self.traineesTab)
        self.assessmentButton.setObjectName(u"assessmentButton")
        self.assessmentButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.traineeButtons.addWidget(self.assessmentButton)

        self.overrideButton = QPushButton(self.traineesTab)
        self.overrideButton.setObjectName(u"overrideButton")

        self.traineeButtons.addWidget(self.overrideButton)

        self.traineeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.traineeButtons.addItem(self.traineeSpacer)

        self.printButton = QToolButton(self.traineesTab)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.traineeButtons.addWidget(self.printButton)

        self.certificatesButton = QPushButton(self.traineesTab)
        self.certificatesButton.setObjectName(u"certificatesButton")

        self.traineeButtons.addWidget(self.certificatesButton)


        self.traineesLayout.addLayout(self.traineeButtons)

        self.traineeView = QTableView(self.traineesTab)
        self.traineeView.setObjectName(u"traineeView")

        self.traineesLayout.addWidget(self.traineeView)

        self.traineeCount = QLabel(self.traineesTab)
        self.traineeCount.setObjectName(u"traineeCount")
        self.traineeCount.setText(u"")

        self.traineesLayout.addWidget(self.traineeCount)

        self.classTabs.addTab(self.traineesTab, "")
        self.attendanceTab = QWidget()
        self.attendanceTab.setObjectName(u"attendanceTab")
        self.attendanceLayout = QVBoxLayout(self.attendanceTab)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendanceLayout.setContentsMargins(0, -1, 0, 0)
        self.classTabs.addTab(self.attendanceTab, "")

        self.classPaneLayout.addWidget(self.classTabs)

        self.splitter.addWidget(self.classPane)

        self.classesLayout.addWidget(self.splitter)

        self.tabs.addTab(self.classesTab, "")
        self.statsTab = QWidget()
        self.statsTab.setObjectName(u"statsTab")
        self.statsLayout = QVBoxLayout(self.statsTab)
        self.statsLayout.setObjectName(u"statsLayout")
        self.statsFilter = QHBoxLayout()
        self.statsFilter.setObjectName(u"statsFilter")
        self.statsYearLabel = QLabel(self.statsTab)
        self.statsYearLabel.setObjectName(u"statsYearLabel")

        self.statsFilter.addWidget(self.statsYearLabel)

        self.statsYearCombo = QComboBox(self.statsTab)
        self.statsYearCombo.setObjectName(u"statsYearCombo")

        self.statsFilter.addWidget(self.statsYearCombo)

        self.groupLabel = QLabel(self.statsTab)
        self.groupLabel.setObjectName(u"groupLabel")

        self.statsFilter.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(self.statsTab)
        self.groupCombo.setObjectName(u"groupCombo")

        self.statsFilter.addWidget(self.groupCombo)

        self.statsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statsFilter.addItem(self.statsSpacer)

        self.exportStatsButton = QPushButton(self.statsTab)
        self.exportStatsButton.setObjectName(u"exportStatsButton")

        self.statsFilter.addWidget(self.exportStatsButton)


        self.statsLayout.addLayout(self.statsFilter)

        self.statsView = QTableView(self.statsTab)
        self.statsView.setObjectName(u"statsView")

        self.statsLayout.addWidget(self.statsView)

        self.tabs.addTab(self.statsTab, "")
        self.ledgerTab = QWidget()
        self.ledgerTab.setObjectName(u"ledgerTab")
        self.ledgerLayout = QVBoxLayout(self.ledgerTab)
        self.ledgerLayout.setObjectName(u"ledgerLayout")
        self.ledgerFilter = QHBoxLayout()
        self.ledgerFilter.setObjectName(u"ledgerFilter")
        self.ledgerYearLabel = QLabel(self.ledgerTab)
        self.ledgerYearLabel.setObjectName(u"ledgerYearLabel")

        self.ledgerFilter.addWidget(self.ledgerYearLabel)

        self.ledgerYearCombo = QComboBox(self.ledgerTab)
        self.ledgerYearCombo.setObjectName(u"ledgerYearCombo")

        self.ledgerFilter.addWidget(self.ledgerYearCombo)

        self.ledgerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ledgerFilter.addItem(self.ledgerSpacer)

        self.ledgerCount = QLabel(self.ledgerTab)
        self.ledgerCount.setObjectName(u"ledgerCount")
        self.ledgerCount.setText(u"")

        self.ledgerFilter.addWidget(self.ledgerCount)


        self.ledgerLayout.addLayout(self.ledgerFilter)

        self.ledgerView = QTableView(self.ledgerTab)
        self.ledgerView.setObjectName(u"ledgerView")

        self.ledgerLayout.addWidget(self.ledgerView)

        self.tabs.addTab(self.ledgerTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.academyLabel.setBuddy(self.academyCombo)
        self.statsYearLabel.setBuddy(self.statsYearCombo)
        self.groupLabel.setBuddy(self.groupCombo)
        self.ledgerYearLabel.setBuddy(self.ledgerYearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrainingPage)

        QMetaObject.connectSlotsByName(TrainingPage)
    # setupUi

    def retranslateUi(self, TrainingPage: object) -> None:
        self.yearLabel.setText(QCoreApplication.translate("TrainingPage", u"Year", None))
        self.academyLabel.setText(QCoreApplication.translate("TrainingPage", u"Academy", None))
        self.newClassButton.setText(QCoreApplication.translate("TrainingPage", u"New class\u2026", None))
        self.editClassButton.setText(QCoreApplication.translate("TrainingPage", u"Edit class\u2026", None))
        self.academiesButton.setText(QCoreApplication.translate("TrainingPage", u"Academies\u2026", None))
        self.enrolButton.setText(QCoreApplication.translate("TrainingPage", u"Enrol\u2026", None))
        self.withdrawButton.setText(QCoreApplication.translate("TrainingPage", u"Withdraw\u2026", None))
        self.assessmentButton.setText(QCoreApplication.translate("TrainingPage", u"Assessment", None))
        self.overrideButton.setText(QCoreApplication.translate("TrainingPage", u"Override completion\u2026", None))
        self.printButton.setText(QCoreApplication.translate("TrainingPage", u"Print", None))
        self.certificatesButton.setText(QCoreApplication.translate("TrainingPage", u"Issue certificates\u2026", None))
        self.classTabs.setTabText(self.classTabs.indexOf(self.traineesTab), QCoreApplication.translate("TrainingPage", u"Trainees", None))
        self.classTabs.setTabText(self.classTabs.indexOf(self.attendanceTab), QCoreApplication.translate("TrainingPage", u"Attendance", None))
        self.tabs.setTabText(self.tabs.indexOf(self.classesTab), QCoreApplication.translate("TrainingPage", u"Classes", None))
        self.statsYearLabel.setText(QCoreApplication.translate("TrainingPage", u"Year", None))
        self.groupLabel.setText(QCoreApplication.translate("TrainingPage", u"Group by", None))
        self.exportStatsButton.setText(QCoreApplication.translate("TrainingPage", u"Export xlsx\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.statsTab), QCoreApplication.translate("TrainingPage", u"Statistics", None))
        self.ledgerYearLabel.setText(QCoreApplication.translate("TrainingPage", u"Year", None))
        self.tabs.setTabText(self.tabs.indexOf(self.ledgerTab), QCoreApplication.translate("TrainingPage", u"Hours ledger", None))
        pass
    # retranslateUi

