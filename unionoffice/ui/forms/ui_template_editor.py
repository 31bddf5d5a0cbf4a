# Generated from forms/template_editor.ui by tools/build_forms.py (pyside6-uic) — do not edit.
# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QToolButton,
    QVBoxLayout, QWidget)

class Ui_TemplateEditorPage(object):
    def setupUi(self, TemplateEditorPage: object) -> None:
        if not TemplateEditorPage.objectName():
            TemplateEditorPage.setObjectName(u"TemplateEditorPage")
        TemplateEditorPage.resize(1100, 720)
        self.mainLayout = QHBoxLayout(TemplateEditorPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(TemplateEditorPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.editorPanel = QWidget(self.splitter)
        self.editorPanel.setObjectName(u"editorPanel")
        self.editorLayout = QVBoxLayout(self.editorPanel)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindLabel = QLabel(self.editorPanel)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(self.editorPanel)
        self.kindCombo.setObjectName(u"kindCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kindCombo.sizePolicy().hasHeightForWidth())
        self.kindCombo.setSizePolicy(sizePolicy)

        self.kindLayout.addWidget(self.kindCombo)


        self.editorLayout.addLayout(self.kindLayout)

        self.fieldsArea = QScrollArea(self.editorPanel)
        self.fieldsArea.setObjectName(u"fieldsArea")
        self.fieldsArea.setWidgetResizable(True)
        self.fieldsWidget = QWidget()
        self.fieldsWidget.setObjectName(u"fieldsWidget")
        self.fieldsWidget.setGeometry(QRect(0, 0, 380, 560))
        self.fieldsLayout = QFormLayout(self.fieldsWidget)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fieldsArea.setWidget(self.fieldsWidget)

        self.editorLayout.addWidget(self.fieldsArea)

        self.fieldsHint = QLabel(self.editorPanel)
        self.fieldsHint.setObjectName(u"fieldsHint")
        self.fieldsHint.setWordWrap(True)
        self.fieldsHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editorLayout.addWidget(self.fieldsHint)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.saveButton = QPushButton(self.editorPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.resetButton = QPushButton(self.editorPanel)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonsLayout.addWidget(self.resetButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.editorLayout.addLayout(self.buttonsLayout)

        self.splitter.addWidget(self.editorPanel)
        self.previewPanel = QWidget(self.splitter)
        self.previewPanel.setObjectName(u"previewPanel")
        self.previewLayout = QVBoxLayout(self.previewPanel)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewBar = QHBoxLayout()
        self.previewBar.setObjectName(u"previewBar")
        self.previousButton = QToolButton(self.previewPanel)
        self.previousButton.setObjectName(u"previousButton")

        self.previewBar.addWidget(self.previousButton)

        self.pageLabel = QLabel(self.previewPanel)
        self.pageLabel.setObjectName(u"pageLabel")

        self.previewBar.addWidget(self.pageLabel)

        self.nextButton = QToolButton(self.previewPanel)
        self.nextButton.setObjectName(u"nextButton")

        self.previewBar.addWidget(self.nextButton)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewBar.addItem(self.previewSpacer)

        self.sampleLabel = QLabel(self.previewPanel)
        self.sampleLabel.setObjectName(u"sampleLabel")

        self.previewBar.addWidget(self.sampleLabel)

        self.sampleSpin = QSpinBox(self.previewPanel)
        self.sampleSpin.setObjectName(u"sampleSpin")
        self.sampleSpin.setMinimum(1)
        self.sampleSpin.setMaximum(200)

        self.previewBar.addWidget(self.sampleSpin)

        self.savePdfButton = QPushButton(self.previewPanel)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.previewBar.addWidget(self.savePdfButton)

        self.printButton = QPushButton(self.previewPanel)
        self.printButton.setObjectName(u"printButton")

        self.previewBar.addWidget(self.printButton)


        self.previewLayout.addLayout(self.previewBar)

        self.previewArea = QScrollArea(self.previewPanel)
        self.previewArea.setObjectName(u"previewArea")
        self.previewArea.setWidgetResizable(True)
        self.previewArea.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previewLabel = QLabel()
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setGeometry(QRect(0, 0, 640, 600))
        self.previewLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previewArea.setWidget(self.previewLabel)

        self.previewLayout.addWidget(self.previewArea)

        self.statusLabel = QLabel(self.previewPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.statusLabel)

        self.splitter.addWidget(self.previewPanel)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.sampleLabel.setBuddy(self.sampleSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.fieldsArea)
        QWidget.setTabOrder(self.fieldsArea, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.sampleSpin)
        QWidget.setTabOrder(self.sampleSpin, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.printButton)

        self.retranslateUi(TemplateEditorPage)

        QMetaObject.connectSlotsByName(TemplateEditorPage)
    # setupUi

    def retranslateUi(self, TemplateEditorPage: object) -> None:
        TemplateEditorPage.setWindowTitle(QCoreApplication.translate("TemplateEditorPage", u"Document templates", None))
        self.kindLabel.setText(QCoreApplication.translate("TemplateEditorPage", u"Document &kind", None))
        self.saveButton.setText(QCoreApplication.translate("TemplateEditorPage", u"&Save template", None))
        self.resetButton.setText(QCoreApplication.translate("TemplateEditorPage", u"Reset to &default", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("TemplateEditorPage", u"Previous page", None))
#endif // QT_CONFIG(tooltip)
        self.previousButton.setText(QCoreApplication.translate("TemplateEditorPage", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("TemplateEditorPage", u"Next page", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("TemplateEditorPage", u"\u25b6", None))
        self.sampleLabel.setText(QCoreApplication.translate("TemplateEditorPage", u"Sample &people", None))
        self.savePdfButton.setText(QCoreApplication.translate("TemplateEditorPage", u"Save P&DF\u2026", None))
        self.printButton.setText(QCoreApplication.translate("TemplateEditorPage", u"&Print\u2026", None))
    # retranslateUi

