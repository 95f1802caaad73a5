#include "exchange/importoptionspage.h"

#include "exchange/importwizard.h"
#include "exchange/importwizardstate.h"
#include "exchange/orderimport.h"
#include "messagebox.h"
#include "platform/session.h"
#include "text/phone.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
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

OptionsPage::OptionsPage(ImportWizardState &state, Session &session, QWizard *parent)
    : QWizardPage(parent), m_state(state), m_session(session)
{
    setTitle(ImportWizard::tr("Choose how to import"));
    setSubTitle(ImportWizard::tr("The import is one step: it all lands, or nothing does. You can revert it later "
                                 "from Tools → Import History."));
    auto *layout = new QVBoxLayout(this);
    addModeAndKeys(layout);
    addOrderOptions(layout);
    addRegion(layout);
    addRejectsAndDryRun(layout);
}

void OptionsPage::addOrderOptions(QVBoxLayout *layout)
{
    m_createCustomers = new QCheckBox(ImportWizard::tr("&Add the customers the file names but Guanxi does not have "
                                                       "(by name, with the row's phone and e-mail)"),
                                      this);
    m_createCustomers->setObjectName(QStringLiteral("importCreateCustomers"));
    layout->addWidget(m_createCustomers);
    // A shop's export often has no status column: the user says what these
    // orders are (paid ones are recorded as settled).
    m_defaultStatusRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_defaultStatusRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_defaultStatus = new QComboBox(m_defaultStatusRow);
    m_defaultStatus->setObjectName(QStringLiteral("importDefaultStatus"));
    m_defaultStatus->addItem(ImportWizard::tr("(none: the file must say)"), QString());
    for (OrderStatus s : Orders::statuses())
        m_defaultStatus->addItem(Orders::statusLabel(s), Orders::statusCode(s));
    auto *label = new QLabel(ImportWizard::tr("&Status for orders without one:"), m_defaultStatusRow);
    label->setBuddy(m_defaultStatus);
    row->addWidget(label);
    row->addWidget(m_defaultStatus);
    row->addStretch();
    layout->addWidget(m_defaultStatusRow);
}

void OptionsPage::addRegion(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("importRegionCombo"));
    // By name in the user's language, the code beside it for the ambiguous ones.
    for (const QString &code : PhoneNumber::regionsByName())
        m_region->addItem(ImportWizard::tr("%1 (%2)").arg(PhoneNumber::regionName(code), code), code);
    m_region->setCurrentIndex(qMax(0, m_region->findData(m_session.defaultRegion())));
    auto *label = new QLabel(ImportWizard::tr("Phone numbers written without + or 00 are &from:"), this);
    label->setBuddy(m_region);
    row->addWidget(label);
    row->addWidget(m_region, 1);
    layout->addSpacing(8);
    layout->addLayout(row);
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
    // Leads and orders are only added; a lead whose phone or e-mail is known
    // is skipped, an order whose number is known is refused.
    const bool customers = m_state.target == ImportTarget::Customers;
    for (QWidget *widget : m_customerOnly)
        widget->setVisible(customers);
    m_createCustomers->setVisible(m_state.orders());
    m_defaultStatusRow->setVisible(m_state.orders());
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
    const bool customers = m_state.target == ImportTarget::Customers;
    if (customers && !named && m_mode->checkedId() != int(ImportMode::Update)) {
        MessageBox::information(this, ImportWizard::tr("Import"),
                                ImportWizard::tr("No column goes to the name, so new customers cannot be added. "
                                                 "Choose “Only update customers that match”, or go back and map "
                                                 "the name."));
        return false;
    }
    if (customers && std::none_of(m_keys.begin(), m_keys.end(), [](QCheckBox *b) { return b->isChecked(); })
        && m_mode->checkedId() != int(ImportMode::Create)) {
        MessageBox::information(this, ImportWizard::tr("Import"),
                                ImportWizard::tr("Tick at least one field that tells customers apart, so rows "
                                                 "can be matched to the customers they update."));
        return false;
    }
    const auto status = Orders::statusFromCode(m_defaultStatus->currentData().toString());
    if (m_state.orders() && !status && !m.contains(QStringLiteral("status"))) {
        MessageBox::information(this, ImportWizard::tr("Import"), OrderImport::noStatusText(m_state.source->path()));
        return false;
    }
    m_state.options = options();
    m_state.createCustomers = m_state.orders() && m_createCustomers->isChecked();
    m_state.defaultStatus = m_state.orders() ? status : std::nullopt;
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
    o.region = m_region->currentData().toString();
    return o;
}

} // namespace guanxi::ui
