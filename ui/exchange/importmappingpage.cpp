#include "exchange/importmappingpage.h"

#include "customers/customfieldstore.h"
#include "exchange/customerfields.h"
#include "exchange/importwizard.h"
#include "exchange/importwizardstate.h"
#include "exchange/leadimport.h"
#include "exchange/orderimport.h"
#include "messagebox.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace guanxi::ui {

MappingPage::MappingPage(ImportWizardState &state, Session &session, QWizard *parent)
    : QWizardPage(parent), m_state(state), m_session(session)
{
    setTitle(ImportWizard::tr("Match the columns"));
    setSubTitle(ImportWizard::tr("Each column of the file goes to one field, or is ignored. The guess comes from "
                                 "the headers; change any that are wrong."));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("importProfileCombo"));
    auto *save = new QPushButton(ImportWizard::tr("Save Mapping &As…"), this);
    save->setObjectName(QStringLiteral("importSaveProfileButton"));
    row->addWidget(new QLabel(ImportWizard::tr("Saved mappings:"), this));
    row->addWidget(m_profiles, 1);
    row->addWidget(save);
    layout->addLayout(row);
    m_mappingTable = importTable(this, QStringLiteral("importMappingTable"),
                                 {ImportWizard::tr("Column in the file"), ImportWizard::tr("Examples"),
                                  ImportWizard::tr("Field")});
    layout->addWidget(m_mappingTable, 1);
    // What each row will make (a person and their company), in words.
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("importMappingPlan"));
    m_plan->setWordWrap(true);
    m_plan->hide();
    layout->addWidget(m_plan);
    m_mappingMessage = importErrorLabel(this, QStringLiteral("importMappingError"));
    layout->addWidget(m_mappingMessage);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) { applyProfile(index); });
    connect(save, &QPushButton::clicked, this, [this] { saveProfile(); });
}

void MappingPage::initializePage()
{
    ImportSource *src = m_state.source.get();
    const QStringList header = src->header();
    auto fields = CustomFieldStore(m_session).list();
    m_custom = fields && m_state.target == ImportTarget::Customers ? *fields : QList<CustomField>();
    if (m_state.mapping.size() != header.size())
        m_state.mapping = guess(header);
    QList<QStringList> samples(header.size());
    if (auto rows = src->preview(20))
        for (const ImportRow &r : *rows)
            for (int c = 0; c < header.size(); ++c)
                if (samples[c].size() < 3 && !r.cells.value(c).trimmed().isEmpty())
                    samples[c] << r.cells.value(c).trimmed();
    QTableWidget *t = m_mappingTable;
    t->setRowCount(int(header.size()));
    const QList<ImportField> all = targetFields();
    for (int i = 0; i < header.size(); ++i) {
        setImportRow(t, i, {header.at(i), samples.at(i).join(QStringLiteral(" · "))});
        auto *combo = new QComboBox(t);
        combo->setObjectName(QStringLiteral("importField%1").arg(i));
        combo->addItem(ImportWizard::tr("(ignore)"), QString());
        for (const ImportField &f : all)
            combo->addItem(f.label, f.key);
        combo->setCurrentIndex(qMax(0, combo->findData(m_state.mapping.value(i))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_state.mapping = shownMapping();
            showPlan();
            emit completeChanged();
        });
        t->setCellWidget(i, 2, combo);
    }
    // What is imported is what the combos show, even where a kept or saved
    // mapping named a field they do not offer.
    m_state.mapping = shownMapping();
    showPlan();
    t->resizeColumnsToContents();
    reloadProfiles();
}

bool MappingPage::isComplete() const
{
    const QString missing = missingText(shownMapping());
    m_mappingMessage->setVisible(!missing.isEmpty());
    m_mappingMessage->setText(missing);
    return missing.isEmpty();
}

QString MappingPage::missingText(const QStringList &m) const
{
    if (m_state.orders()) {
        // What OrderImport refuses a file for, named by the fields' labels.
        QStringList missing;
        for (const ImportField &f : OrderImport::fields())
            if (OrderImport::requiredKeys().contains(f.key) && !m.contains(f.key))
                missing << f.label;
        const QStringList customer = OrderImport::customerKeys();
        if (std::none_of(customer.begin(), customer.end(), [&](const QString &k) { return m.contains(k); }))
            missing << OrderImport::tr("customer");
        return missing.isEmpty() ? QString()
                                 : ImportWizard::tr("No column goes to: %1. Choose the columns that hold them.")
                                       .arg(QLocale().createSeparatedList(missing));
    }
    const bool leads = m_state.leads();
    // Without a name a file can still update customers found by phone,
    // e-mail or ID (chosen on the next page, which checks it again).
    const bool identifies = !leads && (m.contains(QStringLiteral("phone")) || m.contains(QStringLiteral("email"))
                                       || m.contains(QStringLiteral("id")));
    const bool named = m.contains(QStringLiteral("name")) || identifies
                       || (!leads && (m.contains(QStringLiteral("given_name")) || m.contains(QStringLiteral("family_name"))
                                      || m.contains(QStringLiteral("company"))));
    if (named)
        return {};
    return leads ? ImportWizard::tr("No column goes to Contact name. Choose the column that holds the contacts' names.")
                 : ImportWizard::tr("No column goes to Name (or Company). Choose the column that holds the customers' "
                                    "names.");
}

QList<ImportField> MappingPage::targetFields() const
{
    switch (m_state.target) {
    case ImportTarget::Leads:
        return LeadImport::fields();
    case ImportTarget::Orders:
        return OrderImport::fields();
    case ImportTarget::Customers:
        break;
    }
    return CustomerFields::all(m_custom);
}

bool MappingPage::validatePage()
{
    m_state.mapping = shownMapping();
    return true;
}

QStringList MappingPage::shownMapping() const
{
    QStringList m;
    QTableWidget *t = m_mappingTable;
    for (int i = 0; i < t->rowCount(); ++i) {
        auto *combo = qobject_cast<QComboBox *>(t->cellWidget(i, 2));
        m << (combo ? combo->currentData().toString() : QString());
    }
    return m;
}

void MappingPage::showPlan()
{
    const QString plan = m_state.target == ImportTarget::Customers ? CustomerFields::plan(m_state.mapping) : QString();
    m_plan->setText(plan);
    m_plan->setVisible(!plan.isEmpty());
}

QStringList MappingPage::guess(const QStringList &header) const
{
    switch (m_state.target) {
    case ImportTarget::Leads:
        return LeadImport::guess(header);
    case ImportTarget::Orders:
        return OrderImport::guess(header);
    case ImportTarget::Customers:
        break;
    }
    return CustomerFields::guess(header, m_custom);
}

void MappingPage::reloadProfiles()
{
    m_profiles->clear();
    m_profiles->addItem(ImportWizard::tr("(as guessed)"));
    m_profileList = ImportStore(m_session).profiles(m_state.entity()).value_or({});
    for (const ImportProfile &p : m_profileList)
        m_profiles->addItem(p.name);
}

void MappingPage::applyProfile(int index)
{
    const QStringList header = m_state.source->header();
    QStringList mapping = m_state.mapping;
    if (index <= 0) {
        mapping = guess(header);
    } else {
        const ImportProfile &p = m_profileList.at(index - 1);
        for (int i = 0; i < header.size(); ++i)
            if (p.mapping.contains(header.at(i)))
                mapping[i] = p.mapping.value(header.at(i));
    }
    // Each combo set quietly: one changing must not read the others before
    // they are set.
    for (int i = 0; i < header.size(); ++i)
        if (auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(i, 2))) {
            const QSignalBlocker quiet(combo);
            combo->setCurrentIndex(qMax(0, combo->findData(mapping.value(i))));
        }
    m_state.mapping = shownMapping();
    showPlan();
    emit completeChanged();
}

void MappingPage::saveProfile()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, ImportWizard::tr("Save Mapping"),
                                               ImportWizard::tr("Name for this column mapping:"), QLineEdit::Normal,
                                               QFileInfo(m_state.source->path()).completeBaseName(), &ok);
    if (!ok)
        return;
    QMap<QString, QString> mapping;
    const QStringList header = m_state.source->header();
    for (int i = 0; i < header.size(); ++i)
        mapping.insert(header.at(i), m_state.mapping.value(i));
    if (Status s = ImportStore(m_session).saveProfile(m_state.entity(), name, mapping); !s) {
        MessageBox::warning(this, ImportWizard::tr("Save Mapping"), s.error().message);
        return;
    }
    reloadProfiles();
    m_profiles->setCurrentIndex(qMax(0, m_profiles->findText(name.simplified())));
}

} // namespace guanxi::ui
