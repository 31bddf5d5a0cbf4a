# Generated from forms/competitions_page.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CompetitionsPage(object):
    def setupUi(self, CompetitionsPage: object) -> None:
        if not CompetitionsPage.objectName():
            CompetitionsPage.setObjectName(u"CompetitionsPage")
        CompetitionsPage.resize(1200, 760)
        self.pageLayout = QVBoxLayout(CompetitionsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(CompetitionsPage)
        self.tabs.setObjectName(u"tabs")
        self.skillTab = QWidget()
        self.skillTab.setObjectName(u"skillTab")
        self.skillLayout = QHBoxLayout(self.skillTab)
        self.skillLayout.setObjectName(u"skillLayout")
        self.splitter = QSplitter(self.skillTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.yearLayout = QHBoxLayout()
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearLabel = QLabel(self.listPane)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.listPane)
        self.yearCombo.setObjectName(u"yearCombo")

        self.yearLayout.addWidget(self.yearCombo)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearLayout.addItem(self.yearSpacer)


        self.listLayout.addLayout(self.yearLayout)

        self.competitionTree = QTreeWidget(self.listPane)
        self.competitionTree.setObjectName(u"competitionTree")
        self.competitionTree.setColumnCount(2)
        self.competitionTree.setHeaderHidden(False)
        self.competitionTree.setUniformRowHeights(True)

        self.listLayout.addWidget(self.competitionTree)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newCompetitionButton = QPushButton(self.listPane)
        self.newCompetitionButton.setObjectName(u"newCompetitionButton")

        self.listButtons.addWidget(self.newCompetitionButton)

        self.editButton = QPushButton(self.listPane)
        self.editButton.setObjectName(u"editButton")

        self.listButtons.addWidget(self.editButton)

        self.newEventButton = QPushButton(self.listPane)
        self.newEventButton.setObjectName(u"newEventButton")

        self.listButtons.addWidget(self.newEventButton)


        self.listLayout.addLayout(self.listButtons)

        self.listButtons2 = QHBoxLayout()
        self.listButtons2.setObjectName(u"listButtons2")
        self.refereesButton = QPushButton(self.listPane)
        self.refereesButton.setObjectName(u"refereesButton")

        self.listButtons2.addWidget(self.refereesButton)

        self.settingsButton = QPushButton(self.listPane)
        self.settingsButton.setObjectName(u"settingsButton")

        self.listButtons2.addWidget(self.settingsButton)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons2.addItem(self.listSpacer)


        self.listLayout.addLayout(self.listButtons2)

        self.splitter.addWidget(self.listPane)
        self.eventPane = QWidget(self.splitter)
        self.eventPane.setObjectName(u"eventPane")
        self.eventLayout = QVBoxLayout(self.eventPane)
        self.eventLayout.setObjectName(u"eventLayout")
        self.eventLayout.setContentsMargins(0, 0, 0, 0)
        self.eventTitle = QLabel(self.eventPane)
        self.eventTitle.setObjectName(u"eventTitle")
        self.eventTitle.setText(u"")
        self.eventTitle.setWordWrap(True)
        self.eventTitle.setTextFormat(Qt.TextFormat.RichText)

        self.eventLayout.addWidget(self.eventTitle)

        self.stageBar = QHBoxLayout()
        self.stageBar.setObjectName(u"stageBar")
        self.stageLabel = QLabel(self.eventPane)
        self.stageLabel.setObjectName(u"stageLabel")

        self.stageBar.addWidget(self.stageLabel)

        self.stageCombo = QComboBox(self.eventPane)
        self.stageCombo.setObjectName(u"stageCombo")

        self.stageBar.addWidget(self.stageCombo)

        self.stateLabel = QLabel(self.eventPane)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")

        self.stageBar.addWidget(self.stateLabel)

        self.stageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageBar.addItem(self.stageSpacer)

        self.publishButton = QPushButton(self.eventPane)
        self.publishButton.setObjectName(u"publishButton")

        self.stageBar.addWidget(self.publishButton)

        self.finaliseButton = QPushButton(self.eventPane)
        self.finaliseButton.setObjectName(u"finaliseButton")

        self.stageBar.addWidget(self.finaliseButton)

        self.reopenButton = QPushButton(self.eventPane)
        self.reopenButton.setObjectName(u"reopenButton")

        self.stageBar.addWidget(self.reopenButton)


        self.eventLayout.addLayout(self.stageBar)

        self.eventTabs = QTabWidget(self.eventPane)
        self.eventTabs.setObjectName(u"eventTabs")
        self.scoresTab = QWidget()
        self.scoresTab.setObjectName(u"scoresTab")
        self.scoresLayout = QVBoxLayout(self.scoresTab)
        self.scoresLayout.setObjectName(u"scoresLayout")
        self.scoresLayout.setContentsMargins(4, 4, 4, 4)
        self.scoresBar = QHBoxLayout()
        self.scoresBar.setObjectName(u"scoresBar")
        self.keysLabel = QLabel(self.scoresTab)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)

        self.scoresBar.addWidget(self.keysLabel)

        self.importButton = QPushButton(self.scoresTab)
        self.importButton.setObjectName(u"importButton")

        self.scoresBar.addWidget(self.importButton)


        self.scoresLayout.addLayout(self.scoresBar)

        self.eventTabs.addTab(self.scoresTab, "")
        self.resultsTab = QWidget()
        self.resultsTab.setObjectName(u"resultsTab")
        self.resultsLayout = QVBoxLayout(self.resultsTab)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLayout.setContentsMargins(4, 4, 4, 4)
        self.resultsBar = QHBoxLayout()
        self.resultsBar.setObjectName(u"resultsBar")
        self.resultsSummary = QLabel(self.resultsTab)
        self.resultsSummary.setObjectName(u"resultsSummary")
        self.resultsSummary.setText(u"")

        self.resultsBar.addWidget(self.resultsSummary)

        self.resultsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultsBar.addItem(self.resultsSpacer)

        self.decideButton = QPushButton(self.resultsTab)
        self.decideButton.setObjectName(u"decideButton")

        self.resultsBar.addWidget(self.decideButton)

        self.removeDecisionButton = QPushButton(self.resultsTab)
        self.removeDecisionButton.setObjectName(u"removeDecisionButton")

        self.resultsBar.addWidget(self.removeDecisionButton)


        self.resultsLayout.addLayout(self.resultsBar)

        self.resultsView = QTableView(self.resultsTab)
        self.resultsView.setObjectName(u"resultsView")

        self.resultsLayout.addWidget(self.resultsView)

        self.decisionsLabel = QLabel(self.resultsTab)
        self.decisionsLabel.setObjectName(u"decisionsLabel")

        self.resultsLayout.addWidget(self.decisionsLabel)

        self.decisionList = QListWidget(self.resultsTab)
        self.decisionList.setObjectName(u"decisionList")
        self.decisionList.setMaximumSize(QSize(16777215, 84))

        self.resultsLayout.addWidget(self.decisionList)

        self.noticeBar = QHBoxLayout()
        self.noticeBar.setObjectName(u"noticeBar")
        self.noticeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noticeBar.addItem(self.noticeSpacer)


        self.resultsLayout.addLayout(self.noticeBar)

        self.eventTabs.addTab(self.resultsTab, "")
        self.entrantsTab = QWidget()
        self.entrantsTab.setObjectName(u"entrantsTab")
        self.entrantsLayout = QVBoxLayout(self.entrantsTab)
        self.entrantsLayout.setObjectName(u"entrantsLayout")
        self.entrantsLayout.setContentsMargins(4, 4, 4, 4)
        self.entrantsBar = QHBoxLayout()
        self.entrantsBar.setObjectName(u"entrantsBar")
        self.registerButton = QPushButton(self.entrantsTab)
        self.registerButton.setObjectName(u"registerButton")

        self.entrantsBar.addWidget(self.registerButton)

        self.withdrawButton = QPushButton(self.entrantsTab)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.entrantsBar.addWidget(self.withdrawButton)

        self.disqualifyButton = QPushButton(self.entrantsTab)
        self.disqualifyButton.setObjectName(u"disqualifyButton")

        self.entrantsBar.addWidget(self.disqualifyButton)

        self.reinstateButton = QPushButton(self.entrantsTab)
        self.reinstateButton.setObjectName(u"reinstateButton")

        self.entrantsBar.addWidget(self.reinstateButton)

        self.deleteEntryButton = QPushButton(self.entrantsTab)
        self.deleteEntryButton.setObjectName(u"deleteEntryButton")

        self.entrantsBar.addWidget(self.deleteEntryButton)

        self.entrantsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entrantsBar.addItem(self.entrantsSpacer)


        self.entrantsLayout.addLayout(self.entrantsBar)

        self.entrantsView = QTableView(self.entrantsTab)
        self.entrantsView.setObjectName(u"entrantsView")

        self.entrantsLayout.addWidget(self.entrantsView)

        self.entrantsCount = QLabel(self.entrantsTab)
        self.entrantsCount.setObjectName(u"entrantsCount")
        self.entrantsCount.setText(u"")

        self.entrantsLayout.addWidget(self.entrantsCount)

        self.eventTabs.addTab(self.entrantsTab, "")
        self.followTab = QWidget()
        self.followTab.setObjectName(u"followTab")
        self.followLayout = QVBoxLayout(self.followTab)
        self.followLayout.setObjectName(u"followLayout")
        self.followLayout.setContentsMargins(4, 4, 4, 4)
        self.followBar = QHBoxLayout()
        self.followBar.setObjectName(u"followBar")
        self.followNote = QLabel(self.followTab)
        self.followNote.setObjectName(u"followNote")
        self.followNote.setWordWrap(True)

        self.followBar.addWidget(self.followNote)

        self.followSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followBar.addItem(self.followSpacer)

        self.awardsButton = QPushButton(self.followTab)
        self.awardsButton.setObjectName(u"awardsButton")

        self.followBar.addWidget(self.awardsButton)


        self.followLayout.addLayout(self.followBar)

        self.expertBar = QHBoxLayout()
        self.expertBar.setObjectName(u"expertBar")
        self.expertLabel = QLabel(self.followTab)
        self.expertLabel.setObjectName(u"expertLabel")

        self.expertBar.addWidget(self.expertLabel)

        self.expertSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expertBar.addItem(self.expertSpacer)


        self.followLayout.addLayout(self.expertBar)

        self.expertView = QTableView(self.followTab)
        self.expertView.setObjectName(u"expertView")

        self.followLayout.addWidget(self.expertView)

        self.gradeBar = QHBoxLayout()
        self.gradeBar.setObjectName(u"gradeBar")
        self.gradeLabel = QLabel(self.followTab)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.gradeBar.addWidget(self.gradeLabel)

        self.gradeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gradeBar.addItem(self.gradeSpacer)


        self.followLayout.addLayout(self.gradeBar)

        self.gradeView = QTableView(self.followTab)
        self.gradeView.setObjectName(u"gradeView")

        self.followLayout.addWidget(self.gradeView)

        self.eventTabs.addTab(self.followTab, "")

        self.eventLayout.addWidget(self.eventTabs)

        self.splitter.addWidget(self.eventPane)

        self.skillLayout.addWidget(self.splitter)

        self.tabs.addTab(self.skillTab, "")
        self.labourTab = QWidget()
        self.labourTab.setObjectName(u"labourTab")
        self.labourLayout = QVBoxLayout(self.labourTab)
        self.labourLayout.setObjectName(u"labourLayout")
        self.labourBar = QHBoxLayout()
        self.labourBar.setObjectName(u"labourBar")
        self.newLabourButton = QPushButton(self.labourTab)
        self.newLabourButton.setObjectName(u"newLabourButton")

        self.labourBar.addWidget(self.newLabourButton)

        self.editLabourButton = QPushButton(self.labourTab)
        self.editLabourButton.setObjectName(u"editLabourButton")

        self.labourBar.addWidget(self.editLabourButton)

        self.labourSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.labourBar.addItem(self.labourSpacer)


        self.labourLayout.addLayout(self.labourBar)

        self.labourView = QTableView(self.labourTab)
        self.labourView.setObjectName(u"labourView")

        self.labourLayout.addWidget(self.labourView)

        self.labourTotals = QLabel(self.labourTab)
        self.labourTotals.setObjectName(u"labourTotals")
        self.labourTotals.setText(u"")

        self.labourLayout.addWidget(self.labourTotals)

        self.tabs.addTab(self.labourTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.stageLabel.setBuddy(self.stageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompetitionsPage)

        QMetaObject.connectSlotsByName(CompetitionsPage)
    # setupUi

    def retranslateUi(self, CompetitionsPage: object) -> None:
        self.yearLabel.setText(QCoreApplication.translate("CompetitionsPage", u"Year", None))
        self.newCompetitionButton.setText(QCoreApplication.translate("CompetitionsPage", u"New competition\u2026", None))
        self.editButton.setText(QCoreApplication.translate("CompetitionsPage", u"Edit\u2026", None))
        self.newEventButton.setText(QCoreApplication.translate("CompetitionsPage", u"New event\u2026", None))
        self.refereesButton.setText(QCoreApplication.translate("CompetitionsPage", u"Referees\u2026", None))
        self.settingsButton.setText(QCoreApplication.translate("CompetitionsPage", u"Settings\u2026", None))
        self.stageLabel.setText(QCoreApplication.translate("CompetitionsPage", u"Stage", None))
        self.publishButton.setText(QCoreApplication.translate("CompetitionsPage", u"Publish for notice", None))
        self.finaliseButton.setText(QCoreApplication.translate("CompetitionsPage", u"Make final", None))
        self.reopenButton.setText(QCoreApplication.translate("CompetitionsPage", u"Reopen\u2026", None))
        self.keysLabel.setText(QCoreApplication.translate("CompetitionsPage", u"Type a score and press Enter for the next entrant; Tab moves to the next column; Delete clears. Totals and ranks follow as you type.", None))
        self.importButton.setText(QCoreApplication.translate("CompetitionsPage", u"Import score sheet\u2026", None))
        self.eventTabs.setTabText(self.eventTabs.indexOf(self.scoresTab), QCoreApplication.translate("CompetitionsPage", u"Score entry", None))
        self.decideButton.setText(QCoreApplication.translate("CompetitionsPage", u"Decide tie\u2026", None))
        self.removeDecisionButton.setText(QCoreApplication.translate("CompetitionsPage", u"Withdraw decision", None))
        self.decisionsLabel.setText(QCoreApplication.translate("CompetitionsPage", u"Decisions on ties", None))
        self.eventTabs.setTabText(self.eventTabs.indexOf(self.resultsTab), QCoreApplication.translate("CompetitionsPage", u"Results", None))
        self.registerButton.setText(QCoreApplication.translate("CompetitionsPage", u"Register entrants\u2026", None))
        self.withdrawButton.setText(QCoreApplication.translate("CompetitionsPage", u"Withdraw\u2026", None))
        self.disqualifyButton.setText(QCoreApplication.translate("CompetitionsPage", u"Disqualify\u2026", None))
        self.reinstateButton.setText(QCoreApplication.translate("CompetitionsPage", u"Reinstate", None))
        self.deleteEntryButton.setText(QCoreApplication.translate("CompetitionsPage", u"Delete entry", None))
        self.eventTabs.setTabText(self.eventTabs.indexOf(self.entrantsTab), QCoreApplication.translate("CompetitionsPage", u"Entrants", None))
        self.followNote.setText(QCoreApplication.translate("CompetitionsPage", u"Follow-ons of the whole competition, from each event's final.", None))
        self.awardsButton.setText(QCoreApplication.translate("CompetitionsPage", u"Award certificates and letters\u2026", None))
        self.expertLabel.setText(QCoreApplication.translate("CompetitionsPage", u"Recommended for \u6280\u672f\u80fd\u624b (granted by the human-resources department)", None))
        self.gradeLabel.setText(QCoreApplication.translate("CompetitionsPage", u"Skill-grade steps for the best of each event", None))
        self.eventTabs.setTabText(self.eventTabs.indexOf(self.followTab), QCoreApplication.translate("CompetitionsPage", u"Follow-ons", None))
        self.tabs.setTabText(self.tabs.indexOf(self.skillTab), QCoreApplication.translate("CompetitionsPage", u"Skill competitions", None))
        self.newLabourButton.setText(QCoreApplication.translate("CompetitionsPage", u"New project\u2026", None))
        self.editLabourButton.setText(QCoreApplication.translate("CompetitionsPage", u"Edit project\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.labourTab), QCoreApplication.translate("CompetitionsPage", u"Labour competitions", None))
        pass
    # retranslateUi

