#include "exchange/importsourcepage.h"

#include "exchange/importsource.h"
#include "exchange/importwizard.h"
#include "exchange/importwizardstate.h"
#include "formats/textencoding.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
QString formatLabel(const QString &format)
{
    if (format == u"xlsx")
        return ImportWizard::tr("Excel workbook (XLSX)");
    if (format == u"vcard")
        return ImportWizard::tr("vCard contacts");
    return ImportWizard::tr("CSV text");
}
} // namespace

SourcePage::SourcePage(ImportWizardState &state, QWizard *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(ImportWizard::tr("Choose the file"));
    setSubTitle(ImportWizard::tr("Customers, leads or orders from Excel (XLSX), CSV or TSV text, or vCard contacts "
                                 "(.vcf). Guanxi works out the format, the text encoding and where the header is."));
    buildForm();

    // editingFinished also comes when the box merely loses the focus, as
    // when Next turns the page: the file already read is not read again.
    connect(m_file, &QLineEdit::returnPressed, this, [this] { fileEdited(true); });
    connect(m_file, &QLineEdit::editingFinished, this, [this] { fileEdited(false); });
    connect(m_encodingCombo, &QComboBox::activated, this, [this] {
        m_state.encoding = m_encodingCombo->currentData().toByteArray();
        openSource();
    });
    connect(m_targetCombo, &QComboBox::activated, this, [this] {
        m_state.target = ImportTarget(m_targetCombo->currentData().toInt());
        m_state.mapping.clear();   // the fields differ
        wizard()->setWindowTitle(ImportWizard::title(m_state.target));
    });
    connect(m_sheetCombo, &QComboBox::activated, this, [this](int index) {
        m_state.sheet = index;
        openSource();
    });
    openSource();   // no file yet: the encoding and sheet rows stay hidden
}

void SourcePage::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setPlaceholderText(ImportWizard::tr("File to import"));
    auto *browse = new QPushButton(ImportWizard::tr("&Browse…"), this);
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_form = new QFormLayout;
    m_targetCombo = new QComboBox(this);
    m_targetCombo->setObjectName(QStringLiteral("importTargetCombo"));
    m_targetCombo->addItem(ImportWizard::tr("Customers"), int(ImportTarget::Customers));
    m_targetCombo->addItem(ImportWizard::tr("Leads"), int(ImportTarget::Leads));
    m_targetCombo->addItem(ImportWizard::tr("Orders"), int(ImportTarget::Orders));
    m_targetCombo->setCurrentIndex(m_targetCombo->findData(int(m_state.target)));
    m_form->addRow(ImportWizard::tr("&Import as:"), m_targetCombo);
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("importDetectedLabel"));
    m_form->addRow(ImportWizard::tr("Read as:"), m_detected);
    m_encodingCombo = new QComboBox(this);
    m_encodingCombo->setObjectName(QStringLiteral("importEncodingCombo"));
    m_form->addRow(ImportWizard::tr("&Encoding:"), m_encodingCombo);
    m_sheetCombo = new QComboBox(this);
    m_sheetCombo->setObjectName(QStringLiteral("importSheetCombo"));
    m_form->addRow(ImportWizard::tr("&Sheet:"), m_sheetCombo);
    layout->addLayout(m_form);
    m_sourceMessage = importErrorLabel(this, QStringLiteral("importSourceError"));
    layout->addWidget(m_sourceMessage);
    // The file is not what its name says (a .vcf holding CSV): what it is read as.
    m_kindNote = new QLabel(this);
    m_kindNote->setObjectName(QStringLiteral("importKindNote"));
    m_kindNote->setWordWrap(true);
    m_kindNote->hide();
    layout->addWidget(m_kindNote);
    m_preview = importTable(this, QStringLiteral("importPreview"), {});
    layout->addWidget(m_preview, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, ImportWizard::title(m_state.target), QDir::homePath(),
            ImportWizard::tr("Files to import (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
}

bool SourcePage::isComplete() const
{
    return m_state.source != nullptr;
}

bool SourcePage::validatePage()
{
    // Another path typed and Next pressed from the keyboard before the box
    // lost the focus: read that file, and stay to show how it was read.
    if (m_file->text().trimmed() != m_openedPath) {
        fileEdited(false);
        return false;
    }
    return m_state.source != nullptr;
}

void SourcePage::setFile(const QString &path)
{
    m_file->setText(path);
    m_state.encoding.clear();
    m_state.sheet = 0;
    openSource();
}

void SourcePage::ignoreFileEdits()
{
    m_file->blockSignals(true);
}

void SourcePage::fileEdited(bool force)
{
    if (!force && m_file->text().trimmed() == m_openedPath)
        return;
    m_state.encoding.clear();
    m_state.sheet = 0;
    openSource();
}

void SourcePage::openSource()
{
    m_state.source.reset();
    m_state.mapping.clear();
    m_openedPath = m_file->text().trimmed();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_detected->clear();
    m_encodingCombo->clear();
    m_sheetCombo->clear();
    m_encodingCombo->setEnabled(false);
    m_sheetCombo->setEnabled(false);
    m_form->setRowVisible(m_encodingCombo, false);
    m_form->setRowVisible(m_sheetCombo, false);
    m_sourceMessage->hide();
    m_kindNote->hide();
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        emit completeChanged();
        return;
    }
    auto source = ImportSource::open(path, ImportSourceOptions{m_state.encoding, m_state.sheet});
    if (!source) {
        m_sourceMessage->setText(source.error().message);
        m_sourceMessage->show();
        emit completeChanged();
        return;
    }
    m_state.source = std::move(source).value();
    showFormat();
    if (!showPreview())
        m_state.source.reset();
    emit completeChanged();
}

void SourcePage::showFormat()
{
    const ImportSource &source = *m_state.source;
    QString detected = formatLabel(source.format());
    if (source.format() == u"csv") {
        detected += QStringLiteral(", ") + TextEncoding::label(source.encoding());
        const QString delimiter = source.dialect() == u"tab"         ? ImportWizard::tr("tab separated")
                                  : source.dialect() == u"semicolon" ? ImportWizard::tr("semicolon separated")
                                                                     : ImportWizard::tr("comma separated");
        detected += QStringLiteral(", ") + delimiter;
        QList<QByteArray> choices = source.encodingCandidates();
        for (const QByteArray &e : TextEncoding::supported())
            if (!choices.contains(e))
                choices << e;
        for (const QByteArray &e : choices)
            m_encodingCombo->addItem(TextEncoding::label(e), e);
        m_encodingCombo->setCurrentIndex(qMax(0, m_encodingCombo->findData(source.encoding())));
        m_encodingCombo->setEnabled(true);
        m_form->setRowVisible(m_encodingCombo, true);
    }
    if (source.format() == u"xlsx") {
        m_sheetCombo->addItems(source.sheets());
        m_sheetCombo->setCurrentIndex(m_state.sheet);
        m_sheetCombo->setEnabled(source.sheets().size() > 1);
        m_form->setRowVisible(m_sheetCombo, true);
    }
    m_detected->setText(detected);
    m_kindNote->setText(source.kindNote());
    m_kindNote->setVisible(!source.kindNote().isEmpty());
}

bool SourcePage::showPreview()
{
    const QStringList header = m_state.source->header();
    m_preview->setColumnCount(int(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    auto rows = m_state.source->preview(20);
    if (!rows) {
        // The start of the file reads but something further on does not: say
        // where, and let the user choose another encoding.
        m_sourceMessage->setText(rows.error().message);
        m_sourceMessage->show();
        return false;
    }
    m_preview->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        setImportRow(m_preview, r, rows->at(r).cells.mid(0, header.size()));
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(rows->at(r).line)));
    }
    m_preview->verticalHeader()->show();
    m_preview->resizeColumnsToContents();
    return true;
}

} // namespace guanxi::ui
