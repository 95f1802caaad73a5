#include "exchange/importoptionspage.h"

#include "exchange/importwizard.h"
#include "exchange/importwizardstate.h"
#include "messagebox.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace guanxi::ui {

OptionsPage::OptionsPage(ImportWizardState &state, QWizard *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(ImportWizard::tr("Choose how to import"));
    setSubTitle(ImportWizard::tr("The import is one step: it all lands, or nothing does. You can revert it later "
                                 "from Tools → Import History."));
    auto *layout = new QVBoxLayout(this);
    addModeAndKeys(layout);
    addRejectsAndDryRun(layout);
}

void OptionsPage::addModeAndKeys(QVBoxLayout *layout)
{
    m_mode = new QButtonGroup(this);
    const QList<std::pair<ImportMode, QString>> modes = {
        {ImportMode::Create, ImportWizard::tr("&Add new customers; skip rows that match one already here")},
        {ImportMode::Upsert, ImportWizard::tr("Add new customers and &update the ones that match")},
        {ImportMode::Update, ImportWizard::tr("&Only update customers that match; a row matching nobody is an error")},
    };
    for (const auto &[mode, label] : modes) {
        auto *radio = new QRadioButton(label, this);
        radio->setObjectName(QStringLiteral("importMode_") + CustomerImport::modeCode(mode));
        m_mode->addButton(radio, int(mode));
        layout->addWidget(radio);
        m_customerOnly << radio;
    }
    m_mode->button(int(ImportMode::Create))->setChecked(true);

    auto *keysLabel = new QLabel(ImportWizard::tr("A row is the same customer when it has the same:"), this);
    layout->addWidget(keysLabel);
    m_customerOnly << keysLabel;
    auto *keys = new QHBoxLayout;
    for (MatchKey k : {MatchKey::Phone, MatchKey::Email, MatchKey::CompanyName, MatchKey::NameAndCompany,
                       MatchKey::Name, MatchKey::Id}) {
        auto *box = new QCheckBox(CustomerImport::keyLabel(k), this);
        box->setObjectName(QStringLiteral("importKey_") + CustomerImport::keyCode(k));
        box->setProperty("key", int(k));
        box->setChecked(CustomerImportOptions().keys.contains(k));
        m_keys << box;
        m_customerOnly << box;
        keys->addWidget(box);
    }
    keys->addStretch();
    layout->addLayout(keys);
}

void OptionsPage::addRejectsAndDryRun(QVBoxLayout *layout)
{
    m_skipInvalid = new QCheckBox(ImportWizard::tr("Import the valid rows even if some are invalid, and save the "
                                                   "invalid ones with the reason to:"),
                                  this);
    m_skipInvalid->setObjectName(QStringLiteral("importSkipInvalid"));
    layout->addWidget(m_skipInvalid);
    auto *rejects = new QHBoxLayout;
    m_rejects = new QLineEdit(this);
    m_rejects->setObjectName(QStringLiteral("importRejectsEdit"));
    m_rejects->setEnabled(false);
    auto *browse = new QPushButton(ImportWizard::tr("Br&owse…"), this);
    browse->setEnabled(false);
    rejects->addSpacing(24);
    rejects->addWidget(m_rejects, 1);
    rejects->addWidget(browse);
    layout->addLayout(rejects);
    connect(m_skipInvalid, &QCheckBox::toggled, m_rejects, &QWidget::setEnabled);
    connect(m_skipInvalid, &QCheckBox::toggled, browse, &QWidget::setEnabled);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, ImportWizard::tr("Save Rejected Rows"),
                                                          m_rejects->text(),
                                                          ImportWizard::tr("CSV (*.csv);;Excel workbook (*.xlsx)"));
        if (!path.isEmpty())
            m_rejects->setText(path);
    });
    m_dryRun = new QCheckBox(ImportWizard::tr("&Check the file only (dry run): report everything, import nothing"),
                             this);
    m_dryRun->setObjectName(QStringLiteral("importDryRun"));
    layout->addSpacing(8);
    layout->addWidget(m_dryRun);
    layout->addStretch();
}

void OptionsPage::setDryRun(bool dryRun)
{
    m_dryRun->setChecked(dryRun);
}

void OptionsPage::initializePage()
{
    // Leads are only added; a lead whose phone or e-mail is known is skipped.
    for (QWidget *widget : m_customerOnly)
        widget->setVisible(!m_state.leads());
    const QFileInfo info(m_state.source->path());
    if (m_rejects->text().isEmpty())
        m_rejects->setText(info.dir().filePath(info.completeBaseName() + ImportWizard::tr("-rejected") +
                                               QStringLiteral(".csv")));
}

bool OptionsPage::validatePage()
{
    const QStringList &m = m_state.mapping;
    const bool named = m.contains(QStringLiteral("name")) || m.contains(QStringLiteral("given_name"))
                       || m.contains(QStringLiteral("family_name")) || m.contains(QStringLiteral("company"));
    if (!m_state.leads() && !named && m_mode->checkedId() != int(ImportMode::Update)) {
        MessageBox::information(this, ImportWizard::tr("Import"),
                                ImportWizard::tr("No column goes to the name, so new customers cannot be added. "
                                                 "Choose “Only update customers that match”, or go back and map "
                                                 "the name."));
        return false;
    }
    if (!m_state.leads() && std::none_of(m_keys.begin(), m_keys.end(), [](QCheckBox *b) { return b->isChecked(); })
        && m_mode->checkedId() != int(ImportMode::Create)) {
        MessageBox::information(this, ImportWizard::tr("Import"),
                                ImportWizard::tr("Tick at least one field that tells customers apart, so rows "
                                                 "can be matched to the customers they update."));
        return false;
    }
    m_state.options = options();
    return true;
}

CustomerImportOptions OptionsPage::options() const
{
    CustomerImportOptions o;
    o.mode = ImportMode(m_mode->checkedId());
    o.keys.clear();
    for (QCheckBox *box : m_keys)
        if (box->isChecked())
            o.keys << MatchKey(box->property("key").toInt());
    o.dryRun = m_dryRun->isChecked();
    o.skipInvalid = m_skipInvalid->isChecked();
    o.rejectsPath = o.skipInvalid ? m_rejects->text().trimmed() : QString();
    return o;
}

} // namespace guanxi::ui
